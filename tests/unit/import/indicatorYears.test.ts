/**
 * Imported figures finished (issue #18 item 2): a further year of an indicator Kloofmeter has joins that indicator
 * with its own source; a count can be shown per 1.000 inwoners with the population of the same year, never another.
 */
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planIndicatorImport, type ExistingIndicator, type IndicatorForm } from '../../../src/lib/import/indicatorPlan';
import { prepareIndicatorFile } from '../../../src/lib/import/prepare';
import { fixture, gemeenten, indicatorIds, names, nlMessage, notesEn, notesNl, NOW, themeIds } from './support';

const values = Papa.parse<Record<string, string>>(readFileSync(resolve(__dirname, '../../../data/out/indicator_values.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
const population = Object.fromEntries(values.filter((v) => v.indicator_id === 'bevolking').map((v) => [`${v.area_code}|${v.period}`, Number(v.value)]));
const keysOf = (id: string) => values.filter((v) => v.indicator_id === id).map((v) => `${v.area_code}|${v.period}`);
const misdrijven: ExistingIndicator = { indicator_id: 'misdrijven_totaal', label_nl: 'Geregistreerde misdrijven', label_en: 'Registered crime', unit: 'count', direction: 'higher_worse', lens: 'geregistreerd' };
const ctx = { id: 'imp1', fileName: 'synthetisch-statline-misdrijven-2023-2024.csv', now: NOW, names, gemeenten, indicatorIds, themeIds, population };
const form = (o: Partial<IndicatorForm>): IndicatorForm => ({ measure: '', label: 'Misdrijven (download)', unit: 'count', direction: 'higher_worse', themeId: null, period: null, ...o });
const prepared = (path: string) => {
	const p = prepareIndicatorFile(fixture(path));
	if (!p.ok) throw new Error(p.problems.map(nlMessage).join('; '));
	return p.value;
};
const byKey = (cols: Record<string, (string | number | null)[]>) => Object.fromEntries(cols.area_code!.map((c, i) => [`${cols.indicator_id![i]}|${c}|${cols.period![i]}`, cols.value![i]]));

describe('a further year of an indicator Kloofmeter has', () => {
	const a = prepared('good/synthetisch-statline-misdrijven-2023-2024.csv');
	it('joins that indicator, with the import as its source; the years Kloofmeter has are set aside, not doubled', () => {
		const r = planIndicatorImport(a, form({ measure: a.measures[0]!, extends: 'misdrijven_totaal' }), { ...ctx, existing: misdrijven, existingKeys: keysOf('misdrijven_totaal') });
		if (!r.ok) throw new Error(r.problems.map(nlMessage).join('; '));
		expect(r.value.tables.indicators).toBeUndefined();
		expect(byKey(r.value.tables.indicator_values!)).toEqual({ 'misdrijven_totaal|GM0308|2024': 1100, 'misdrijven_totaal|GM0513|2024': 5200, 'misdrijven_totaal|GM0301|2024': 2950 });
		expect(new Set(r.value.tables.indicator_values!.source_id)).toEqual(new Set(['import_imp1']));
		expect(r.value.tables.sources).toMatchObject({ source_id: ['import_imp1'], publisher: ['Eigen import'], via: ['synthetisch-statline-misdrijven-2023-2024.csv'] });
		expect(r.value.setAside.find((s) => s.reason === 'existing')).toMatchObject({ count: 3 });
		expect(notesNl(r.value.notes)).toContain('Toegevoegd aan de bestaande indicator "Geregistreerde misdrijven" (2024)');
	});
	it('keeps the indicator’s unit and direction whatever the form says', () => {
		const r = planIndicatorImport(a, form({ measure: a.measures[0]!, extends: 'misdrijven_totaal', unit: 'percent', direction: 'neutral' }), { ...ctx, existing: misdrijven, existingKeys: [] });
		expect(r.ok).toBe(true);
	});
	it('refuses an indicator it does not have, and a file with nothing new', () => {
		const unknown = planIndicatorImport(a, form({ measure: a.measures[0]!, extends: 'armoede' }), { ...ctx, existing: misdrijven });
		expect(!unknown.ok && nlMessage(unknown.problems[0]!)).toBe('Kloofmeter heeft geen indicator "armoede" om aan te vullen.');
		const all = ['GM0308|2023', 'GM0308|2024', 'GM0513|2023', 'GM0513|2024', 'GM0301|2023', 'GM0301|2024'];
		const nothing = planIndicatorImport(a, form({ measure: a.measures[0]!, extends: 'misdrijven_totaal' }), { ...ctx, existing: misdrijven, existingKeys: all });
		expect(!nothing.ok && nlMessage(nothing.problems[0]!)).toMatch(/al voor elke gemeente en elk jaar/);
	});
});

describe('a count per 1.000 inwoners', () => {
	const a = prepared('good/synthetisch-statline-misdrijven-2023-2024.csv');
	it('uses the inhabitants of the same year, says which, and computes nothing for a year it has none of', () => {
		const r = planIndicatorImport(a, form({ measure: a.measures[0]!, perThousand: true, themeId: 'vandalisme_bedreiging' }), ctx);
		if (!r.ok) throw new Error(r.problems.map(nlMessage).join('; '));
		const v = byKey(r.value.tables.indicator_values!);
		const rate = 'eigen_misdrijven_download_per_1_000_inwoners';
		// Zutphen 2024: 2.950 offences, 48.752 inhabitants on 1 January 2024.
		expect(v[`${rate}|GM0301|2024`]).toBeCloseTo((2950 * 1000) / population['GM0301|2024']!, 3);
		expect(v[`${rate}|GM0301|2024`]).toBeCloseTo(60.51, 2);
		// 2023: Kloofmeter has no inhabitants of 2023, and does not borrow 2024's.
		expect(Object.keys(v).filter((k) => k.startsWith(rate) && k.endsWith('|2023'))).toEqual([]);
		expect(v['eigen_misdrijven_download|GM0301|2023']).toBe(3000);
		const notes = notesNl(r.value.notes);
		expect(notesEn(r.value.notes)).toContain('For 2023 Kloofmeter has no number of inhabitants (it has for 2019, 2021, 2024)');
		expect(notes).toContain('aantal inwoners op 1 januari van hetzelfde jaar (CBS Kerncijfers wijken en buurten): 2024.');
		expect(notes).toContain('Voor 2023 heeft Kloofmeter geen inwonertal (wel voor 2019, 2021, 2024)');
		const ind = r.value.tables.indicators!;
		expect(ind.indicator_id).toEqual(['eigen_misdrijven_download', rate]);
		expect(ind.unit).toEqual(['count', 'per_1000']);
		expect(String(ind.description_nl![1])).toContain('inwonertal van 2024');
		// The theme is linked to the rate: a count mostly says how large a gemeente is.
		expect(r.value.tables.theme_indicator_map!.indicator_id).toEqual([rate]);
	});
	it('is refused, with the years there are, when no year of the file has inhabitants', () => {
		const real = prepareIndicatorFile(new Uint8Array(readFileSync(resolve(__dirname, '../../../data/sources/crime/misdrijven_totaal_gemeente_2022_2023_47013NED.csv'))));
		if (!real.ok) throw new Error('fixture');
		const r = planIndicatorImport(real.value, form({ measure: real.value.measures[0]!, perThousand: true }), ctx);
		expect(!r.ok && nlMessage(r.problems[0]!)).toBe(
			'Per 1.000 inwoners is niet te berekenen: Kloofmeter heeft geen inwonertal van 2022, 2023 (wel van 2019, 2021, 2024, telkens op 1 januari). Zet het vinkje uit, of importeer een jaar waarvan het inwonertal er is.'
		);
		expect(!r.ok && r.problems[0]!.column).toEqual({ field: 'perThousand' });
	});
	it('is only for counts', () => {
		const r = planIndicatorImport(a, form({ measure: a.measures[0]!, perThousand: true, unit: 'percent' }), ctx);
		expect(!r.ok && r.problems.map(nlMessage).join(' ')).toContain('Alleen een aantal kan per 1.000 inwoners');
	});
});
