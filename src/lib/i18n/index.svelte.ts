/**
 * The one i18n layer: `t(key, params)` reads the current locale. Dutch is the default; the choice is kept in
 * localStorage so it survives visits.
 */
import type { Locale } from '$lib/format';
import { en, nl, type MessageKey } from './messages';

const STORAGE_KEY = 'kloofmeter.locale';
const dictionaries: Record<Locale, Record<MessageKey, string>> = { nl, en };

export const i18n = $state({ locale: 'nl' as Locale });

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
	const text = dictionaries[i18n.locale][key];
	return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export function setLocale(locale: Locale): void {
	i18n.locale = locale;
	if (typeof document !== 'undefined') document.documentElement.lang = locale;
	try {
		localStorage.setItem(STORAGE_KEY, locale);
	} catch {
		// Private mode or storage disabled: the choice then lasts for this page only.
	}
}

export function restoreLocale(): void {
	try {
		const saved = localStorage.getItem(STORAGE_KEY);
		if (saved === 'nl' || saved === 'en') setLocale(saved);
	} catch {
		// Nothing saved is the same as Dutch.
	}
}
