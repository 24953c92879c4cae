/**
 * The rows the gemeente page and the deck are built from (views/gapPage.ts), read from DuckDB for a trajectory that
 * exists only as an import. Whole tables where they are small; the values only of the indicators the page ranks.
 */
import type { ReadTable, TableName } from '../../schema/tables';
import { placeholders, quoteIdent, statement, type Statement } from '../sql';

/** All rows of a small table (themes, links, trajectories, conversations, findings, gemeenten, indicators, sources). */
export function allRows(table: string): Statement {
	return statement(`SELECT * FROM ${quoteIdent(table)}`);
}

/** The values of linked indicators, and of the extra ones named (peer features, the counts behind rates). */
export function pageValues(extra: readonly string[]): Statement {
	return statement(
		`SELECT * FROM indicator_values
		  WHERE indicator_id IN (SELECT indicator_id FROM theme_indicator_map) OR indicator_id IN (${placeholders(extra.length)})`,
		[...extra]
	);
}

/** The wijk names of one gemeente (focus wijken are matched only within it). */
export function wijkNames(gemeenteCode: string): Statement {
	return statement(`SELECT * FROM area_names WHERE code LIKE ?`, [`WK${gemeenteCode.slice(2)}%`]);
}

export const PAGE_TABLES = ['gemeenten', 'trajectories', 'conversations', 'findings', 'theme_indicator_map', 'indicators', 'themes', 'sources'] as const;

/**
 * A table reader for views/gapPage.ts over any engine (`run` answers a statement with rows): the browser's, or the
 * Node tests', which check that it builds the same page as the shipped files do.
 */
export async function pageReader(run: (s: Statement) => Promise<readonly Record<string, unknown>[]>, gemeenteCode: string, extraIndicators: readonly string[]): Promise<ReadTable> {
	const [small, values, wijken] = await Promise.all([Promise.all(PAGE_TABLES.map((t) => run(allRows(t)))), run(pageValues(extraIndicators)), run(wijkNames(gemeenteCode))]);
	const tables = new Map<string, readonly Record<string, unknown>[]>([...PAGE_TABLES.map((t, i) => [t, small[i]!] as const), ['indicator_values', values], ['area_names', wijken]]);
	// The one cast from engine rows to spec rows: these DuckDB tables are made from the same TABLE_SPECS (the shipped
	// files typed by typeRecords, imports written by toArrowIpc with the specs' columns and types), the statements
	// above select whole rows, and the engine gives strings for VARCHAR, numbers for DOUBLE and null for NULL.
	return ((name: TableName) => tables.get(name) ?? []) as ReadTable;
}
