/** The browser engine itself (duckdb-wasm's node build, blocking API), for tests that must load what the page loads. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));

// The blocking bindings' connection: queries return Arrow tables synchronously.
export interface WasmConnection {
	query(sql: string): { toArray(): { toJSON(): unknown; [k: string]: unknown }[] };
	prepare(sql: string): { query(...params: unknown[]): { toArray(): { toJSON(): unknown }[] }; close(): void };
	insertArrowFromIPCStream(bytes: Uint8Array, options: { name: string; create: boolean }): void;
	useUnsafe<R>(use: (bindings: { runQuery(conn: number, text: string): Uint8Array }, conn: number) => R): R;
	close(): void;
}

/** `page`: opened with the page's query settings (db/engine.ts), BIGINT handed out as doubles. */
export async function wasmConnection(o: { page?: boolean } = {}): Promise<WasmConnection> {
	const db = await duckdb.createDuckDB(
		{
			mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
			eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await db.instantiate();
	if (o.page) await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	return db.connect();
}
