/**
 * Adding and removing imports: kept first (IndexedDB), then the affected tables rebuilt. If a rebuild fails the
 * import is taken out again and the tables rebuilt as before, so a failed import leaves everything as it was.
 */
import type { TableName } from '$lib/schema/tables';
import type { ImportMeta, StoredImport } from '$lib/import/record';
import { deleteImport, isPersistent, listImports, putImport } from '$lib/import/store';
import { reloadTables } from './shipped.svelte';

export const importsState = $state({ list: [] as ImportMeta[], persistent: true, ready: false });

export async function refreshImports(): Promise<void> {
	importsState.persistent = await isPersistent();
	importsState.list = await listImports();
	importsState.ready = true;
}

const tablesOf = (r: ImportMeta) => [...r.tableNames] as TableName[];

export async function addImport(record: StoredImport): Promise<void> {
	await putImport(record);
	try {
		await reloadTables(tablesOf(record));
	} catch (error) {
		await deleteImport(record.id);
		await reloadTables(tablesOf(record)).catch(() => undefined);
		throw error;
	} finally {
		await refreshImports();
	}
}

export async function removeImport(id: string): Promise<void> {
	const record = importsState.list.find((r) => r.id === id) ?? (await listImports()).find((r) => r.id === id);
	if (!record) return;
	await deleteImport(id);
	try {
		await reloadTables(tablesOf(record));
	} finally {
		await refreshImports();
	}
}
