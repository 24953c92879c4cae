/**
 * Loads the data into DuckDB on demand, each table once: the shipped table, plus the rows of every kept import for
 * that table. A table is always replaced whole (staging table, then a swap in one transaction), so an import or a
 * removal either shows completely or leaves the table as it was.
 * The shipped tables arrive as Arrow IPC files made at build time from data/out (scripts/build-arrow.ts), with the
 * same specs and Arrow encoder an import's rows get: Vite assets with fingerprinted URLs, served by the app itself.
 *
 * The values come in two levels (schema/shippedFiles.ts). A view whose every query keeps to gemeenten by its own SQL
 * (the overview) asks for GEMEENTE_VALUES: indicator_values then holds the gemeente rows alone (shipped and
 * imported), a quarter of the table, and its first answer comes that much sooner. A view that asks for
 * indicator_values gets every level: the table is rewritten whole with the wijken added, once, and stays so. Its
 * answers to gemeente questions are the same rows either way, so that rewrite moves no data version.
 */
import { replaceTableFromArrow } from '$lib/db/client';
import { engineDownloaded, getEngine } from '$lib/db/engine';
import { valueLevelIs } from '$lib/db/queries/levels';
import { keptPromise } from '$lib/kept';
import { partsFor } from '$lib/import/store';
import { shippedFiles, valueFile } from '$lib/schema/shippedFiles';
import type { TableName } from '$lib/schema/tables';

const urls = import.meta.glob('/data/arrow/*.arrow', { query: '?url', import: 'default', eager: true }) as Record<
	string,
	string
>;

/** `version` counts changes to loaded data (imports added or removed): views that cache re-read when it moves. */
export const dataStatus = $state({ loading: 0, version: 0 });

/** indicator_values with its gemeente rows only: enough for a view that asks about gemeenten alone. */
export const GEMEENTE_VALUES = 'indicator_values:gemeente';
export type Need = TableName | typeof GEMEENTE_VALUES;

type Level = 'gemeente' | 'all';
interface Load {
	readonly level: Level;
	readonly done: Promise<void>;
	ok: boolean;
}

const loads = new Map<TableName, Load>();
const writes = new Map<TableName, Promise<void>>();
const shipped = new Map<string, Promise<Uint8Array>>();
/** Tables a write has been started for in this page (DuckDB is in memory: none exists before). */
const written = new Set<TableName>();

export function ensureTables(needs: readonly Need[]): Promise<void> {
	// The engine's start (a 34 MB download) is the long pole: begin it before fetching the tables, not after.
	void getEngine().catch(() => undefined);
	return Promise.all(needs.map((n) => (n === GEMEENTE_VALUES ? ensureTable('indicator_values', 'gemeente') : ensureTable(n, 'all')))).then(() => undefined);
}

function ensureTable(name: TableName, level: Level): Promise<void> {
	const before = loads.get(name);
	if (before && (before.level === 'all' || level === 'gemeente')) return before.done;
	const load: Load = { level, ok: false, done: serial(name, () => loadTable(name, level)) };
	loads.set(name, load);
	load.done.then(
		() => (load.ok = true),
		() => {
			// A failed load is forgotten, so the next view that needs the table tries again; the view shows the error.
			// A level loaded before still stands (the failed swap changed nothing).
			if (loads.get(name) !== load) return;
			if (before?.ok) loads.set(name, before);
			else loads.delete(name);
		}
	);
	return load.done;
}

/** One table's writes run one after another, each reading the kept imports as it starts: the last one is the table. */
function serial(name: TableName, write: () => Promise<void>): Promise<void> {
	const next = (writes.get(name) ?? Promise.resolve()).catch(() => undefined).then(write);
	writes.set(name, next);
	return next;
}

/** A shipped file's Arrow bytes, fetched once per visit. */
function shippedFile(file: string): Promise<Uint8Array> {
	return keptPromise(shipped, file, () => readShipped(file));
}

async function readShipped(file: string): Promise<Uint8Array> {
	const url = urls[`/data/arrow/${file}.arrow`];
	if (!url) throw new Error(`Gegevensbestand ${file} ontbreekt in deze versie.`);
	await engineDownloaded();
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${file} kon niet worden geladen (HTTP ${response.status}).`);
	return new Uint8Array(await response.arrayBuffer());
}

async function loadTable(name: TableName, level: Level): Promise<void> {
	dataStatus.loading++;
	const started = performance.now();
	try {
		await writeTable(name, level);
	} finally {
		dataStatus.loading--;
		// For the benchmark (bench/): what the first answer waits for, table by table.
		performance.measure('kloofmeter:load', { start: started, detail: `${name} (${level})` });
	}
}

/**
 * Shipped rows plus the rows of every kept import (already Arrow), as one new version of the table. The first
 * write of a table in this page makes it fresh (no view reads it before its load has settled); every later one
 * (a wider level, an import, a retry after a failure) swaps it whole.
 */
async function writeTable(name: TableName, level: Level): Promise<void> {
	const files = level === 'gemeente' ? [valueFile('gemeente')] : shippedFiles(name);
	const [bytes, parts] = await Promise.all([Promise.all(files.map(shippedFile)), partsFor(name)]);
	const fresh = !written.has(name);
	written.add(name);
	await replaceTableFromArrow(name, bytes[0]!, { more: bytes.slice(1), given: parts, keep: level === 'gemeente' ? valueLevelIs('gemeente') : null, fresh });
}

/** Rebuilds the given tables where they are loaded, at their level (others will include the change when first loaded). */
export async function reloadTables(names: readonly TableName[]): Promise<void> {
	const loaded = names.filter((n) => loads.has(n));
	for (const name of loaded) {
		await loads.get(name)?.done;
		await serial(name, async () => {
			const load = loads.get(name);
			if (load) await writeTable(name, load.level);
		});
	}
	dataStatus.version++;
}
