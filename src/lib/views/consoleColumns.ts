/**
 * How the SQL console prints a result column. Years and codes are identifiers, not quantities: "2023" and "0307"
 * must not read as "2.023" and "307". The rule: a column whose values are all integers and whose name says it
 * holds years or codes (a word jaar, year, period(e), code, id, nr or nummer in it, as in `period`, `eerste_jaar`,
 * `year(datum)`, `indicator_id`) prints its digits as they are. Every other number is a quantity, printed nl-NL
 * with thousands separators. Both are right-aligned; text is left-aligned. An integer from 1900 to 2100 under a name
 * that says nothing (a count of 2.023 findings) stays a quantity: the name decides, never the value alone.
 */
import { formatNumber, type Locale } from '$lib/format';

export type ColumnKind = 'digits' | 'number' | 'text';

const IDENTIFIER_WORDS = /(^|[^a-z])(jaar|jaren|year|years|period|periode|peiljaar|code|codes|id|ids|nr|nummer)([^a-z]|$)/i;

export function columnKind(name: string, values: readonly unknown[]): ColumnKind {
	const present = values.filter((v) => v !== null && v !== undefined);
	if (present.length === 0 || !present.every((v) => typeof v === 'number')) return 'text';
	const integers = (present as number[]).every((v) => Number.isInteger(v));
	return integers && IDENTIFIER_WORDS.test(name) ? 'digits' : 'number';
}

export function columnKinds(columns: readonly string[], rows: readonly Record<string, unknown>[]): Record<string, ColumnKind> {
	return Object.fromEntries(columns.map((c) => [c, columnKind(c, rows.map((r) => r[c]))]));
}

/** A cell as the console prints it. */
export function consoleCell(value: unknown, kind: ColumnKind, locale: Locale): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return kind === 'digits' ? String(value) : formatNumber(value, locale, 6);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return String(value);
}
