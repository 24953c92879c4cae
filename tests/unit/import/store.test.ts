import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { StoredImport } from '../../../src/lib/import/record';
import { deleteImport, isPersistent, listImports, partsFor, putImport } from '../../../src/lib/import/store';

const record = (id: string, at: string, tables: Record<string, number[]>): StoredImport => ({
	id,
	kind: 'indicator',
	fileName: `${id}.csv`,
	importedAt: at,
	label: id,
	rows: 1,
	setAside: [],
	notes: [],
	ipc: Object.fromEntries(Object.entries(tables).map(([t, b]) => [t, new Uint8Array(b)])),
	tableNames: Object.keys(tables) as StoredImport['tableNames'],
	areas: ['GM0308'],
	trajectoryGemeenten: []
});

describe('kept imports (IndexedDB)', () => {
	it('keeps descriptions and bytes apart, reads one table’s bytes in import order, removes an import whole', async () => {
		expect(await isPersistent()).toBe(true);
		await putImport(record('b', '2026-11-02T00:00:00Z', { indicator_values: [2, 2], sources: [9] }));
		await putImport(record('a', '2026-11-01T00:00:00Z', { indicator_values: [1] }));
		const list = await listImports();
		expect(list.map((r) => r.id)).toEqual(['a', 'b']);
		expect('ipc' in list[0]!).toBe(false);
		expect((await partsFor('indicator_values')).map((p) => [...p])).toEqual([[1], [2, 2]]);
		expect((await partsFor('sources')).map((p) => [...p])).toEqual([[9]]);
		expect(await partsFor('themes')).toEqual([]);
		await deleteImport('b');
		expect((await listImports()).map((r) => r.id)).toEqual(['a']);
		expect((await partsFor('indicator_values')).map((p) => [...p])).toEqual([[1]]);
		expect(await partsFor('sources')).toEqual([]);
	});
	it('gives the loader bytes of its own: bytes handed to the engine (and emptied) are read again whole', async () => {
		await putImport(record('c', '2026-11-03T00:00:00Z', { indicator_values: [3, 3, 3] }));
		const [given] = await partsFor('indicator_values');
		structuredClone(given!, { transfer: [given!.buffer as ArrayBuffer] });
		expect(given!.length).toBe(0);
		expect((await partsFor('indicator_values')).map((p) => [...p])).toEqual([[1], [3, 3, 3]]);
	});
});
