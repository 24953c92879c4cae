/**
 * Rows → CSV for download, in two dialects: Excel-NL (semicolon, decimal comma, BOM so Excel reads UTF-8) and plain
 * (comma, decimal point). Text that a spreadsheet would run as a formula (see FORMULA_START) is neutralised with a
 * leading apostrophe; numbers stay numbers.
 */
export type CsvDialect = 'nl' | 'plain';

/**
 * A formula start: = + - @ (or their full-width and small forms, which spreadsheets in East Asian locales and some
 * importers fold to ASCII), possibly after white space (a spreadsheet trims ` =1+1` and then runs it), zero-width
 * characters or a BOM; or a tab, carriage return or line feed as the first character.
 */
const FORMULA_START = /^(?:[\s\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b]|[\t\r\n])/u;

export function neutralise(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

function cell(value: unknown, dialect: CsvDialect): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) return '';
		const s = String(value);
		return dialect === 'nl' ? s.replace('.', ',') : s;
	}
	if (typeof value === 'bigint') return value.toString();
	if (value instanceof Date) return value.toISOString();
	const text = neutralise(typeof value === 'object' ? JSON.stringify(value) : String(value));
	const sep = dialect === 'nl' ? ';' : ',';
	return text.includes(sep) || text.includes('"') || text.includes('\n') || text.includes('\r') ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly Record<string, unknown>[], dialect: CsvDialect = 'nl', columns?: readonly string[]): string {
	const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
	const sep = dialect === 'nl' ? ';' : ',';
	const lines = [cols.map((c) => cell(c, dialect)).join(sep), ...rows.map((r) => cols.map((c) => cell(r[c], dialect)).join(sep))];
	return (dialect === 'nl' ? '\ufeff' : '') + lines.join('\r\n') + '\r\n';
}
