/**
 * A survey with margins (the Veiligheidsmonitor, CBS 85146NED), as downloaded: several measures in one file, the
 * margins as columns or as a dimension in the rows, regions above the gemeente. The fixtures have the table's shape
 * and invented numbers (their title says so); they are never shipped.
 */
import { describe, expect, it } from 'vitest';
import { planIndicatorImport, type IndicatorForm } from '../../../src/lib/import/indicatorPlan';
import { prepareIndicatorFile } from '../../../src/lib/import/prepare';
import { summarise } from '../../../src/lib/import/summary';
import { fixture, gemeenten, indicatorIds, names, nlMessage, NOW, themeIds } from './support';

const ctx = { id: 'vmtest', fileName: 'vm.csv', now: NOW, names, gemeenten, indicatorIds, themeIds };
const form = (o: Partial<IndicatorForm>): IndicatorForm => ({ measure: '', label: 'Voelt zich onveilig (VM)', unit: 'percent', direction: 'higher_worse', themeId: 'onveiligheidsgevoel', period: null, ...o });
const prepare = (file: string) => {
	const p = prepareIndicatorFile(fixture(`good/${file}`));
	if (!p.ok) throw new Error(JSON.stringify(p.problems));
	return p.value;
};

describe('a survey with margins', () => {
	it.each(['veiligheidsmonitor-marges-kolommen.csv', 'veiligheidsmonitor-marges-dimensie.csv'])('%s: each measure once, its margins recognised', (file) => {
		const a = prepare(file);
		expect(a.margins).toBe(true);
		expect(a.measures.some((m) => /Voelt zich weleens onveilig in eigen buurt/.test(m))).toBe(true);
		expect(a.measures.every((m) => !/grens|Waarde/i.test(m))).toBe(true);
		// The page's preview lists values only: one row of the file, one line (its rows are its keys).
		const rows = summarise(a).preview[a.measures[0]!]!.map((c) => c.row);
		expect(new Set(rows).size).toBe(rows.length);
	});
	it('imports a measure as a surveyed figure, with the 95% interval beside each gemeente’s value', () => {
		const a = prepare('veiligheidsmonitor-marges-kolommen.csv');
		expect(a.measures).toHaveLength(2);
		const r = planIndicatorImport(a, form({ measure: a.measures[0]! }), ctx);
		if (!r.ok) throw new Error(JSON.stringify(r.problems));
		expect(r.value.tables.indicators!.lens).toEqual(['ervaren']);
		const v = r.value.tables.indicator_values!;
		const m = r.value.tables.indicator_margins!;
		const montfoort = v.area_code!.indexOf('GM0335');
		expect(v.value![montfoort]).toBe(38);
		const i = m.area_code!.indexOf('GM0335');
		expect([m.lower![i], m.upper![i]]).toEqual([33.5, 42.5]);
		// Every value has its interval; the police unit is set aside as a region above the gemeente.
		expect(m.area_code!.length).toBe(v.area_code!.length);
		expect(r.value.setAside.find((s) => s.reason === 'aggregate')?.examples).toContain('Politie-eenheid Midden-Nederland');
		// The second measure of the same file imports on its own.
		const second = planIndicatorImport(a, form({ measure: a.measures[1]!, label: 'Rondhangende jongeren (VM)', themeId: 'jeugdoverlast' }), ctx);
		expect(second.ok && second.value.tables.indicator_values!.value![second.value.tables.indicator_values!.area_code!.indexOf('GM0335')]).toBe(11);
	});
	it('reads margins given as a dimension in the rows the same way', () => {
		const a = prepare('veiligheidsmonitor-marges-dimensie.csv');
		const r = planIndicatorImport(a, form({ measure: a.measures[0]! }), ctx);
		if (!r.ok) throw new Error(JSON.stringify(r.problems));
		const m = r.value.tables.indicator_margins!;
		const i = m.area_code!.indexOf('GM0335');
		expect([m.lower![i], m.upper![i]]).toEqual([33.5, 42.5]);
		expect(r.value.tables.indicator_values!.value!.length).toBe(22);
	});
	it('says so when a file holds only regions above the gemeente', () => {
		const a = prepare('veiligheidsmonitor-alleen-regios.csv');
		const r = planIndicatorImport(a, form({ measure: a.measures[0]! }), ctx);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(nlMessage(r.problems[0]!)).toMatch(/alleen cijfers voor gebieden boven de gemeente .*regio, niet de gemeente/);
	});
});
