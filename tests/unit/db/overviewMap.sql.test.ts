/**
 * The overview's first map is prerendered in TypeScript (server/overviewMap.ts) and redrawn by the browser from
 * DuckDB (mapIndicators, mapValues, mapCounts). Run on the same tables, the three statements must give the very rows
 * the build prerendered for the default indicator and period: otherwise the map changes when the engine arrives.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEIGHBOUR_YEARS } from '../../../src/lib/analysis/outliers';
import { mapCounts, mapIndicators, mapValues, type MapCountRow, type MapIndicatorRow, type MapValueRow } from '../../../src/lib/db/queries/overview';
import type { ReadTable, RowOf } from '../../../src/lib/schema/tables';
import { defaultMap, type DefaultMap } from '../../../src/lib/server/overviewMap';
import { readShippedTable } from '../../../src/lib/server/static';
import { countIndicatorOf, DEFAULT_INDICATOR, latestPeriod } from '../../../src/lib/views/overview';
import { rowsOf, shippedConnection } from '../support/duckdbNode';

let conn: DuckDBConnection;
beforeAll(async () => {
	conn = await shippedConnection(['gemeenten', 'indicators', 'indicator_values']);
});
afterAll(() => conn?.closeSync());

async function expectSameAsDuckDb(map: DefaultMap) {
	const indicators = await rowsOf<MapIndicatorRow>(conn, mapIndicators());
	expect(map.indicators.length).toBeGreaterThan(1);
	expect(map.indicators).toStrictEqual(indicators.map((i) => ({ ...i, periods: Array.from(i.periods, Number) })));
	const own = indicators.find((i) => i.indicator_id === DEFAULT_INDICATOR)!;
	expect(map.period).toBe(latestPeriod(Array.from(own.periods, Number)));

	const rows = await rowsOf<MapValueRow>(conn, mapValues(DEFAULT_INDICATOR, map.period));
	expect(rows.filter((r) => r.value !== null).length).toBeGreaterThan(300);
	expect(map.rows).toStrictEqual(rows);

	const countId = countIndicatorOf(DEFAULT_INDICATOR, own.unit);
	expect(countId).not.toBeNull();
	const counts = await rowsOf<MapCountRow>(conn, mapCounts(countId!, map.period, NEIGHBOUR_YEARS));
	expect(new Set(counts.map((c) => c.period)).size).toBeGreaterThan(1);
	expect(map.counts).toStrictEqual(counts);
}

describe('the prerendered default map', () => {
	it('has the indicators with their periods, every gemeente’s row and the counts, as DuckDB gives them', async () => {
		await expectSameAsDuckDb(defaultMap());
	});

	// The shipped files have no wijk figures of these indicators and list each gemeente's years in order, so only added
	// rows show whether both sides keep to gemeenten and to the map's period: a year only wijken have must not become
	// the period, a wijk's count must not count, and a gemeente's older figure listed last must not be its value.
	it('keeps to gemeenten and to the period when wijken and older years have figures too', async () => {
		const shipped = defaultMap();
		const countId = countIndicatorOf(DEFAULT_INDICATOR, shipped.indicators.find((i) => i.indicator_id === DEFAULT_INDICATOR)!.unit)!;
		const row = (indicator_id: string, area_code: string, period: number, value: number): RowOf<'indicator_values'> => ({ indicator_id, area_code, period, value, status: null, boundary_year: 2025, source_id: 'test' });
		const extra = [row(DEFAULT_INDICATOR, 'WK030800', shipped.period + 1, 12.5), row(countId, 'WK030800', shipped.period, 40), row(DEFAULT_INDICATOR, 'GM0308', shipped.period - 10, 99)];
		const read = ((name) => (name === 'indicator_values' ? [...readShippedTable(name), ...extra] : readShippedTable(name))) as ReadTable;
		await conn.run('BEGIN TRANSACTION');
		try {
			for (const v of extra) await conn.run('INSERT INTO indicator_values VALUES (?, ?, ?, ?, ?, ?, ?)', Object.values(v) as never);
			await expectSameAsDuckDb(defaultMap(read));
		} finally {
			await conn.run('ROLLBACK');
		}
	});
});
