/**
 * Number and date formatting for the UI: nl-NL by default (12,5% · 1.234), en-GB when the user chose English.
 * Every figure on screen goes through here, so a missing value always reads the same way.
 */
export type Locale = 'nl' | 'en';

const TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
const MISSING: Record<Locale, string> = { nl: 'geen gegevens', en: 'no data' };

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let f = cache.get(key);
	if (!f) cache.set(key, (f = new Intl.NumberFormat(TAGS[locale], options)));
	return f;
}

function isMissing(value: number | null | undefined): value is null | undefined {
	return value === null || value === undefined || !Number.isFinite(value);
}

/** 1234.5 → "1.234,5" (nl) with at most `digits` decimals. */
export function formatNumber(value: number | null | undefined, locale: Locale = 'nl', digits = 1): string {
	if (isMissing(value)) return MISSING[locale];
	return numberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A share 0..1 → "12,5%" (nl). */
export function formatShare(value: number | null | undefined, locale: Locale = 'nl', digits = 0): string {
	if (isMissing(value)) return MISSING[locale];
	return numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(value);
}

/** A value already in percent (12.5) → "12,5%" (nl). */
export function formatPercent(value: number | null | undefined, locale: Locale = 'nl', digits = 1): string {
	return isMissing(value) ? MISSING[locale] : formatShare(value / 100, locale, digits);
}

/** 2026-11-22 → "22 november 2026" (nl), "22 November 2026" (en). */
export function formatDate(value: Date | string | number, locale: Locale = 'nl'): string {
	const date = value instanceof Date ? value : new Date(value);
	return new Intl.DateTimeFormat(TAGS[locale], { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(date);
}

/** Bytes → "12,3 MB" (nl), for load progress and file sizes. */
export function formatBytes(bytes: number, locale: Locale = 'nl'): string {
	if (bytes < 1024) return `${formatNumber(bytes, locale, 0)} B`;
	if (bytes < 1024 ** 2) return `${formatNumber(bytes / 1024, locale, 0)} kB`;
	return `${formatNumber(bytes / 1024 ** 2, locale, 1)} MB`;
}

/** A value in its catalogue unit (data/SCHEMA.md): the unit decides the decimals, so a table reads evenly. */
export function formatValue(value: number | null | undefined, unit: string, locale: Locale = 'nl'): string {
	if (isMissing(value)) return MISSING[locale];
	switch (unit) {
		case 'percent':
			return formatPercent(value, locale, 1);
		case 'score':
			// Leefbaarometer scores are small deviations from the national reference; the sign matters.
			return numberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3, signDisplay: 'exceptZero' }).format(value);
		case 'euro_1000':
			return `€ ${formatNumber(value, locale, 1)} ${locale === 'nl' ? 'dzd.' : 'k'}`;
		case 'per_1000':
			return formatNumber(value, locale, 1);
		case 'persons':
			return formatNumber(value, locale, Number.isInteger(value) ? 0 : 2);
		default:
			return formatNumber(value, locale, 0);
	}
}
