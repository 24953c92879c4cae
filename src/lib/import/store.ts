/**
 * Imports kept across reloads and browser restarts, in IndexedDB (through `idb`, a small kept wrapper over the
 * callback API): the description of each import in one store, its Arrow bytes per table in another, so loading
 * one table reads only that table's bytes (a large import of values must not be read to load the themes). A
 * table's bytes are kept in pieces of at most PIECE_BYTES, each an Arrow stream of its own: Chromium refuses a value
 * of more than 127 MiB ("The serialized keys and/or value are too large"), and a 200 MB file's values are 700 MB.
 * Where IndexedDB is unavailable (some private modes) imports live for the visit only, and the page says so.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { streamPieces } from '$lib/db/arrowBytes';
import type { TableName } from '$lib/schema/tables';
import type { ImportMeta, StoredImport } from './record';

const DB_NAME = 'kloofmeter';
const META = 'imports';
const PARTS = 'parts';
/**
 * Well under Chromium's 127 MiB for one value, and small enough that cutting and keeping one piece holds the page
 * briefly: the 200 MB benchmark file through /data/, twice each, held it at most 608-690 ms with pieces of 64 MiB,
 * 362-381 with 32 (the planning's own longest block is about 310), for 1-2 s more in all; 16 MiB gained little more.
 */
export const PIECE_BYTES = 32 << 20;

interface Part {
	readonly importId: string;
	readonly table: TableName;
	/** The piece's place among its table's pieces (version 2 kept one part per table, without it). */
	readonly piece: number;
	readonly importedAt: string;
	readonly bytes: Uint8Array;
}

let opening: Promise<IDBPDatabase | null> | null = null;
const memory = new Map<string, StoredImport>();

function db(): Promise<IDBPDatabase | null> {
	opening ??= (typeof indexedDB === 'undefined'
		? Promise.resolve(null)
		: openDB(DB_NAME, 3, {
				async upgrade(d, oldVersion, _newVersion, tx) {
					// Version 2 kept one part per table: its parts become piece 0 of the same table.
					const kept = oldVersion === 2 ? ((await tx.objectStore(PARTS).getAll()) as Omit<Part, 'piece'>[]) : [];
					// Version 1 (one store with the bytes inside each record) was never released; start clean.
					if (oldVersion === 1 && d.objectStoreNames.contains(META)) d.deleteObjectStore(META);
					if (oldVersion !== 2) d.createObjectStore(META, { keyPath: 'id' });
					if (d.objectStoreNames.contains(PARTS)) d.deleteObjectStore(PARTS);
					const parts = d.createObjectStore(PARTS, { keyPath: ['importId', 'table', 'piece'] });
					parts.createIndex('table', 'table');
					for (const part of kept) await tx.objectStore(PARTS).put({ ...part, piece: 0 });
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

/**
 * The Arrow bytes every import holds for one table, oldest import first, each as one or more streams (its pieces, in
 * order): the caller's own (they may be given away).
 */
export async function partsFor(table: TableName): Promise<Uint8Array[]> {
	const d = await db();
	if (!d) return [...memory.values()].sort(byDate).flatMap((r) => (r.ipc[table] ? [r.ipc[table]!.slice()] : []));
	// One piece a read, each in a task of its own: all at once, 700 MB were taken in one task and held the page 2.4 s.
	const parts: Part[] = [];
	const gone = new Set<unknown>();
	for (const key of await d.getAllKeysFromIndex(PARTS, 'table', table)) {
		const part = (await d.get(PARTS, key)) as Part | undefined;
		if (part) parts.push(part);
		else gone.add((key as unknown[])[0]);
	}
	// An import removed while its pieces were read is left out whole, never loaded in part.
	return parts
		.filter((p) => !gone.has(p.importId))
		.sort((a, b) => byDate(a, b) || a.piece - b.piece)
		.map((p) => p.bytes);
}

/**
 * Keeps an import: its description and its parts in one transaction, so it is there whole or not at all. `pieceBytes`
 * is there for the tests.
 */
export async function putImport(record: StoredImport, pieceBytes = PIECE_BYTES): Promise<void> {
	const d = await db();
	if (!d) {
		memory.set(record.id, record);
		return;
	}
	const { ipc, ...meta } = record;
	const tx = d.transaction([META, PARTS], 'readwrite');
	const done = tx.done;
	try {
		await tx.objectStore(META).put(meta);
		// A piece at a time, each made and cloned in the task of the last one's success (which keeps the transaction
		// open): all at once, cutting and cloning 700 MB held the page three seconds.
		for (const [table, bytes] of Object.entries(ipc) as [TableName, Uint8Array][]) {
			for (const [k, piece] of streamPieces(bytes, pieceBytes).entries()) {
				await tx.objectStore(PARTS).put({ importId: record.id, table, piece: k, importedAt: record.importedAt, bytes: piece() } satisfies Part);
			}
		}
	} catch (error) {
		// Whatever failed, nothing of the import is kept (a put that failed may have aborted the transaction already).
		try {
			tx.abort();
		} catch {
			// Already over.
		}
		await done.catch(() => undefined);
		throw error;
	}
	await done;
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
