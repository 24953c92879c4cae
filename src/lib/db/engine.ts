/**
 * The one DuckDB-wasm instance of the page: started lazily, once, in a Web Worker, from bundles that Vite copies
 * into the build. Nothing here reaches another host, and once started no query can (external access is off and
 * the configuration locked).
 * The library itself is imported on first use: it stays out of the first route's JS, and out of the server build
 * (its Node entry runs worker-thread code on import, which breaks prerendering).
 */
import type { AsyncDuckDB, DuckDBBundle } from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { engineStatus } from './status.svelte';
import { ENGINE_LOCKDOWN } from './readOnly';

const MVP: DuckDBBundle = { mainModule: mvpWasm, mainWorker: mvpWorker, pthreadWorker: null };
const EH: DuckDBBundle = { mainModule: ehWasm, mainWorker: ehWorker, pthreadWorker: null };

/**
 * duckdb-wasm's own choice (selectBundle) without waiting for its module: EH when the browser has wasm exceptions
 * (the same probe module the library validates), else MVP. We ship no cross-origin-isolated bundle, so there is no
 * third case. Choosing before the 200 KB module has loaded lets the worker and the wasm start downloading at once,
 * while the page is still busy hydrating.
 */
function chooseBundle(): DuckDBBundle {
	const probe = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11]);
	try {
		return WebAssembly.validate(probe) ? EH : MVP;
	} catch {
		return MVP;
	}
}

let starting: Promise<AsyncDuckDB> | null = null;
let fetched: () => void = () => undefined;
const wasmIn = new Promise<void>((resolve) => (fetched = resolve));

/**
 * Settles once the engine's wasm has arrived (or its start failed). Large data files wait for it: on a slow link
 * they would otherwise share the bandwidth with the engine, which is the longer wait and needed before any of
 * them can be used.
 */
export function engineDownloaded(): Promise<void> {
	return wasmIn;
}

/** The engine, started on first call; every later call gets the same promise. */
export function getEngine(): Promise<AsyncDuckDB> {
	starting ??= start().catch((error: unknown) => {
		// A failed start may be retried (e.g. after a network hiccup on a first visit).
		starting = null;
		fetched();
		engineStatus.phase = 'error';
		engineStatus.error = error instanceof Error ? error.message : String(error);
		throw error;
	});
	return starting;
}

/**
 * Starts the wasm download now, beside the worker script's, instead of after it: the worker fetches the same
 * fingerprinted (immutable) URL once it runs, and the HTTP cache hands it the bytes already under way. The body
 * is drained so the download is not held back waiting for a reader.
 */
function warm(url: string): void {
	void fetch(url, { credentials: 'same-origin' })
		.then((r) => r.body?.pipeTo(new WritableStream()))
		.catch(() => undefined);
}

async function start(): Promise<AsyncDuckDB> {
	// The phases are marked for the benchmark (bench/), which compares them with the reference page's.
	performance.mark('kloofmeter:engine-start');
	engineStatus.phase = 'downloading';
	const bundle = chooseBundle();
	warm(bundle.mainModule);
	const worker = new Worker(bundle.mainWorker!);
	const duckdb = await import('@duckdb/duckdb-wasm').catch((error: unknown) => {
		worker.terminate();
		throw error;
	});
	performance.mark('kloofmeter:engine-module');
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) => {
		engineStatus.bytesLoaded = p.bytesLoaded;
		engineStatus.bytesTotal = p.bytesTotal;
	});
	performance.mark('kloofmeter:engine-instantiated');
	fetched();
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
