/**
 * Where IndexedDB is unavailable (some private modes), imports live in the page's memory: the loader gives the bytes
 * it reads to the engine's worker, which empties them, so the store must hand out copies and keep its own.
 */
import { expect, it } from 'vitest';
import type { StoredImport } from '../../../src/lib/import/record';
import { isPersistent, partsFor, putImport } from '../../../src/lib/import/store';

it('keeps an import in memory whole after the loader has given its bytes away', async () => {
	expect(await isPersistent()).toBe(false);
	const ipc = { indicator_values: new Uint8Array([4, 4]) };
	await putImport({ id: 'm', kind: 'indicator', fileName: 'm.csv', importedAt: '2026-11-01T00:00:00Z', label: 'm', rows: 1, setAside: [], notes: [], ipc, tableNames: ['indicator_values'], areas: [], trajectoryGemeenten: [] } as StoredImport);
	const [given] = await partsFor('indicator_values');
	structuredClone(given!, { transfer: [given!.buffer as ArrayBuffer] });
	expect(given!.length).toBe(0);
	expect((await partsFor('indicator_values')).map((p) => [...p])).toEqual([[4, 4]]);
});
