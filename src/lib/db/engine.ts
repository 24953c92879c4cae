/**
 * The one DuckDB-wasm instance of the page: started lazily, once, in a Web Worker, from bundles that Vite copies
 * into the build. Nothing here reaches another host, and once started no query can (external access is off and
 * the configuration locked).
 * The library itself is imported on first use: it stays out of the first route's JS, and out of the server build
 * (its Node entry runs worker-thread code on import, which breaks prerendering).
 */
import type { AsyncDuckDB, DuckDBBundles } from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { engineStatus } from './status.svelte';
import { ENGINE_LOCKDOWN } from './readOnly';

const BUNDLES: DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

let starting: Promise<AsyncDuckDB> | null = null;

/** The engine, started on first call; every later call gets the same promise. */
export function getEngine(): Promise<AsyncDuckDB> {
	starting ??= start().catch((error: unknown) => {
		// A failed start may be retried (e.g. after a network hiccup on a first visit).
		starting = null;
		engineStatus.phase = 'error';
		engineStatus.error = error instanceof Error ? error.message : String(error);
		throw error;
	});
	return starting;
}

async function start(): Promise<AsyncDuckDB> {
	// The phases are marked for the benchmark (bench/), which compares them with the reference page's.
	performance.mark('kloofmeter:engine-start');
	engineStatus.phase = 'downloading';
	const duckdb = await import('@duckdb/duckdb-wasm');
	const bundle = await duckdb.selectBundle(BUNDLES);
	performance.mark('kloofmeter:engine-module');
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) => {
		engineStatus.bytesLoaded = p.bytesLoaded;
		engineStatus.bytesTotal = p.bytesTotal;
	});
	performance.mark('kloofmeter:engine-instantiated');
	engineStatus.phase = 'starting';
	await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const conn = await db.connect();
	try {
		// No extensions, no files or URLs but the app's own, and a locked configuration (see ENGINE_LOCKDOWN).
		for (const statement of ENGINE_LOCKDOWN) await conn.query(statement);
	} finally {
		await conn.close();
	}
	engineStatus.phase = 'ready';
	performance.mark('kloofmeter:duckdb-ready');
	return db;
}
