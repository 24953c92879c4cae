import { DataType, type Schema } from 'apache-arrow';

/** A Table or a RecordBatch: named columns of equal length. */
export interface ArrowLike {
	readonly schema: Schema;
	readonly numRows: number;
	getChild(name: string): { get(index: number): unknown } | null;
}

const plain = (v: unknown): unknown => (typeof v === 'bigint' ? Number(v) : v);

/**
 * Arrow → plain row objects, so the row types the queries declare are true: BigInts (COUNT(*) and friends) become
 * numbers (they stay far below 2^53 here), and list columns (`list(…)` in SQL, an Arrow Vector per cell) become
 * arrays; a list the FILTER left empty arrives as null and stays null.
 */
export function arrowToRows<T extends Record<string, unknown>>(table: ArrowLike): T[] {
	const fields = table.schema.fields;
	const names = fields.map((f) => f.name);
	const lists = fields.map((f) => DataType.isList(f.type));
	const columns = names.map((name) => table.getChild(name));
	const rows: T[] = new Array(table.numRows);
	for (let i = 0; i < table.numRows; i++) {
		const row: Record<string, unknown> = {};
		for (let j = 0; j < names.length; j++) {
			const v: unknown = columns[j]?.get(i);
			row[names[j]!] = lists[j] && v != null ? Array.from(v as Iterable<unknown>, plain) : plain(v);
		}
		rows[i] = row as T;
	}
	return rows;
}
