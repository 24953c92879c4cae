/** Every example question of the console runs, read-only, on the shipped tables and answers with rows. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { runConsoleOn, type ConsoleSession } from '../../../src/lib/db/console';
import { CONSOLE_EXAMPLES } from '../../../src/lib/db/consoleExamples';
import { TABLE_NAMES } from '../../../src/lib/schema/tables';
import { columnKinds } from '../../../src/lib/views/consoleColumns';
import { consoleSessionOf, shippedConnection } from '../support/duckdbNode';

let conn: DuckDBConnection;
let session: ConsoleSession;
beforeAll(async () => {
	conn = await shippedConnection(TABLE_NAMES);
	session = consoleSessionOf(conn);
});
afterAll(() => conn?.closeSync());

describe('the console’s example questions', () => {
	it.each(CONSOLE_EXAMPLES.map((e) => [e.nl, e] as const))('%s', async (_, example) => {
		const result = await runConsoleOn(session, example.sql);
		expect(result.rows.length).toBeGreaterThan(0);
	});
	it('print their years as years', async () => {
		const years = await runConsoleOn(session, CONSOLE_EXAMPLES[2]!.sql);
		expect(columnKinds(years.columns, years.rows)).toMatchObject({ eerste_jaar: 'digits', laatste_jaar: 'digits', gebieden: 'number' });
	});
});
