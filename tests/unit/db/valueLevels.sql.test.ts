/**
 * The overview loads only the gemeente level of the values (data/shipped.svelte.ts GEMEENTE_VALUES): the table then
 * holds what `valueLevelIs('gemeente')` keeps. That is only right if every statement of the map answers the same on
 * that table as on the whole one, wijk rows of the same indicators and periods included.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { valueLevelIs } from '../../../src/lib/db/queries/levels';
import { mapCounts, mapIndicators, mapSourceRows, mapValues, type MapIndicatorRow } from '../../../src/lib/db/queries/overview';
import { valueLevelOf } from '../../../src/lib/schema/tables';
import { rowsOf, shippedConnection } from '../support/duckdbNode';

const TABLES = ['gemeenten', 'indicators', 'indicator_values', 'sources'] as const;
let whole: DuckDBConnection;
let gemeenten: DuckDBConnection;

// Wijk figures in a gemeente's years and in a year of their own, a buurt's, and a former gemeente's code (still GM).
async function addTraps(conn: DuckDBConnection) {
	await conn.run(`INSERT INTO indicator_values
		SELECT indicator_id, 'WK' || substr(area_code, 3) || '01', period, value * 3, NULL, boundary_year, source_id FROM indicator_values WHERE starts_with(area_code, 'GM')
		UNION ALL SELECT indicator_id, 'BU' || substr(area_code, 3) || '0101', period + 1, value, NULL, boundary_year, source_id FROM indicator_values WHERE starts_with(area_code, 'GM')
		UNION ALL SELECT 'bevolking', 'GM9999', 2023, 1, NULL, 2020, 'cbs_85039ned'`);
}

beforeAll(async () => {
	whole = await shippedConnection(TABLES);
	gemeenten = await shippedConnection(TABLES);
	await addTraps(whole);
	await addTraps(gemeenten);
	// What the loader's gemeente level keeps of the shipped and imported rows (db/client.ts replaceTableFromArrow).
	await gemeenten.run(`DELETE FROM indicator_values WHERE NOT (${valueLevelIs('gemeente')})`);
});
afterAll(() => {
	whole?.closeSync();
	gemeenten?.closeSync();
});

describe('the gemeente level of the values', () => {
	it('keeps the rows valueLevelOf calls gemeente, and drops the rest', async () => {
		const all = await rowsOf<{ area_code: string }>(whole, { text: 'SELECT area_code FROM indicator_values ORDER BY ALL', params: [] });
		const kept = await rowsOf<{ area_code: string }>(gemeenten, { text: 'SELECT area_code FROM indicator_values ORDER BY ALL', params: [] });
		expect(kept.length).toBeGreaterThan(20_000);
		expect(kept.length).toBeLessThan(all.length / 2);
		expect(kept).toStrictEqual(all.filter((r) => valueLevelOf(r.area_code) === 'gemeente'));
		expect(kept.some((r) => r.area_code === 'GM9999')).toBe(true);
	});

	it('gives every statement of the map the answers the whole table gives', async () => {
		const indicators = await rowsOf<MapIndicatorRow>(whole, mapIndicators());
		expect(indicators.length).toBeGreaterThan(10);
		expect(await rowsOf(gemeenten, mapIndicators())).toStrictEqual(indicators);
		let compared = 0;
		for (const i of indicators) {
			for (const period of Array.from(i.periods, Number)) {
				for (const stmt of [mapValues(i.indicator_id, period), mapValues(i.indicator_id, period, 'Utrecht'), mapCounts(i.indicator_id, period, 1), mapSourceRows(i.indicator_id, period)]) {
					expect(await rowsOf(gemeenten, stmt), `${stmt.text} ${JSON.stringify(stmt.params)}`).toStrictEqual(await rowsOf(whole, stmt));
					compared++;
				}
			}
		}
		expect(compared).toBeGreaterThan(100);
	});
});
