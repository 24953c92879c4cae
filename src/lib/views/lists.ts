/**
 * Lists in running text: "a, b en c". Theme labels often contain "en" themselves ("Vandalisme en bedreiging"), so
 * inside a sentence they are quoted, or a reader cannot see where one ends.
 */
import type { Locale } from '$lib/format';

// The app's English is British (format/index.ts): "a, b and c", without the serial comma.
const FORMATS: Record<Locale, Intl.ListFormat> = {
	nl: new Intl.ListFormat('nl-NL', { type: 'conjunction' }),
	en: new Intl.ListFormat('en-GB', { type: 'conjunction' })
};

export function joinAnd(items: readonly string[], locale: Locale): string {
	return FORMATS[locale].format(items);
}

export const quoted = (label: string): string => `“${label}”`;
