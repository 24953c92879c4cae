/**
 * Imports kept across reloads and browser restarts, in IndexedDB (through `idb`, a small kept wrapper over the
 * callback API). Where IndexedDB is unavailable (some private modes) imports live for the visit only, and the page
 * says so.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { StoredImport } from './record';

const DB_NAME = 'kloofmeter';
const STORE = 'imports';

let opening: Promise<IDBPDatabase | null> | null = null;
const memory = new Map<string, StoredImport>();

function db(): Promise<IDBPDatabase | null> {
	opening ??= (typeof indexedDB === 'undefined'
		? Promise.resolve(null)
		: openDB(DB_NAME, 1, {
				upgrade(d) {
					d.createObjectStore(STORE, { keyPath: 'id' });
				}
			})
	).catch(() => null);
	return opening;
}

export async function isPersistent(): Promise<boolean> {
	return (await db()) !== null;
}

export async function listImports(): Promise<StoredImport[]> {
	const d = await db();
	const all = d ? ((await d.getAll(STORE)) as StoredImport[]) : [...memory.values()];
	return all.sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
}

export async function putImport(record: StoredImport): Promise<void> {
	const d = await db();
	if (d) await d.put(STORE, record);
	else memory.set(record.id, record);
}

export async function deleteImport(id: string): Promise<void> {
	const d = await db();
	if (d) await d.delete(STORE, id);
	else memory.delete(id);
}
