/**
 * Imports kept by the version before pieces (IndexedDB version 2: one part per import and table) are read after the
 * upgrade as they were, as piece 0.
 */
import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';

it('reads an import kept by version 2 after the upgrade, and keeps its description', async () => {
	const old = await new Promise<IDBDatabase>((ok, no) => {
		const r = indexedDB.open('kloofmeter', 2);
		r.onupgradeneeded = () => {
			r.result.createObjectStore('imports', { keyPath: 'id' });
			r.result.createObjectStore('parts', { keyPath: ['importId', 'table'] }).createIndex('table', 'table');
		};
		r.onsuccess = () => ok(r.result);
		r.onerror = () => no(r.error);
	});
	await new Promise((ok, no) => {
		const tx = old.transaction(['imports', 'parts'], 'readwrite');
		tx.objectStore('imports').put({ id: 'v2', kind: 'indicator', fileName: 'v2.csv', importedAt: '2026-10-01T00:00:00Z', label: 'v2', rows: 1, setAside: [], notes: [], tableNames: ['indicator_values'], areas: [], trajectoryGemeenten: [] });
		tx.objectStore('parts').put({ importId: 'v2', table: 'indicator_values', importedAt: '2026-10-01T00:00:00Z', bytes: new Uint8Array([5, 6]) });
		tx.oncomplete = ok;
		tx.onerror = () => no(tx.error);
	});
	old.close();
	const { listImports, partsFor } = await import('../../../src/lib/import/store');
	expect((await listImports()).map((r) => r.id)).toEqual(['v2']);
	expect((await partsFor('indicator_values')).map((p) => [...p])).toEqual([[5, 6]]);
});
