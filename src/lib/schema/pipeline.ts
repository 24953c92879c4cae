/**
 * The load pipeline, shared by the shipped data and by user files:
 *   text ──papaparse──▶ string rows ──arquero──▶ typed, validated table ──▶ Arrow IPC bytes (for DuckDB)
 * Pure: no fetch, no DuckDB. Every problem is reported with its row and column, in Dutch, never thrown.
 */
import Papa from 'papaparse';
import * as aq from 'arquero';
import { float64, utf8, type DataType } from '@uwdata/flechette';
import {
	detectDecimalSeparator,
	normaliseAreaCode,
	parseNumberCell,
	stripBom,
	type CbsMarker,
	type DecimalSeparator
} from './normalise';

export type ColumnType = 'string' | 'number' | 'integer' | 'code';

export interface ColumnSpec {
	readonly name: string;
	readonly type: ColumnType;
	readonly required?: boolean;
}

/** `row` counts records as a spreadsheet shows them: the header is row 1, the first data record row 2. */
export interface RowError {
	readonly row: number;
	readonly column: string | null;
	readonly message: string;
}

export interface Parsed {
	readonly fields: string[];
	readonly records: string[][];
	/** The spreadsheet row of each record (blank lines are skipped but still counted). */
	readonly rowNumbers: number[];
	readonly delimiter: string;
	readonly errors: RowError[];
}

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * Splits delimited text into a header and records. Blank lines are skipped; records whose field count differs
 * from the header are reported and left out, since their values cannot be put in the right columns.
 */
export function parseDelimited(text: string, options: { delimiter?: string } = {}): Parsed {
	const result = Papa.parse<string[]>(stripBom(text), {
		header: false,
		delimiter: options.delimiter ?? '',
		delimitersToGuess: DELIMITERS,
		skipEmptyLines: false
	});
	const errors: RowError[] = result.errors
		.filter((e) => e.code !== 'UndetectableDelimiter')
		.map((e) => ({ row: (e.row ?? 0) + 1, column: null, message: papaMessage(e) }));
	const [header = [], ...rest] = result.data;
	const fields = header.map((f) => f.trim());
	const records: string[][] = [];
	const rowNumbers: number[] = [];
	rest.forEach((record, i) => {
		const row = i + 2;
		if (record.length === 1 && record[0]!.trim() === '') return;
		if (record.length !== fields.length) {
			const code = record.length > fields.length ? 'TooManyFields' : 'TooFewFields';
			errors.push({ row, column: null, message: papaMessage({ code } as Papa.ParseError) });
			return;
		}
		records.push(record);
		rowNumbers.push(row);
	});
	return { fields, records, rowNumbers, delimiter: result.meta.delimiter, errors };
}

function papaMessage(e: Papa.ParseError): string {
	switch (e.code) {
		case 'MissingQuotes':
			return 'Een aanhalingsteken wordt niet gesloten. Controleer of tekst met komma’s tussen "..." staat.';
		case 'InvalidQuotes':
			return 'Een aanhalingsteken staat midden in een veld. Verdubbel het ("") of haal het weg.';
		case 'TooFewFields':
			return 'Deze rij heeft minder kolommen dan de kopregel.';
		case 'TooManyFields':
			return 'Deze rij heeft meer kolommen dan de kopregel. Staat er een scheidingsteken in een waarde?';
		default:
			return `Onleesbare rij (${e.message}).`;
	}
}

export interface Typed {
	readonly table: aq.ColumnTable;
	readonly errors: RowError[];
	/** How many cells per column held each CBS marker; those cells are stored as missing. */
	readonly markers: Record<string, Partial<Record<CbsMarker, number>>>;
	readonly decimal: DecimalSeparator;
}

/**
 * Types the records by `specs`: numbers with the file's decimal separator, CBS markers as missing values (and
 * counted), area codes checked. Columns not in `specs` are dropped. A record with an error is left out of the
 * table; the error says which row and column, and what to do.
 */
