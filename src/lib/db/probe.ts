/**
 * The engine on its own, for /diagnose and the benchmark's reference page: start DuckDB and have it answer one
 * query, with the moments each happened. The connection is closed whatever the query does: this is the page that
 * exists for when things fail.
 */
import { getEngine } from './engine';

export interface Probe {
	/** performance.now() when the engine was up, and when it had answered. */
	readonly ready: number;
	readonly answered: number;
	readonly answer: string;
}

export async function probeEngine(): Promise<Probe> {
	const db = await getEngine();
	const ready = performance.now();
	const conn = await db.connect();
	try {
		const table = await conn.query('SELECT 6 * 7 AS answer');
		const answered = performance.now();
		performance.mark('kloofmeter:first-query');
		return { ready, answered, answer: String(table.getChild('answer')?.get(0)) };
	} finally {
		await conn.close();
	}
}
