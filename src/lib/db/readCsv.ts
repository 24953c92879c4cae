/**
 * DuckDB's own CSV reader over a file the user chose: the yardstick for the app's import path (the benchmark and
 * the diagnostics page time both on the same file).
 */
import { getEngine } from './engine';
import { quoteIdent } from './sql';
import { LOCAL_FILE_PREFIX } from './readOnly';

export async function readCsvRows(file: File): Promise<{ rows: number; ms: number }> {
	const duckdb = await import('@duckdb/duckdb-wasm');
	const db = await getEngine();
	// Under the one prefix the locked engine may read (ENGINE_LOCKDOWN).
	const name = `${LOCAL_FILE_PREFIX}diagnose_${Date.now()}.csv`;
	await db.registerFileHandle(name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
	const conn = await db.connect();
	try {
		const t0 = performance.now();
		// All columns as text, as the import sees them; StatLine exports carry title lines, so errors are skipped.
		const table = await conn.query(`SELECT count(*) AS n FROM read_csv(${quoteLiteral(name)}, all_varchar = true, ignore_errors = true, null_padding = true)`);
		const ms = performance.now() - t0;
		return { rows: Number(table.getChild('n')?.get(0) ?? 0), ms };
	} finally {
		await conn.close();
		await db.dropFile(name).catch(() => undefined);
	}
}

function quoteLiteral(s: string): string {
	return `'${s.replace(/'/g, "''")}'`;
}

/**
 * Loads Arrow bytes into a scratch table and drops it: the import's last step, timed without keeping anything. The
 * bytes are given to the engine's worker (emptied here), as the loader gives it an import's.
 */
export async function loadScratch(ipc: Uint8Array): Promise<number> {
	const db = await getEngine();
	const conn = await db.connect();
	const name = quoteIdent('diagnose_scratch');
	try {
		await conn.query(`DROP TABLE IF EXISTS ${name}`);
		await conn.insertArrowFromIPCStream(ipc, { name: 'diagnose_scratch', create: true });
		const t = await conn.query(`SELECT count(*) AS n FROM ${name}`);
		return Number(t.getChild('n')?.get(0) ?? 0);
	} finally {
		await conn.query(`DROP TABLE IF EXISTS ${name}`).catch(() => undefined);
		await conn.close();
	}
}
