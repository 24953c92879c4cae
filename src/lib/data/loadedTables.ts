/**
 * The /data page's view of the loaded tables: how many rows each holds now (the shipped rows plus every kept
 * import), and a whole table for its CSV export.
 */
import { queryRows } from '$lib/db/client';
import { tableRowCount, type TableCountRow } from '$lib/db/queries/overview';
import { allRows } from '$lib/db/queries/trajectory';
import type { TableName } from '$lib/schema/tables';
import { ensureTables } from './shipped.svelte';

/** Rows per table; a table that fails to load says so on its own row and keeps the others. */
export async function loadTableCounts(names: readonly TableName[]): Promise<Record<string, number | 'failed'>> {
	const counted = await Promise.all(
		names.map(async (name): Promise<[string, number | 'failed']> => {
			try {
				await ensureTables([name]);
				const rows = await queryRows<TableCountRow>(tableRowCount(name));
				return [name, rows[0]?.rows ?? 0];
			} catch {
				return [name, 'failed'];
			}
		})
	);
	return Object.fromEntries(counted);
}

export async function tableRows(name: TableName): Promise<Record<string, unknown>[]> {
	await ensureTables([name]);
	return queryRows<Record<string, unknown>>(allRows(name));
}
