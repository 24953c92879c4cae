import type { Schema } from 'apache-arrow';

/** A Table or a RecordBatch: named columns of equal length. */
export interface ArrowLike {
	readonly schema: Schema;
	readonly numRows: number;
	getChild(name: string): { get(index: number): unknown } | null;
}

/** Arrow → plain row objects. BigInts (COUNT(*) and friends) become numbers; they stay far below 2^53 here. */
export function arrowToRows<T extends Record<string, unknown>>(table: ArrowLike): T[] {
	const names = table.schema.fields.map((f) => f.name);
	const columns = names.map((name) => table.getChild(name));
	const rows: T[] = new Array(table.numRows);
	for (let i = 0; i < table.numRows; i++) {
		const row: Record<string, unknown> = {};
		for (let j = 0; j < names.length; j++) {
			const v: unknown = columns[j]?.get(i);
			row[names[j]!] = typeof v === 'bigint' ? Number(v) : v;
		}
		rows[i] = row as T;
	}
	return rows;
}
