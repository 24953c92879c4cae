/**
 * Cell-level normalisers shared by the data build (Node) and the browser import path.
 * Pure functions: no I/O, no DuckDB, no DOM.
 */

/** CBS StatLine markers for a cell without a number, with what they mean. */
export const CBS_MARKERS = {
	'.': 'onbekend, onvoldoende betrouwbaar of geheim',
	x: 'geheim',
	'-': 'nihil',
	'?': 'onbetrouwbaar'
} as const;
export type CbsMarker = keyof typeof CBS_MARKERS;

export type DecimalSeparator = ',' | '.';

export type NumberCell =
	| { kind: 'number'; value: number }
	| { kind: 'missing' }
	| { kind: 'marker'; marker: CbsMarker }
	| { kind: 'invalid'; raw: string };

const NL_NUMBER = /^[-+]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const EN_NUMBER = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][-+]?\d+)?$/;
const PLAIN_DECIMAL = /^[-+]?(\d+[.,]\d+|\d+)$/;
/** The number patterns per decimal separator, as text, for the engine's checks (RE2 reads them as JavaScript does). */
export const NUMBER_PATTERNS: Readonly<Record<DecimalSeparator, string>> = { ',': NL_NUMBER.source, '.': EN_NUMBER.source };

/** Strips a UTF-8 byte order mark, which Excel and StatLine put before the first header. */
export function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses one cell as a number. `'-'` is CBS's "nihil" and still reported as a marker, not as 0:
 * whether nihil means zero for an indicator is the caller's decision, stated where it is made.
 */
export function parseNumberCell(raw: string | null | undefined, decimal: DecimalSeparator): NumberCell {
	const text = (raw ?? '').trim().replace(/\u00a0/g, ' ');
	if (text === '') return { kind: 'missing' };
	if (text in CBS_MARKERS) return { kind: 'marker', marker: text as CbsMarker };
	const compact = text.replace(/ /g, '');
	if (decimal === ',') {
		if (!NL_NUMBER.test(compact)) return { kind: 'invalid', raw: text };
		return { kind: 'number', value: Number(compact.replace(/\./g, '').replace(',', '.')) };
	}
	if (!EN_NUMBER.test(compact)) return { kind: 'invalid', raw: text };
	return { kind: 'number', value: Number(compact.replace(/,/g, '')) };
}

/**
 * Guesses the decimal separator from sample cells. A cell like "12,5" or "1.234,5" votes comma; "12.5" or
 * "1,234.5" votes point; "1.234" alone is ambiguous (a thousands dot or a decimal point) and does not vote.
 * Without a majority the fallback decides: a `;`-separated file is Excel-NL or StatLine, so a decimal comma.
 */
export function detectDecimalSeparator(
	samples: readonly string[],
	fallback: DecimalSeparator = '.'
): DecimalSeparator {
	let comma = 0;
	let point = 0;
	for (const raw of samples) {
		const s = raw.trim();
		if (!PLAIN_DECIMAL.test(s) && !NL_NUMBER.test(s) && !EN_NUMBER.test(s)) continue;
		const lastComma = s.lastIndexOf(',');
		const lastPoint = s.lastIndexOf('.');
		if (lastComma > lastPoint) {
			// "1,234" could be an English thousands group; only a non-3-digit tail is a sure decimal comma.
			if (lastPoint >= 0 || s.length - lastComma - 1 !== 3) comma++;
		} else if (lastPoint > lastComma) {
			if (lastComma >= 0 || s.length - lastPoint - 1 !== 3 || /[eE]/.test(s)) point++;
		}
	}
	if (comma === point) return fallback;
	return comma > point ? ',' : '.';
}

/** A CBS area code in canonical form (GM0308, WK030800, BU03080000), or null when it is not one. */
export function normaliseAreaCode(raw: string | null | undefined): string | null {
	const s = (raw ?? '').trim().toUpperCase();
	const m = /^(GM\d{4}|WK\d{6}|BU\d{8})$/.exec(s);
	return m ? m[1]! : null;
}

/**
 * A name reduced to a matching key: lower case, no diacritics, no "(gemeente)"-style suffix, one space, unified
 * apostrophes, so that "'s-Gravenhage (gemeente)" and "’s-Gravenhage" meet. Synonyms (Den Haag) are the name
 * table's job, not this function's.
 */
export function normaliseAreaName(raw: string): string {
	return raw
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[’‘`´]/g, "'")
		.replace(/\s*\((gemeente|gem\.|gm)\)\s*$/i, '')
		.toLowerCase()
		.replace(/[\s_]+/g, ' ')
		.trim();
}

/** CBS period codes: "2020JJ00" (year), "2020KW03" (quarter), "2020MM07" (month), or a plain year. */
export function parseCbsPeriod(raw: string): { year: number; code: string } | null {
	const s = raw.trim();
	const m = /^(\d{4})(JJ00|KW0[1-4]|MM(0[1-9]|1[0-2])|X0\d|G\d{3})?\*?$/.exec(s);
	if (!m) return null;
	return { year: Number(m[1]), code: s.replace(/\*$/, '') };
}
