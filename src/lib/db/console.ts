/**
 * The SQL console's runner. DuckDB parses the statement (see ./readOnly.ts for the three locks); the statement runs
 * on a connection of its own, in a READ ONLY transaction that is rolled back, streamed so it can be stopped, and
 * returns at most CONSOLE_MAX_ROWS rows, so a result of millions of rows never reaches the page.
 */
import { getEngine } from './engine';
import { CONSOLE_MAX_ROWS, consoleStatement, refusalOf, wrapConsoleSql, type RefusalKind } from './readOnly';
import { arrowToRows } from './rows';

export interface ConsoleResult {
	readonly columns: string[];
	readonly rows: Record<string, unknown>[];
	/** More rows than shown exist (the query was cut at CONSOLE_MAX_ROWS). */
	readonly more: boolean;
}

/** What the runner needs from a DuckDB connection: the browser's and the tests' (Node) engines both provide it. */
export interface ConsoleSession {
	/** Prepares a statement and closes it again, executing nothing; rejects with DuckDB's error. */
	prepare(text: string): Promise<void>;
	/** Runs a statement whose answer is not needed (BEGIN, ROLLBACK). */
	exec(text: string): Promise<void>;
	/** Runs a query and returns its columns and rows. */
	read(text: string): Promise<{ columns: string[]; rows: Record<string, unknown>[] }>;
}

export class ConsoleRefusal extends Error {
	constructor(
		readonly kind: RefusalKind,
		/** DuckDB's own message, shown beneath the console's sentence. */
		readonly detail = ''
	) {
		super(`refused (${kind})${detail ? `: ${detail}` : ''}`);
	}
}

export class ConsoleCancelled extends Error {
	constructor() {
		super('cancelled');
	}
}

async function step<T>(run: () => Promise<T>, where: 'asWritten' | 'wrapped'): Promise<T> {
	try {
		return await run();
	} catch (error) {
		if (error instanceof ConsoleCancelled) throw error;
		const message = error instanceof Error ? error.message : String(error);
		const kind = refusalOf(message, where);
		throw kind ? new ConsoleRefusal(kind, message) : error;
	}
}

/** The console's three locks and its run, on any session (tested on @duckdb/node-api and on duckdb-wasm in Node). */
export async function runConsoleOn(session: ConsoleSession, sql: string, maxRows = CONSOLE_MAX_ROWS): Promise<ConsoleResult> {
	if (consoleStatement(sql) === '') throw new ConsoleRefusal('empty');
	const wrapped = wrapConsoleSql(sql, maxRows);
	await session.exec('BEGIN TRANSACTION READ ONLY');
	try {
		await step(() => session.prepare(sql), 'asWritten');
		await step(() => session.prepare(wrapped), 'wrapped');
		const { columns, rows } = await step(() => session.read(wrapped), 'wrapped');
		return { columns, rows: rows.slice(0, maxRows), more: rows.length > maxRows };
	} finally {
		await session.exec('ROLLBACK').catch(() => undefined);
	}
}

/**
 * Runs a console statement in the page's engine on a fresh connection (never one another query uses). Aborting the
 * signal cancels the running query (duckdb-wasm's cancelSent on the streamed query; the engine then fails it with
 * "query was canceled") and rejects with ConsoleCancelled; the connection is closed once the engine has let go.
 */
export async function runConsole(sql: string, signal?: AbortSignal): Promise<ConsoleResult> {
	if (signal?.aborted) throw new ConsoleCancelled();
	const db = await getEngine();
	const conn = await db.connect();
	let cancelled = false;
	const aborted = new Promise<never>((_, reject) => {
		signal?.addEventListener(
			'abort',
			() => {
				cancelled = true;
				void conn.cancelSent().catch(() => undefined);
				reject(new ConsoleCancelled());
			},
			{ once: true }
		);
	});
	aborted.catch(() => undefined);
	const session: ConsoleSession = {
		async prepare(text) {
			const prepared = await conn.prepare(text);
			await prepared.close();
		},
		async exec(text) {
			await conn.query(text);
		},
		async read(text) {
			// Streamed: the engine works in slices between which it answers other connections and sees a cancel.
			const reader = await conn.send(text, true);
			const rows: Record<string, unknown>[] = [];
			let columns: string[] = reader.schema?.fields.map((f) => f.name) ?? [];
			for await (const batch of reader) {
				if (cancelled) throw new ConsoleCancelled();
				columns = batch.schema.fields.map((f) => f.name);
				for (const row of arrowToRows<Record<string, unknown>>(batch)) rows.push(row);
			}
			return { columns, rows };
		}
	};
	const run = runConsoleOn(session, sql).finally(() => void conn.close().catch(() => undefined));
	try {
		return await Promise.race([run, aborted]);
	} catch (error) {
		if (!cancelled) throw error;
		// The engine answers a cancel with "query was canceled" within one polling slice; wait for that (briefly), so
		// the next statement does not queue behind the old one.
		await Promise.race([run.catch(() => undefined), new Promise((r) => setTimeout(r, 3000))]);
		throw new ConsoleCancelled();
	}
}
