/**
 * Build-time access to the shipped CSV files, for prerendered content that must not wait for DuckDB.
 * Server-only: these strings never reach the client bundle.
 */
import { parseDelimited, typeRecords } from '$lib/schema/pipeline';
import { TABLE_SPECS, type RowOf, type TableName } from '$lib/schema/tables';

const files = import.meta.glob('/data/out/*.csv', { query: '?raw', import: 'default', eager: true }) as Record<
	string,
	string
>;

// 342 pages are prerendered in one process: parse each table once, not once per page.
const parsedTables = new Map<TableName, readonly unknown[]>();

/** The rows of a shipped table, typed by its spec; throws at build time if the file is broken. Do not mutate. */
export function readShippedTable<N extends TableName>(name: N): readonly RowOf<N>[] {
	let rows = parsedTables.get(name) as readonly RowOf<N>[] | undefined;
	if (!rows) parsedTables.set(name, (rows = parseTable(name)));
	return rows;
}

function parseTable<N extends TableName>(name: N): RowOf<N>[] {
	const text = files[`/data/out/${name}.csv`];
	if (text === undefined) return [];
	const parsed = parseDelimited(text, { delimiter: ',' });
	const typed = typeRecords(parsed, TABLE_SPECS[name], { decimal: '.' });
	const first = [...parsed.errors, ...typed.errors][0];
	if (first) throw new Error(`${name}.csv row ${first.row} column ${first.column}: ${first.message}`);
	// typeRecords has just checked every cell against the spec RowOf is read from.
	return typed.table.objects() as RowOf<N>[];
}
