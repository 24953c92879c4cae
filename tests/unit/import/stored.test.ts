/**
 * What is kept of an import: Arrow bytes per table that the browser engine (duckdb-wasm, node build) loads as the
 * same rows the plan made, and the summary a gemeente page asks.
 */
import { describe, expect, it } from 'vitest';
import { wasmConnection } from '../support/duckdbWasm';
import { planIndicatorImport } from '../../../src/lib/import/indicatorPlan';
import { prepareIndicatorFile } from '../../../src/lib/import/prepare';
import { toStored } from '../../../src/lib/import/record';
import { summarise } from '../../../src/lib/import/summary';
import { fixture, gemeenten, indicatorIds, names, NOW, themeIds } from './support';


describe('a kept import', () => {
	const p = prepareIndicatorFile(fixture('good/statline-kerncijfers-cp1252.csv'));
	if (!p.ok) throw new Error('fixture');
	const plan = planIndicatorImport(p.value, { measure: p.value.measures[1]!, label: 'Misdrijven', unit: 'per_1000', direction: 'higher_worse', themeId: 'jeugdoverlast', period: null }, { id: 'kept', fileName: 'x.csv', now: NOW, names, gemeenten, indicatorIds, themeIds });
	if (!plan.ok) throw new Error('plan');

	it('summarises the analysis for the page without its cells', () => {
		const s = summarise(p.value, 3);
		expect(s.cellCount).toBe(p.value.cells.length);
		expect(s.preview[p.value.measures[0]!]).toHaveLength(3);
		expect(s.needsPeriod).toBe(false);
		expect('cells' in s).toBe(false);
	});

	it('holds Arrow bytes that duckdb-wasm loads as the planned rows, and the areas it concerns', async () => {
		const stored = toStored(plan.value);
		expect(Object.keys(stored.ipc).sort()).toEqual(['indicator_values', 'indicators', 'sources', 'theme_indicator_map']);
		expect([...stored.areas].sort()).toEqual(['GM0308', 'GM0335', 'GM0373', 'GM0518', 'GM1621']);
		expect(stored.trajectoryGemeenten).toEqual([]);
		const conn = await wasmConnection();
		try {
			conn.insertArrowFromIPCStream(stored.ipc.indicator_values!, { name: 'indicator_values', create: true });
			const rows = conn.query('SELECT area_code, period, value, source_id FROM indicator_values ORDER BY area_code').toArray().map((r: { toJSON(): unknown }) => r.toJSON());
			expect(rows).toEqual([
				{ area_code: 'GM0308', period: 2022, value: 41.2, source_id: 'import_kept' },
				{ area_code: 'GM0335', period: 2022, value: 26.9, source_id: 'import_kept' },
				{ area_code: 'GM0373', period: 2022, value: 33, source_id: 'import_kept' },
				{ area_code: 'GM0518', period: 2022, value: 71.3, source_id: 'import_kept' },
				{ area_code: 'GM1621', period: 2022, value: 30.1, source_id: 'import_kept' }
			]);
		} finally {
			conn.close();
		}
	});
});
