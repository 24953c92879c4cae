/**
 * The console's Dutch sentences for DuckDB's errors, from errors DuckDB (@duckdb/node-api, the browser's version)
 * really gives for the mistakes people make.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { translateConsoleError } from '../../../src/lib/db/consoleErrors';

let conn: DuckDBConnection;
beforeAll(async () => {
	conn = await (await DuckDBInstance.create(':memory:')).connect();
	await conn.run("CREATE TABLE gemeenten AS SELECT 'GM0001' AS code, 'Aa' AS name, 5 AS inhabitants");
});
afterAll(() => conn?.closeSync());

async function errorOf(sql: string): Promise<string> {
	try {
		await conn.run(sql);
	} catch (e) {
		return (e as Error).message;
	}
	throw new Error(`no error for ${sql}`);
}

describe('DuckDB errors in the console', () => {
	it.each([
		['SELEC 1', 'syntax', { near: 'SELEC' }],
		['SELECT * FROM gemeenten WHERE', 'syntaxEnd', {}],
		['SELECT "name FROM gemeenten', 'unterminated', {}],
		['SELECT * FROM gemeente', 'tableMissing', { name: 'gemeente', hint: 'gemeenten' }],
		['SELECT naam FROM gemeenten', 'columnMissing', { name: 'naam', hint: 'name, inhabitants' }],
		['SELECT g.naam FROM gemeenten g', 'columnMissing', { name: 'g.naam' }],
		['SELECT foo(1)', 'functionMissing', { name: 'foo', hint: 'floor' }],
		['SELECT name, count(*) FROM gemeenten', 'groupBy', { name: 'name' }],
		['SELECT name FROM gemeenten g JOIN gemeenten h ON g.code = h.code', 'ambiguous', { name: 'name' }],
		["SELECT * FROM gemeenten WHERE inhabitants = 'veel'", 'conversion', { value: 'veel', type: 'geheel getal' }],
		['SELECT sum(name) FROM gemeenten', 'typeMismatch', { call: 'sum(VARCHAR)' }],
		["SELECT inhabitants + 'abc' FROM gemeenten", 'typeMismatch', {}],
		['SELECT * FROM gemeenten LIMIT -1', 'limit', {}]
	] as const)('%s → %s', async (sql, kind, params) => {
		const message = await errorOf(sql);
		const said = translateConsoleError(message);
		expect(said.kind).toBe(kind);
		expect(said.params).toMatchObject(params);
		// The original stays readable beneath the sentence, once.
		expect(said.original.startsWith(message.split('\n')[0]!)).toBe(true);
		expect(said.original.match(/LINE 1:/g)?.length ?? 0).toBeLessThanOrEqual(1);
	});
	it('an error it does not know keeps the general sentence and the original', () => {
		expect(translateConsoleError('Something new: nobody knows')).toEqual({ kind: 'other', params: {}, original: 'Something new: nobody knows' });
	});
});
