/**
 * Loads the data into DuckDB on demand, each table once: the shipped table, plus the rows of every kept import for
 * that table. A table is always replaced whole (staging table, then a swap in one transaction), so an import or a
 * removal either shows completely or leaves the table as it was.
 * The shipped tables arrive as Arrow IPC files made at build time from data/out (scripts/build-arrow.ts), with the
 * same specs and Arrow encoder an import's rows get: Vite assets with fingerprinted URLs, served by the app itself.
 */
import { replaceTableFromArrow } from '$lib/db/client';
import { engineDownloaded, getEngine } from '$lib/db/engine';
import { partsFor } from '$lib/import/store';
import type { TableName } from '$lib/schema/tables';

const urls = import.meta.glob('/data/arrow/*.arrow', { query: '?url', import: 'default', eager: true }) as Record<
	string,
	string
>;

/** `version` counts changes to loaded data (imports added or removed): views that cache re-read when it moves. */
export const dataStatus = $state({ loading: 0, version: 0 });

const loading = new Map<TableName, Promise<void>>();
const shipped = new Map<TableName, Promise<Uint8Array>>();

export function ensureTables(names: readonly TableName[]): Promise<void> {
	// The engine's start (a 34 MB download) is the long pole: begin it before fetching the tables, not after.
	void getEngine().catch(() => undefined);
	return Promise.all(names.map(ensureTable)).then(() => undefined);
}

function ensureTable(name: TableName): Promise<void> {
	let p = loading.get(name);
	if (!p) {
		// A failed load is forgotten, so the next view that needs the table tries again; the view shows the error.
		p = loadTable(name).catch((error: unknown) => {
			loading.delete(name);
			throw error;
		});
		loading.set(name, p);
	}
	return p;
}

/** The shipped table's Arrow bytes, fetched once per visit. */
function shippedTable(name: TableName): Promise<Uint8Array> {
	let p = shipped.get(name);
	if (!p) {
		p = readShipped(name).catch((error: unknown) => {
			shipped.delete(name);
			throw error;
		});
		shipped.set(name, p);
	}
	return p;
}

async function readShipped(name: TableName): Promise<Uint8Array> {
	const url = urls[`/data/arrow/${name}.arrow`];
	if (!url) throw new Error(`Gegevensbestand ${name} ontbreekt in deze versie.`);
	await engineDownloaded();
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${name} kon niet worden geladen (HTTP ${response.status}).`);
	return new Uint8Array(await response.arrayBuffer());
}

async function loadTable(name: TableName): Promise<void> {
	dataStatus.loading++;
	try {
		await writeTable(name);
	} finally {
		dataStatus.loading--;
	}
}

/** Shipped rows plus the rows of every kept import (already Arrow), as one new version of the table. */
async function writeTable(name: TableName): Promise<void> {
	const [shippedBytes, parts] = await Promise.all([shippedTable(name), partsFor(name)]);
	await replaceTableFromArrow(name, shippedBytes, parts);
}

/** Rebuilds the given tables where they are loaded (others will include the change when first loaded). */
export async function reloadTables(names: readonly TableName[]): Promise<void> {
	const loaded = names.filter((n) => loading.has(n));
	for (const name of loaded) {
		await loading.get(name);
		await writeTable(name);
	}
	dataStatus.version++;
}

