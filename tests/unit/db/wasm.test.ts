/**
 * The browser engine itself, run in Node: the pipeline's Arrow bytes load into duckdb-wasm and a named query with
 * parameters answers from them. The rest of the SQL is tested on @duckdb/node-api (same DuckDB version).
 */
import { describe, expect, it } from 'vitest';
import { wasmConnection } from '../support/duckdbWasm';
import { parseDelimited, toArrowIpc, typeRecords, type ColumnSpec } from '../../../src/lib/schema/pipeline';
import { mapValues } from '../../../src/lib/db/queries/overview';
import { arrowToColumns, arrowToRows } from '../../../src/lib/db/rows';

const SPECS: ColumnSpec[] = [
	{ name: 'code', type: 'code', required: true },
	{ name: 'name', type: 'string', required: true },
	{ name: 'province', type: 'string', required: true },
	{ name: 'inhabitants', type: 'number' }
];

describe('duckdb-wasm (node build of the browser engine)', () => {
	it('loads pipeline Arrow and answers a parameterised named query', async () => {
		const conn = await wasmConnection();
		try {
			expect(conn.query('SELECT version() AS v').toArray()[0]!.v).toBe('v1.4.3');
			const csv = 'code;name;province;inhabitants\nGM0308;Baarn;Utrecht;25.000\nGM0335;Montfoort;Utrecht;14.000\nGM1621;Lansingerland;Zuid-Holland;.\n';
			const typed = typeRecords(parseDelimited(csv), SPECS);
			conn.insertArrowFromIPCStream(toArrowIpc(typed.table, SPECS), { name: 'gemeenten', create: true });
			conn.query(`CREATE TABLE indicator_values AS SELECT * FROM (VALUES ('x', 'GM0308', 2024, 1.5::DOUBLE, NULL, 2025, 's')) v(indicator_id, area_code, period, value, status, boundary_year, source_id)`);
			const stmt = mapValues('x', 2024, 'Utrecht');
			const prepared = conn.prepare(stmt.text);
			const rows = prepared.query(...stmt.params).toArray().map((r: { toJSON(): unknown }) => r.toJSON());
			prepared.close();
			expect(rows).toEqual([
				{ code: 'GM0308', name: 'Baarn', province: 'Utrecht', inhabitants: 25000, value: 1.5, status: null, source_id: 's' },
				{ code: 'GM0335', name: 'Montfoort', province: 'Utrecht', inhabitants: 14000, value: null, status: null, source_id: null }
			]);
		} finally {
			conn.close();
		}
	});
	it('hands over rows as the query types say: list columns as arrays (null stays null), counts as numbers', async () => {
		const conn = await wasmConnection();
		try {
			const table = conn.query(
				`SELECT k, list(DISTINCT v ORDER BY v) FILTER (WHERE v IS NOT NULL) AS words, list(p ORDER BY p) AS periods, count(*) AS n
				   FROM (VALUES ('a', 'veel', 2023), ('a', 'enkele', 2024), ('b', NULL, 2024)) t(k, v, p)
				  GROUP BY k ORDER BY k`
			) as unknown as Parameters<typeof arrowToRows>[0];
			expect(arrowToRows(table)).toEqual([
				{ k: 'a', words: ['enkele', 'veel'], periods: [2023, 2024], n: 2 },
				{ k: 'b', words: null, periods: [2024], n: 1 }
			]);
		} finally {
			conn.close();
		}
	});
	it('reads an answer of many chunks whole: every row in order, non-ASCII text, nulls in text, numbers and lists', async () => {
		const conn = await wasmConnection();
		try {
			// Ten thousand rows arrive in several record batches; every seventh text is null, every fifth is not ASCII.
			const table = conn.query(
				`SELECT i::INTEGER AS i, CASE WHEN i % 7 = 0 THEN NULL WHEN i % 5 = 0 THEN 'één ' || i ELSE 'x' || i END AS s,
				        CASE WHEN i % 3 = 0 THEN NULL ELSE ['ü' || i, NULL] END AS l
				   FROM range(10000) t(i) ORDER BY i`
			) as unknown as Parameters<typeof arrowToRows>[0] & { batches: unknown[] };
			expect(table.batches.length).toBeGreaterThan(1);
			const expected = Array.from({ length: 10000 }, (_, i) => ({ i, s: i % 7 === 0 ? null : i % 5 === 0 ? `één ${i}` : `x${i}`, l: i % 3 === 0 ? null : [`ü${i}`, null] }));
			expect(arrowToRows(table)).toEqual(expected);
			expect(arrowToColumns(table)).toEqual({ i: expected.map((r) => r.i), s: expected.map((r) => r.s), l: expected.map((r) => r.l) });
			// Its length is read once, not per row: a Table adds its batches up at every read (a 311,000-row answer of
			// an import held the page for a third of a second).
			let reads = 0;
			const counted = new Proxy(table, { get: (t, key) => (key === 'numRows' && reads++, Reflect.get(t, key, t)) });
			arrowToRows(counted);
			expect(reads).toBe(1);
		} finally {
			conn.close();
		}
	});
	it('reads an empty answer and a list column the FILTER left null in every row', async () => {
		const conn = await wasmConnection();
		try {
			const empty = conn.query(`SELECT 'a' AS k, ['x'] AS l, 1 AS n WHERE false`) as unknown as Parameters<typeof arrowToRows>[0];
			expect(arrowToRows(empty)).toEqual([]);
			const nulls = conn.query(
				`SELECT x % 2 AS k, list(x::VARCHAR) FILTER (WHERE false) AS l FROM range(4) t(x) GROUP BY k ORDER BY k`
			) as unknown as Parameters<typeof arrowToRows>[0];
			expect(arrowToRows(nulls)).toEqual([
				{ k: 0, l: null },
				{ k: 1, l: null }
			]);
		} finally {
			conn.close();
		}
	});
});
