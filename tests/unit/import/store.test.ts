import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { StoredImport } from '../../../src/lib/import/record';
import { Table, tableFromArrays, tableFromIPC, tableToIPC } from 'apache-arrow';
import { deleteImport, isPersistent, listImports, PIECE_BYTES, partsFor, putImport } from '../../../src/lib/import/store';

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
	it('keeps a table larger than one piece as several Arrow streams, read back in order as the same rows, removed whole', async () => {
		const values = Float64Array.from({ length: 200_000 }, (_, i) => i);
		const batches = Array.from({ length: 10 }, (_, k) => tableFromArrays({ value: values.subarray(k * 20_000, (k + 1) * 20_000) }));
		const stream = tableToIPC(new Table(batches.flatMap((b) => b.batches)), 'stream');
		await putImport({ ...record('big', '2026-11-04T00:00:00Z', {}), ipc: { indicator_values: stream }, tableNames: ['indicator_values'] }, stream.length / 3);
		const before = (await partsFor('indicator_values')).slice(0, 2);
		const pieces = (await partsFor('indicator_values')).slice(2);
		expect(pieces.length).toBeGreaterThanOrEqual(3);
		for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(stream.length / 3);
		expect(pieces.flatMap((p) => [...tableFromIPC(p).getChild('value')!.toArray()])).toEqual([...values]);
		expect(before.map((p) => [...p])).toEqual([[1], [3, 3, 3]]);
		await deleteImport('big');
		expect((await partsFor('indicator_values')).map((p) => [...p])).toEqual([[1], [3, 3, 3]]);
	});
	it('keeps nothing of an import whose bytes cannot be kept, its description neither', async () => {
		const bad = { ...record('bad', '2026-11-05T00:00:00Z', { sources: [1] }), ipc: { sources: new Uint8Array([1]), indicator_values: (() => 1) as unknown as Uint8Array } };
		await expect(putImport(bad)).rejects.toThrow();
		expect((await listImports()).map((r) => r.id)).toEqual(['a', 'c']);
		expect((await partsFor('sources')).map((p) => [...p])).toEqual([]);
	});
	it(`keeps no piece over ${PIECE_BYTES >> 20} MiB: Chromium keeps at most 127 MiB in one value`, () => expect(PIECE_BYTES).toBeLessThan(127 << 20));
});
