import { DataType, Precision, type Data, type Schema } from 'apache-arrow';

/** A Table or a RecordBatch: named columns of equal length. */
export interface ArrowLike {
	readonly schema: Schema;
	readonly numRows: number;
	getChild(name: string): Column | null;
}

interface Column {
	readonly data: readonly Data[];
	get(index: number): unknown;
}

const plain = (v: unknown): unknown => (typeof v === 'bigint' ? Number(v) : v);
const decoder = new TextDecoder('utf-8');

/**
 * Arrow → plain row objects, so the row types the queries declare are true: BigInts (COUNT(*) and friends) become
 * numbers (they stay far below 2^53 here), and list columns (`list(…)` in SQL, an Arrow Vector per cell) become
 * arrays; a list the FILTER left empty arrives as null and stays null.
 */
export function arrowToRows<T extends Record<string, unknown>>(table: ArrowLike): T[] {
	const columns = Object.entries(arrowToColumns(table));
	// Read once: a Table sums its batches' lengths (through a new list of them) at every read of numRows.
	const n = table.numRows;
	const rows: T[] = new Array(n);
	for (let i = 0; i < n; i++) {
		const row: Record<string, unknown> = {};
		for (const [name, values] of columns) row[name] = values[i];
		rows[i] = row as T;
	}
	return rows;
}

/**
 * Arrow → one plain array per column, typed as arrowToRows types a row: for an answer of hundreds of thousands of
 * rows, read once by column (an import's region keys), where an object per row held the page.
 */
export function arrowToColumns<T extends Record<string, unknown>>(table: ArrowLike): { [K in keyof T]: T[K][] } {
	const out: Record<string, unknown[]> = {};
	for (const field of table.schema.fields) {
		const column = table.getChild(field.name);
		out[field.name] = column ? columnValues(column) : new Array(table.numRows).fill(undefined);
	}
	return out as { [K in keyof T]: T[K][] };
}

/**
 * A column's values, chunk by chunk. Read cell by cell, a selection change of tens of thousands of rows spent most of
 * its conversion searching for each cell's chunk, decoding every string on its own and making a Vector for every
 * list cell; here a chunk's strings are decoded at once where they are ASCII, and a list's values once per chunk.
 */
function columnValues(column: Column): unknown[] {
	const out: unknown[] = [];
	for (const data of column.data) {
		// Any other type is read through the column, as before (`at`: where this chunk starts in it).
		const at = out.length;
		const values = dataValues(data, (i) => column.get(at + i))!;
		for (let i = 0; i < values.length; i++) out.push(values[i]);
	}
	return out;
}

/** The values of one chunk; null for a list's values of a type not read here (the list is then read cell by cell). */
function dataValues(data: Data, other: ((index: number) => unknown) | null): unknown[] | null {
	const n = data.length;
	const out: unknown[] = new Array(n);
	if (n === 0) return out;
	if (DataType.isUtf8(data.type) && data.valueOffsets instanceof Int32Array) {
		const offsets = data.valueOffsets;
		const bytes = data.values as Uint8Array;
		const first = offsets[0]!;
		const all = bytes.subarray(first, offsets[n]!);
		// ASCII bytes are characters one to one: one decode for the chunk, then each value is a slice of it.
		const text = isAscii(all) ? decoder.decode(all) : null;
		for (let i = 0; i < n; i++) {
			if (!data.getValid(i)) out[i] = null;
			else out[i] = text !== null ? text.slice(offsets[i]! - first, offsets[i + 1]! - first) : decoder.decode(bytes.subarray(offsets[i]!, offsets[i + 1]!));
		}
		return out;
	}
	// A list of lists keeps its inner Vectors, as cell by cell (no query asks for one); a list column of nulls only may
	// come without its values.
	const items = data.children[0];
	if (DataType.isList(data.type) && data.valueOffsets instanceof Int32Array && items && !DataType.isList(items.type)) {
		const offsets = data.valueOffsets;
		const child = dataValues(items, null);
		if (child) {
			for (let i = 0; i < n; i++) out[i] = data.getValid(i) ? child.slice(offsets[i]!, offsets[i + 1]!) : null;
			return out;
		}
	}
	const plainNumbers = (DataType.isInt(data.type) || (DataType.isFloat(data.type) && data.type.precision !== Precision.HALF)) && data.stride === 1;
	if (plainNumbers) {
		const values = data.values as ArrayLike<number | bigint>;
		for (let i = 0; i < n; i++) out[i] = data.getValid(i) ? plain(values[i]) : null;
		return out;
	}
	if (!other) return null;
	for (let i = 0; i < n; i++) {
		const v = other(i);
		out[i] = DataType.isList(data.type) && v != null ? Array.from(v as Iterable<unknown>, plain) : plain(v);
	}
	return out;
}

function isAscii(bytes: Uint8Array): boolean {
	for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 127) return false;
	return true;
}