export function typeRecords(
	parsed: Pick<Parsed, 'fields' | 'records' | 'rowNumbers'> & { delimiter?: string },
	specs: readonly ColumnSpec[],
	options: { decimal?: DecimalSeparator } = {}
): Typed {
	const errors: RowError[] = [];
	const index = new Map(parsed.fields.map((f, i) => [f, i]));
	for (const spec of specs) {
		if (!index.has(spec.name)) {
			errors.push({ row: 1, column: spec.name, message: `Kolom "${spec.name}" ontbreekt in de kopregel.` });
		}
	}
	const columns: Record<string, (string | number | null)[]> = Object.fromEntries(specs.map((s) => [s.name, []]));
	const markers: Typed['markers'] = {};
	const numericIdx = specs.filter((s) => s.type === 'number' || s.type === 'integer').map((s) => index.get(s.name));
	const decimal =
		options.decimal ??
		detectDecimalSeparator(
			parsed.records.slice(0, 500).flatMap((r) => numericIdx.map((i) => (i === undefined ? '' : (r[i] ?? '')))),
			parsed.delimiter === ';' ? ',' : '.'
		);
	if (errors.length > 0) return { table: aq.table(columns), errors, markers, decimal };

	parsed.records.forEach((record, i) => {
		const row = parsed.rowNumbers[i] ?? i + 2;
		const values: (string | number | null)[] = [];
		let ok = true;
		for (const spec of specs) {
			const raw = record[index.get(spec.name)!] ?? '';
			const cell = typeCell(raw, spec, decimal);
			if ('error' in cell) {
				errors.push({ row, column: spec.name, message: cell.error });
				ok = false;
				continue;
			}
			if (cell.marker) {
				const counts = (markers[spec.name] ??= {});
				counts[cell.marker] = (counts[cell.marker] ?? 0) + 1;
			}
			values.push(cell.value);
		}
		if (ok) specs.forEach((spec, j) => columns[spec.name]!.push(values[j]!));
	});
	return { table: aq.table(columns), errors, markers, decimal };
}

type Cell = { value: string | number | null; marker?: CbsMarker } | { error: string };

function typeCell(raw: string, spec: ColumnSpec, decimal: DecimalSeparator): Cell {
	const text = raw.trim();
	if (text === '') {
		return spec.required ? { error: 'Lege cel in een verplichte kolom. Vul een waarde in.' } : { value: null };
	}
	switch (spec.type) {
		case 'string':
			return { value: text };
		case 'code': {
			const code = normaliseAreaCode(text);
			return code
				? { value: code }
				: { error: `"${text}" is geen CBS-gebiedscode (zoals GM0308, WK030800 of BU03080000).` };
		}
		case 'number':
		case 'integer': {
			const cell = parseNumberCell(text, decimal);
			if (cell.kind === 'marker') {
				return spec.required
					? { error: `Teken "${cell.marker}" (geen waarde) in een verplichte kolom.` }
					: { value: null, marker: cell.marker };
			}
			if (cell.kind === 'invalid') {
				const sep = decimal === ',' ? 'komma' : 'punt';
				return { error: `"${cell.raw}" is geen getal (decimaalteken in dit bestand: ${sep}).` };
			}
			if (cell.kind === 'missing') return { value: null };
			if (spec.type === 'integer' && !Number.isInteger(cell.value)) {
				return { error: `"${text}" is geen geheel getal.` };
			}
			return { value: cell.value };
		}
	}
}

/**
 * Arrow IPC stream bytes for DuckDB's `insertArrowFromIPCStream`. Types are set explicitly: inferred strings
 * would become dictionaries and all-null columns would lose their type.
 */
export function toArrowIpc(table: aq.ColumnTable, specs: readonly ColumnSpec[]): Uint8Array {
	const types: Record<string, DataType> = {};
	for (const spec of specs) types[spec.name] = spec.type === 'string' || spec.type === 'code' ? utf8() : float64();
	return aq.toArrowIPC(table, { format: 'stream', types });
}
