/**
 * The shipped tables in @duckdb/node-api (the same DuckDB version as the wasm build), typed by the same specs the
 * browser loader enforces, for SQL tests on the real data.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateSynthetic } from '../../../scripts/synthetic/generate';
import { TABLE_SPECS, type TableName } from '../../../src/lib/schema/tables';
import type { ConsoleSession } from '../../../src/lib/db/console';
import type { QueryRunner, Statement } from '../../../src/lib/db/sql';

const OUT = resolve(__dirname, '../../../data/out');
const SQL_TYPES = { string: 'VARCHAR', code: 'VARCHAR', number: 'DOUBLE', integer: 'INTEGER' } as const;

export async function shippedConnection(tables: readonly TableName[]): Promise<DuckDBConnection> {
	const conn = await (await DuckDBInstance.create(':memory:')).connect();
	for (const table of tables) await conn.run(`CREATE TABLE ${table} AS ${typedCsv(table, `${OUT}/${table}.csv`)}`);
	return conn;
}

/** Adds the rows of a CSV with a table's columns (say, generated synthetic data), typed as the table is. */
export async function appendCsv(conn: DuckDBConnection, table: TableName, path: string): Promise<void> {
	await conn.run(`INSERT INTO ${table} ${typedCsv(table, path)}`);
}

/**
 * The shipped tables with synthetic trajectories, conversations and findings added (scale 1: many trajectories,
 * groups and words), for SQL tests of the comparison at a small scale. `close` also removes the generated files.
 */
export async function syntheticConnection(tables: readonly TableName[], seed: number): Promise<{ conn: DuckDBConnection; close(): void }> {
	const dir = mkdtempSync(join(tmpdir(), 'kloofmeter-synthetic-'));
	generateSynthetic({ scale: 1, seed, outDir: dir, root: resolve(__dirname, '../../..') });
	const conn = await shippedConnection(tables);
	for (const table of ['trajectories', 'conversations', 'findings'] as const) await appendCsv(conn, table, join(dir, `${table}.csv`));
	return {
		conn,
		close: () => {
			conn.closeSync();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

function typedCsv(table: TableName, path: string): string {
	const columns = TABLE_SPECS[table].map((c) => `'${c.name}': '${SQL_TYPES[c.type as keyof typeof SQL_TYPES]}'`).join(', ');
	return `SELECT * FROM read_csv('${path}', header = true, columns = {${columns}})`;
}

export async function rowsOf<T>(conn: DuckDBConnection, stmt: Statement): Promise<T[]> {
	const reader = await conn.runAndReadAll(stmt.text, stmt.params as never);
	return (reader.getRowObjectsJS() as Record<string, unknown>[]).map((row) => plainRow(row) as T);
}

/** BigInts (counts) as numbers, as the page's rows have them (db/rows.ts). */
function plainRow(row: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]));
}

/**
 * The production loaders' runner over one connection. The loaders ask in parallel (Promise.all), which a single
 * node-api connection refuses ("Failed to execute prepared statement"), so the statements queue.
 */
export function runnerOf(conn: DuckDBConnection): QueryRunner {
	let tail: Promise<unknown> = Promise.resolve();
	return <T extends Record<string, unknown>>(stmt: Statement) => {
		const answer = tail.then(() => rowsOf<T>(conn, stmt));
		tail = answer.catch(() => undefined);
		return answer;
	};
}

/** The SQL console's session over a node-api connection, as db/console.ts gives it one over the page's engine. */
export function consoleSessionOf(conn: DuckDBConnection): ConsoleSession {
	return {
		async prepare(text) {
			(await conn.prepare(text)).destroySync();
		},
		async exec(text) {
			await conn.run(text);
		},
		async read(text) {
			const reader = await conn.runAndReadAll(text);
			const rows = (reader.getRowObjectsJS() as Record<string, unknown>[]).map(plainRow);
			return { columns: reader.columnNames(), rows };
		}
	};
}
