/**
 * The gap SQL on @duckdb/node-api (the same DuckDB version as the wasm build), on the real shipped files: DuckDB's
 * percentiles must equal the analysis module's, value for value.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { percentileRank } from '../../../src/lib/analysis/measured';
import { indicatorPercentiles, type PercentileRow } from '../../../src/lib/db/queries/gap';
import type { Statement } from '../../../src/lib/db/sql';

const out = resolve(__dirname, '../../../data/out');
let conn: DuckDBConnection;

async function rows(stmt: Statement): Promise<PercentileRow[]> {
	const reader = await conn.runAndReadAll(stmt.text, stmt.params as never);
	return reader.getRowObjectsJS() as unknown as PercentileRow[];
}

beforeAll(async () => {
	conn = await (await DuckDBInstance.create(':memory:')).connect();
	await conn.run(`CREATE TABLE gemeenten AS SELECT * FROM read_csv('${out}/gemeenten.csv', header = true, columns = {'code': 'VARCHAR', 'name': 'VARCHAR', 'province': 'VARCHAR', 'inhabitants': 'DOUBLE', 'area_land_km2': 'DOUBLE', 'density_per_km2': 'DOUBLE', 'urbanity': 'DOUBLE'})`);
	await conn.run(`CREATE TABLE indicator_values AS SELECT * FROM read_csv('${out}/indicator_values.csv', header = true, columns = {'indicator_id': 'VARCHAR', 'area_code': 'VARCHAR', 'period': 'INTEGER', 'value': 'DOUBLE', 'status': 'VARCHAR', 'boundary_year': 'INTEGER', 'source_id': 'VARCHAR'})`);
});
afterAll(() => conn?.closeSync());

describe('indicator percentiles in SQL', () => {
	it('equal the analysis module’s for every gemeente (crime 2020, higher is worse; LBM safety 2016, lower is worse)', async () => {
		for (const [indicator, period, direction] of [['misdrijven_per_1000', 2020, 'higher_worse'], ['lbm_veiligheid', 2016, 'lower_worse']] as const) {
			const result = await rows(indicatorPercentiles(indicator, period, direction));
			expect(result.length).toBeGreaterThan(250);
			const values = result.map((r) => r.value);
			for (const r of result) expect(r.percentile, `${indicator} ${r.area_code}`).toBeCloseTo(percentileRank(r.value, values, direction)!, 10);
			expect(Number(result[0]!.reference_size)).toBe(result.length);
		}
	});
	it('ranks within a peer list passed as parameters', async () => {
		const peers = ['GM0335', 'GM0589', 'GM0308'];
		const result = await rows(indicatorPercentiles('misdrijven_per_1000', 2020, 'higher_worse', peers));
		expect(result.map((r) => r.area_code)).toEqual([...peers].sort());
		const values = result.map((r) => r.value);
		const montfoort = result.find((r) => r.area_code === 'GM0335')!;
		expect(montfoort.percentile).toBeCloseTo(percentileRank(montfoort.value, values, 'higher_worse')!, 10);
	});
});
