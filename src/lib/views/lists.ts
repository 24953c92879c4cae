/**
 * Lists in running text: "a, b en c". Theme labels often contain "en" themselves ("Vandalisme en bedreiging"), so
 * inside a sentence they are quoted, or a reader cannot see where one ends.
 */
import type { Locale } from '$lib/format';

export function joinAnd(items: readonly string[], locale: Locale): string {
	if (items.length <= 1) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')}${locale === 'nl' ? ' en ' : ' and '}${items.at(-1)}`;
}

export const quoted = (label: string): string => `“${label}”`;
