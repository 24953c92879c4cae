/**
 * File and text helpers for the data build: CSV in (papaparse) and out, fixed number formatting, hashes.
 * Everything written goes through `csvText` and `formatNumber`, so the same input gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Papa from 'papaparse';
import { parseNumberCell, stripBom, type DecimalSeparator } from '../../src/lib/schema/normalise';

export type Cell = string | number | null | undefined;

export function readText(path: string): string {
	return stripBom(readFileSync(path, 'utf8'));
}

export function sha256(path: string): string {
	return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export interface CsvRow {
	/** Spreadsheet row number (header = 1). */
	readonly row: number;
	readonly cells: Readonly<Record<string, string>>;
}

export interface CsvTable {
	readonly fields: string[];
	readonly rows: CsvRow[];
}

/** Parses delimited text with a header row; blank lines are skipped, short rows get empty cells. */
export function parseCsv(text: string, delimiter = ','): CsvTable {
	const result = Papa.parse<string[]>(stripBom(text), { header: false, delimiter, skipEmptyLines: false });
	const [header = [], ...records] = result.data;
	const fields = header.map((f) => f.trim());
	const rows: CsvRow[] = [];
	records.forEach((record, i) => {
		if (record.length === 1 && record[0]!.trim() === '') return;
		const cells: Record<string, string> = {};
		fields.forEach((f, j) => (cells[f] = (record[j] ?? '').trim()));
		rows.push({ row: i + 2, cells });
	});
	return { fields, rows };
}

/** Parses records without a header (files with title lines on top); record i is line i + 1. */
export function parseRecords(text: string, delimiter: string): string[][] {
	return Papa.parse<string[]>(stripBom(text), { header: false, delimiter, skipEmptyLines: false }).data;
}

/** A number from a cell, or null for empty cells and CBS markers; throws on text that is not a number. */
export function num(raw: string | undefined, decimal: DecimalSeparator, where: string): number | null {
	const cell = parseNumberCell(raw, decimal);
	if (cell.kind === 'number') return cell.value;
	if (cell.kind === 'invalid') throw new Error(`${where}: "${cell.raw}" is geen getal`);
	return null;
}

/**
 * Fixed number text: rounded to at most 6 decimals, no trailing zeros, no exponent, no "-0".
 * Numbers that need more than 6 decimals (the Leefbaarometer scores) lose digits beyond the sixth.
 */
export function formatNumber(value: number): string {
	if (!Number.isFinite(value)) throw new Error(`Geen eindig getal: ${value}`);
	if (Math.abs(value) >= 1e15) throw new Error(`Getal te groot voor vaste notatie: ${value}`);
	let text = value.toFixed(6);
	if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
	return text === '-0' ? '0' : text;
}

/** Rounds half away from zero at `decimals`, the way CBS rounds published figures. */
export function round(value: number, decimals: number): number {
	const f = 10 ** decimals;
	return (Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9)) / f;
}

function cellText(cell: Cell): string {
	if (cell === null || cell === undefined) return '';
	return typeof cell === 'number' ? formatNumber(cell) : cell;
}

/** CSV text: `,` delimiter, `"` quoting only where needed, `\n` line ends, a final newline. */
export function csvText(fields: readonly string[], rows: readonly (readonly Cell[])[]): string {
	const body = Papa.unparse(
		{ fields: [...fields], data: rows.map((r) => r.map(cellText)) },
		{ newline: '\n', quotes: false, escapeFormulae: false }
	);
	return body + '\n';
}

/** Plain code-unit order: the same on every machine and locale. */
export function compare(a: string | number, b: string | number): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export function sortBy<T>(items: T[], ...keys: ((item: T) => string | number)[]): T[] {
	return items.sort((x, y) => {
		for (const key of keys) {
			const c = compare(key(x), key(y));
			if (c !== 0) return c;
		}
		return 0;
	});
}

export function writeText(path: string, text: string): void {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
}

/** "2010-2020;2022-2023" from a set of years. */
export function yearRanges(years: Iterable<number>): string {
	const sorted = [...new Set(years)].sort((a, b) => a - b);
	const parts: string[] = [];
	let start = sorted[0];
	let prev = start;
	for (const y of sorted.slice(1).concat([Number.NaN])) {
		if (y === prev! + 1) {
			prev = y;
			continue;
		}
		if (start !== undefined) parts.push(start === prev ? `${start}` : `${start}-${prev}`);
		start = y;
		prev = y;
	}
	return parts.join(';');
}
