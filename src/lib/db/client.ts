/**
 * Typed queries against the page's DuckDB. Reads share one connection (below); a table is replaced on a connection
 * of its own, closed in `finally`. Parameters go through prepared statements, never into the text.
 */
import { keptPromise } from '$lib/kept';
import type { AsyncDuckDB, AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import type { Table } from 'apache-arrow';
import { getEngine } from './engine';
import type { Statement } from './sql';
import { quoteIdent } from './sql';
import { arrowToRows } from './rows';

let answered = false;

// The page's reads share one connection, and each statement is prepared once: DuckDB-wasm's worker answers one
// message at a time, and a selection change asks the same few statements again with new parameters, which then
// cost one round trip and no new plan instead of five round trips (connect, prepare, run, two closes) and a plan.
// DuckDB binds a prepared statement again when a table it reads has been replaced (an import), so none goes stale.
// Texts are few (parameters carry every value); the oldest is closed beyond MAX_PREPARED all the same.
const MAX_PREPARED = 64;
let reader: Promise<AsyncDuckDBConnection> | null = null;
const prepared = new Map<string, Promise<AsyncPreparedStatement>>();

function readerConnection(db: AsyncDuckDB): Promise<AsyncDuckDBConnection> {
	reader ??= db.connect().catch((error: unknown) => {
		reader = null;
		throw error;
	});
	return reader;
}

function preparedStatement(conn: AsyncDuckDBConnection, text: string): Promise<AsyncPreparedStatement> {
	let p = prepared.get(text);
	if (p) {
		// Most recently used last, so the first is the one to close.
		prepared.delete(text);
		prepared.set(text, p);
		return p;
	}
	// A statement that failed to prepare is asked again next time (the table may not have been there yet).
	p = keptPromise(prepared, text, () => conn.prepare(text));
	if (prepared.size > MAX_PREPARED) {
		const [oldest, statement] = prepared.entries().next().value!;
		prepared.delete(oldest);
		void statement.then((s) => s.close()).catch(() => undefined);
	}
	return p;
}

export async function queryArrow(stmt: Statement): Promise<Table> {
	const db = await getEngine();
	const started = performance.now();
	try {
		const conn = await readerConnection(db);
		if (stmt.params.length === 0) return await conn.query(stmt.text);
		return await (await preparedStatement(conn, stmt.text)).query(...stmt.params);
	} finally {
		// For the benchmark (bench/profile.ts): how much of a change is waiting for DuckDB, per statement.
		performance.measure('kloofmeter:query', { start: started, detail: stmt.text.replace(/\s+/g, ' ').slice(0, 60) });
		if (!answered) {
			answered = true;
			// For the benchmark (bench/): the first answer DuckDB gave on this page.
			performance.mark('kloofmeter:first-query');
		}
	}
}

/** Rows as plain objects (numbers as JS numbers, dates as ms), for Plot and for components. */
export async function queryRows<T extends Record<string, unknown>>(stmt: Statement): Promise<T[]> {
	return arrowToRows<T>(await queryArrow(stmt));
}

export interface TableLoad {
	/** Further parts (same schema), appended after the first bytes; copies are sent, the caller's are kept. */
	readonly more?: readonly Uint8Array[];
	/**
	 * Parts the caller gives up (imports read fresh from IndexedDB), appended last: handed to the engine's worker as
	 * they are, emptied here. Copying a 200 MB import's 600 MB of Arrow held the page for 1.6 s.
	 */
	readonly given?: readonly Uint8Array[];
	/**
	 * A condition from db/queries (never user text) the further parts' rows must meet: the gemeente level of the values
	 * takes an import's gemeente rows, not its wijken. The first bytes are a shipped file of that level already.
	 */
	readonly keep?: string | null;
	/**
	 * The table does not exist yet and nothing reads it before this settles (a page's first load of it): it is made
	 * where it stands, without the staging table and the swap, four statements fewer in the engine's worker on the
	 * way to the page's first answer. A failed fresh load may leave part of the table; load it again without `fresh`.
	 */
	readonly fresh?: boolean;
}

/**
 * Replaces (or creates) a table from Arrow IPC bytes in one transaction, so a failed load leaves the old table as
 * it was: the rows are put together in a staging table, then swapped in.
 */
export async function replaceTableFromArrow(table: string, ipc: Uint8Array, { more = [], given = [], keep = null, fresh = false }: TableLoad = {}): Promise<void> {
	const db = await getEngine();
	const conn = await db.connect();
	const staging = `${table}__staging`;
	const fill = async (name: string) => {
		// duckdb-wasm transfers the buffer to its worker (the caller's copy is left empty): send copies, so cached
		// bytes can be loaded again.
		await conn.insertArrowFromIPCStream(ipc.slice(), { name, create: true });
		for (const part of more) await conn.insertArrowFromIPCStream(part.slice(), { name, create: false });
		for (const part of given) await conn.insertArrowFromIPCStream(part, { name, create: false });
		if (keep !== null && more.length + given.length > 0) await conn.query(`DELETE FROM ${quoteIdent(name)} WHERE NOT (${keep})`);
	};
	if (fresh) {
		try {
			await fill(table);
		} finally {
			await conn.close();
		}
		return;
	}
	try {
		await conn.query(`DROP TABLE IF EXISTS ${quoteIdent(staging)}`);
		await fill(staging);
		await conn.query('BEGIN TRANSACTION');
		try {
			await conn.query(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);
			await conn.query(`ALTER TABLE ${quoteIdent(staging)} RENAME TO ${quoteIdent(table)}`);
			await conn.query('COMMIT');
		} catch (error) {
			await conn.query('ROLLBACK');
			throw error;
		}
	} finally {
		await conn.query(`DROP TABLE IF EXISTS ${quoteIdent(staging)}`).catch(() => undefined);
		await conn.close();
	}
}
