/**
 * Typed queries against the page's DuckDB. Each call takes its own connection and closes it in `finally`;
 * parameters go through prepared statements, never into the text.
 */
import type { Table } from 'apache-arrow';
import { getEngine } from './engine';
import type { Statement } from './sql';
import { quoteIdent } from './sql';
import { arrowToRows } from './rows';

let answered = false;

export async function queryArrow(stmt: Statement): Promise<Table> {
	const db = await getEngine();
	const started = performance.now();
	const conn = await db.connect();
	try {
		if (stmt.params.length === 0) return await conn.query(stmt.text);
		const prepared = await conn.prepare(stmt.text);
		try {
			return await prepared.query(...stmt.params);
		} finally {
			await prepared.close();
		}
	} finally {
		await conn.close();
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

/**
 * Replaces (or creates) a table from Arrow IPC bytes in one transaction, so a failed load leaves the old table as
 * it was. Further parts (imports, same schema) are appended to the staging table before the swap.
 */
export async function replaceTableFromArrow(table: string, ipc: Uint8Array, more: readonly Uint8Array[] = []): Promise<void> {
	const db = await getEngine();
	const conn = await db.connect();
	const staging = `${table}__staging`;
	try {
		await conn.query(`DROP TABLE IF EXISTS ${quoteIdent(staging)}`);
		// duckdb-wasm transfers the buffer to its worker (the caller's copy is left empty): send copies, so cached
		// bytes can be loaded again.
		await conn.insertArrowFromIPCStream(ipc.slice(), { name: staging, create: true });
		for (const part of more) await conn.insertArrowFromIPCStream(part.slice(), { name: staging, create: false });
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
