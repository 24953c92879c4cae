/**
 * The page's engine lent to one import (src/lib/import/engine.ts): the chosen file registered under the one prefix
 * the locked engine may read (ENGINE_LOCKDOWN), a connection of its own whose TEMP tables die with it, and a cancel
 * that interrupts the running statement. Whatever happens, the connection is closed and the file unregistered.
 */
import { Table, tableFromIPC, tableToIPC, type RecordBatch, type Schema } from 'apache-arrow';
import { streamOfFile, utf8Vector } from './arrowBytes';
import type { EngineConnection, EngineFile } from '$lib/import/engine';
import { getEngine } from './engine';
import { LOCAL_FILE_PREFIX } from './readOnly';
import { arrowToColumns, arrowToRows } from './rows';
import { quoteIdent, type Statement } from './sql';

export class ImportCancelled extends Error {
	constructor() {
		super('cancelled');
	}
}

export async function withImportEngine<T>(file: File, id: string, signal: AbortSignal, use: (conn: EngineConnection, file: EngineFile) => Promise<T>): Promise<T> {
	if (signal.aborted) throw new ImportCancelled();
	const duckdb = await import('@duckdb/duckdb-wasm');
	const db = await getEngine();
	const name = `${LOCAL_FILE_PREFIX}import_${id}.csv`;
	// Read where it lies (no copy into the engine's memory), as the diagnostics page's read_csv does.
	await db.registerFileHandle(name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
	const conn = await db.connect();
	const onAbort = () => void conn.cancelSent().catch(() => undefined);
	signal.addEventListener('abort', onAbort, { once: true });
	// The long statements (reading and classifying the body) have no parameters and are streamed, so the engine works
	// in slices and sees a cancel between them (as the SQL console's queries do); the short ones are prepared, not
	// streamed, and a cancel waits for their end.
	const result = async (stmt: Statement) => {
		if (signal.aborted) throw new ImportCancelled();
		if (stmt.params.length === 0) return collect(await conn.send(stmt.text, true));
		const prepared = await conn.prepare(stmt.text);
		try {
			return await prepared.query(...stmt.params);
		} finally {
			await prepared.close();
		}
	};
	const collect = async (reader: AsyncIterable<RecordBatch> & { schema?: Schema }) => {
		const batches: RecordBatch[] = [];
		for await (const batch of reader) {
			if (signal.aborted) throw new ImportCancelled();
			batches.push(batch);
		}
		return batches.length > 0 ? new Table(batches) : new Table(reader.schema!);
	};
	const engine: EngineConnection = {
		run: async (stmt) => void (await result(stmt)),
		rows: async (stmt) => arrowToRows(await result(stmt)),
		columns: async (stmt) => arrowToColumns(await result(stmt)),
		// The engine's own bytes, unframed (arrowFile.ts): decoding 7 million values into a table and encoding them again
		// held the page for seconds. Not streamed, so a cancel waits for this one statement's end.
		ipc: async (stmt) => {
			if (signal.aborted) throw new ImportCancelled();
			if (stmt.params.length > 0) throw new Error('an Arrow answer is taken from a statement without parameters');
			const file = await conn.useUnsafe((bindings, id) => bindings.runQuery(id, stmt.text));
			try {
				return streamOfFile(file);
			} catch {
				return tableToIPC(tableFromIPC(file), 'stream');
			}
		},
		// As Arrow: a prepared statement with a long text parameter breaks duckdb-wasm 1.32 (memory out of bounds).
		table: async (table, columns) => {
			const names = Object.keys(columns);
			if ((columns[names[0]!]?.length ?? 0) === 0) {
				// An Arrow stream of no rows carries no batch to create the table from.
				await conn.query(`CREATE TABLE ${quoteIdent(table)} (${names.map((c) => `${quoteIdent(c)} VARCHAR`).join(', ')})`);
				return;
			}
			const arrow = new Table(Object.fromEntries(Object.entries(columns).map(([name, values]) => [name, utf8Vector(values)])));
			await conn.insertArrowFromIPCStream(tableToIPC(arrow, 'stream'), { name: table, create: true });
		}
	};
	try {
		return await use(engine, { name, blob: file });
	} catch (error) {
		if (signal.aborted) throw new ImportCancelled();
		throw error;
	} finally {
		signal.removeEventListener('abort', onAbort);
		// The lookup tables came in as Arrow, which makes ordinary tables: after a cancel they are dropped here (the
		// TEMP ones die with the connection).
		const left = await conn.query(`SELECT table_name FROM duckdb_tables() WHERE NOT temporary AND starts_with(table_name, 'import_${id.replace(/'/g, "''")}_')`).catch(() => null);
		for (const row of left ? arrowToRows<{ table_name: string }>(left) : []) await conn.query(`DROP TABLE IF EXISTS ${quoteIdent(row.table_name)}`).catch(() => undefined);
		await conn.close().catch(() => undefined);
		await db.dropFile(name).catch(() => undefined);
	}
}
