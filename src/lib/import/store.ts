/**
 * Imports kept across reloads and browser restarts, in IndexedDB (through `idb`, a small kept wrapper over the
 * callback API): the description of each import in one store, its Arrow bytes per table in another, so loading
 * one table reads only that table's bytes (a large import of values must not be read to load the themes).
 * Where IndexedDB is unavailable (some private modes) imports live for the visit only, and the page says so.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { TableName } from '$lib/schema/tables';
import type { ImportMeta, StoredImport } from './record';

const DB_NAME = 'kloofmeter';
const META = 'imports';
const PARTS = 'parts';

interface Part {
	readonly importId: string;
	readonly table: TableName;
	readonly importedAt: string;
	readonly bytes: Uint8Array;
}

let opening: Promise<IDBPDatabase | null> | null = null;
const memory = new Map<string, StoredImport>();

function db(): Promise<IDBPDatabase | null> {
	opening ??= (typeof indexedDB === 'undefined'
		? Promise.resolve(null)
		: openDB(DB_NAME, 2, {
				upgrade(d, oldVersion) {
					// Version 1 (one store with the bytes inside each record) was never released; start clean.
					if (oldVersion === 1 && d.objectStoreNames.contains(META)) d.deleteObjectStore(META);
					d.createObjectStore(META, { keyPath: 'id' });
					d.createObjectStore(PARTS, { keyPath: ['importId', 'table'] }).createIndex('table', 'table');
				}
			})
	).catch(() => null);
	return opening;
}

const byDate = <T extends { importedAt: string; id?: string; importId?: string }>(a: T, b: T) =>
	a.importedAt.localeCompare(b.importedAt) || (a.id ?? a.importId ?? '').localeCompare(b.id ?? b.importId ?? '');

export async function isPersistent(): Promise<boolean> {
	return (await db()) !== null;
}

/** What was imported, in the order it was, without the bytes. */
export async function listImports(): Promise<ImportMeta[]> {
	const d = await db();
	if (!d) return [...memory.values()].map(({ ipc: _ipc, ...meta }) => meta).sort(byDate);
	return ((await d.getAll(META)) as ImportMeta[]).sort(byDate);
}

/** The Arrow bytes every import holds for one table, oldest import first: the caller's own (they may be given away). */
export async function partsFor(table: TableName): Promise<Uint8Array[]> {
	const d = await db();
	if (!d) return [...memory.values()].sort(byDate).flatMap((r) => (r.ipc[table] ? [r.ipc[table]!.slice()] : []));
	return ((await d.getAllFromIndex(PARTS, 'table', table)) as Part[]).sort(byDate).map((p) => p.bytes);
}

/** Keeps an import: its description and its parts in one transaction, so it is there whole or not at all. */
export async function putImport(record: StoredImport): Promise<void> {
	const d = await db();
	if (!d) {
		memory.set(record.id, record);
		return;
	}
	const { ipc, ...meta } = record;
	const tx = d.transaction([META, PARTS], 'readwrite');
	await Promise.all([
		tx.objectStore(META).put(meta),
		...(Object.entries(ipc) as [TableName, Uint8Array][]).map(([table, bytes]) => tx.objectStore(PARTS).put({ importId: record.id, table, importedAt: record.importedAt, bytes } satisfies Part)),
		tx.done
	]);
}

export async function deleteImport(id: string): Promise<void> {
	const d = await db();
	if (!d) {
		memory.delete(id);
		return;
	}
	const tx = d.transaction([META, PARTS], 'readwrite');
	await Promise.all([tx.objectStore(META).delete(id), tx.objectStore(PARTS).delete(IDBKeyRange.bound([id], [id, []])), tx.done]);
}
