/** The SQL console's runner: read-only statements only, inside a transaction that is always rolled back. */
import { getEngine } from './engine';
import { consoleStatement, isReadOnlySql } from './readOnly';
import { arrowToRows } from './rows';

export interface ConsoleResult {
	readonly columns: string[];
	readonly rows: Record<string, unknown>[];
	readonly total: number;
}

export async function runConsole(sql: string, limit = 500): Promise<ConsoleResult> {
	if (!isReadOnlySql(sql)) throw new ReadOnlyError();
	const db = await getEngine();
	const conn = await db.connect();
	try {
		await conn.query('BEGIN TRANSACTION');
		try {
			const table = await conn.query(consoleStatement(sql));
			const rows = arrowToRows<Record<string, unknown>>(table);
			return { columns: table.schema.fields.map((f) => f.name), rows: rows.slice(0, limit), total: rows.length };
		} finally {
			await conn.query('ROLLBACK').catch(() => undefined);
		}
	} finally {
		await conn.close();
	}
}

export class ReadOnlyError extends Error {
	constructor() {
		super('read-only');
	}
}
