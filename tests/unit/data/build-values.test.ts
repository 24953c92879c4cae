/**
 * The built out files, checked against the source files themselves (real values, not shapes).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDelimited, typeRecords } from '../../../src/lib/schema/pipeline';
import { TABLE_SPECS, type TableName } from '../../../src/lib/schema/tables';
import { runBuild, type BuildResult } from '../../../scripts/data/build';
import { Indeling, readHerindelingen } from '../../../scripts/data/indeling';
import { formatNumber, parseCsv, readText } from '../../../scripts/data/io';
import { loadSources, type Sources } from '../../../scripts/data/load';

const root = resolve(__dirname, '../../..');
let out: string;
let build: BuildResult;
let src: Sources;
let indeling: Indeling;
type Row = Record<string, string>;
let values: Row[];

const table = (file: string): Row[] => parseCsv(build.files.get(file)!).rows.map((r) => ({ ...r.cells }));
const value = (id: string, code: string, period: number) => values.find((v) => v.indicator_id === id && v.area_code === code && v.period === String(period));

beforeAll(() => {
	out = mkdtempSync(join(tmpdir(), 'kloofmeter-values-'));
	build = runBuild(root, out);
	src = loadSources((rel) => readText(join(root, 'data/sources', rel)));
	indeling = new Indeling(readHerindelingen(join(root, 'data/coded/herindelingen.csv')), new Map(src.geo2025.map((g) => [g.code, g.name])));
	values = table('indicator_values.csv');
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('gemeenten', () => {
	it('has the 342 gemeenten of 2025 with KWB 2024 figures', () => {
		const rows = table('gemeenten.csv');
		expect(rows).toHaveLength(342);
		expect(new Set(rows.map((r) => r.code))).toEqual(new Set(src.geo2025.map((g) => g.code)));
		const baarn = rows.find((r) => r.code === 'GM0308')!;
		const kwb = src.kwb2024.find((k) => k.code === 'GM0308')!;
		expect(baarn).toMatchObject({ name: 'Baarn', province: 'Utrecht', inhabitants: String(kwb.inhabitants), density_per_km2: String(kwb.density) });
		expect(Number(baarn.area_land_km2)).toBeCloseTo(kwb.landHa! / 100, 2);
		expect(rows.find((r) => r.code === 'GM1992')!.urbanity).toBe(''); // Voorne aan Zee did not exist in 2021
	});
	it('writes the boundaries with code and name only', () => {
		const geo = JSON.parse(build.files.get('gemeenten_2025.geojson')!) as { features: { properties: object; geometry: unknown }[] };
		expect(geo.features).toHaveLength(342);
		expect(Object.keys(geo.features[0]!.properties)).toEqual(['code', 'name']);
		const baarn = geo.features.find((f) => (f.properties as { code: string }).code === 'GM0308')!;
		expect(baarn.geometry).toEqual(src.geo2025.find((g) => g.code === 'GM0308')!.geometry);
	});
});

describe('indicator values', () => {
	it('refers every area_code to a code that existed in its boundary_year', () => {
		const lists = new Map<number, Set<string>>([
			[2016, new Set(src.lbmGemeente.rows.map((r) => r.cells.GBD!).concat(src.lbmWijk.rows.map((r) => r.cells.GBD!)))],
			[2019, new Set(src.kwb2019.map((k) => k.code))],
			[2021, new Set(src.kwb2021.rows.map((r) => r.cells.gm_code!))],
			[2022, new Set(src.crime2022.map((r) => r.code))],
			[2024, new Set(src.kwb2024.map((k) => k.code))],
			[2025, new Set(src.geo2025.map((g) => g.code))]
		]);
		for (const v of values) {
			const year = Number(v.boundary_year);
			// Years without a source list (2010-2015, 2017, 2018, 2020) use the derived list, itself tested against the sources.
			const list = lists.get(year) ?? indeling.codesAt(year);
			expect(list.has(v.area_code!), `${v.indicator_id} ${v.area_code} ${v.period} @${year}`).toBe(true);
			if (v.area_code!.startsWith('GM')) {
				expect(indeling.codes2025.has(v.area_code!), v.area_code).toBe(true);
				if (year !== 2025) expect(indeling.unchangedSince(v.area_code!, year), `${v.area_code} ${year}`).toBe(true);
			}
		}
	});

	it('keeps name-keyed figures on the published year only where the code is the published one', () => {
		for (const v of values.filter((x) => x.source_id === 'cbs_83648ned_2010_2020')) {
			expect([v.period, '2025']).toContain(v.boundary_year);
		}
		expect(value('misdrijven_totaal', 'GM0308', 2016)!.boundary_year).toBe('2016');
		expect(value('misdrijven_totaal', 'GM1945', 2015)!.boundary_year).toBe('2025'); // published as Groesbeek GM0241
		expect(value('misdrijven_totaal', 'GM0299', 2012)!.boundary_year).toBe('2025'); // Zevenaar + Rijnwaarden
		for (const v of values.filter((x) => x.source_id === 'politie_47013ned')) expect(v.boundary_year).toBe('2025');
	});

	it('has no duplicate keys in any out file', () => {
		const keys: Record<string, string[]> = { 'indicator_values.csv': ['indicator_id', 'area_code', 'period'], 'gemeenten.csv': ['code'], 'indicators.csv': ['indicator_id'], 'sources.csv': ['source_id'], 'area_names.csv': ['name_form'] };
		for (const [file, cols] of Object.entries(keys)) {
			const seen = table(file).map((r) => cols.map((c) => r[c]).join('|'));
			expect(new Set(seen).size, file).toBe(seen.length);
		}
	});

	it('passes the app loader for every shipped table', () => {
		for (const [file, text] of build.files) {
			const name = file.replace(/\.csv$/, '') as TableName;
			if (!file.endsWith('.csv') || !(name in TABLE_SPECS)) continue;
			const parsed = parseDelimited(text, { delimiter: ',' });
			const typed = typeRecords(parsed, TABLE_SPECS[name], { decimal: '.' });
			expect([...parsed.errors, ...typed.errors], file).toEqual([]);
		}
	});

	it('gives Baarn, Montfoort and Lansingerland crime 2010-2020 and 2022-2023 and LBM 2012-2016', () => {
		for (const code of ['GM0308', 'GM0335', 'GM1621']) {
			for (const year of [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2022, 2023]) {
				expect(value('misdrijven_totaal', code, year), `${code} ${year}`).toBeDefined();
				expect(value('misdrijven_per_1000', code, year), `${code} ${year}`).toBeDefined();
			}
			for (const year of [2012, 2014, 2016]) {
				for (const id of ['lbm_totaal', 'lbm_woningen', 'lbm_bewoners', 'lbm_voorzieningen', 'lbm_veiligheid', 'lbm_fysiek']) {
					expect(value(id, code, year), `${id} ${code} ${year}`).toBeDefined();
				}
			}
		}
		const baarn2016 = src.crime2010.find((r) => r.name === 'Baarn' && r.year === 2016)!;
		expect(baarn2016.count).toBe(1280);
		expect(value('misdrijven_totaal', 'GM0308', 2016)).toMatchObject({ value: '1280', status: 'definitief', source_id: 'cbs_83648ned_2010_2020' });
		const montfoort = src.crime47013.find((r) => r.name === 'Montfoort')!;
		expect(value('misdrijven_totaal', 'GM0335', 2023)).toMatchObject({ value: String(montfoort.count2023), status: 'voorlopig' });
		const lbm = src.lbmGemeente.rows.find((r) => r.cells.GBD === 'GM1621' && r.cells.JAAR === '2014')!;
		expect(value('lbm_veiligheid', 'GM1621', 2014)!.value).toBe(formatNumber(Number(lbm.cells.RLBVEI)));
	});

	it('ships CBS’s own per-1000 figure wherever CBS gives one (2010-2020, 2022)', () => {
		const cbs = new Map<string, number>();
		for (const r of src.crime2010) if (r.count && r.per1000) cbs.set(`${r.name}|${r.year}`, r.per1000);
		const name = new Map(table('gemeenten.csv').map((g) => [g.code!, g.name!]));
		let compared = 0;
		for (const v of values.filter((x) => x.indicator_id === 'misdrijven_per_1000' && x.source_id === 'cbs_83648ned_2010_2020' && x.boundary_year === x.period)) {
			const n = name.get(v.area_code!)!;
			const given = cbs.get(`${n}|${v.period}`) ?? cbs.get(`${n} (gemeente)|${v.period}`);
			expect(Number(v.value), `${n} ${v.period}`).toBe(given);
			compared++;
		}
		expect(compared).toBeGreaterThan(2500);
		for (const v of values.filter((x) => x.indicator_id === 'misdrijven_per_1000' && x.period === '2022')) {
			expect(Number(v.value), v.area_code).toBe(src.crime2022.find((r) => r.code === v.area_code)!.per1000);
		}
		expect(value('misdrijven_per_1000', 'GM0308', 2016)!.value).toBe('52.3');
	});

	it('divides 2023 counts by the stated population: KWB 2024 inhabitants on 1 January 2024', () => {
		const rates = values.filter((x) => x.indicator_id === 'misdrijven_per_1000' && x.period === '2023');
		expect(rates).toHaveLength(342);
		for (const v of rates) {
			const count = Number(value('misdrijven_totaal', v.area_code!, 2023)!.value);
			const pop = src.kwb2024.find((k) => k.code === v.area_code)!.inhabitants!;
			expect(Math.abs(Number(v.value) - (count / pop) * 1000), v.area_code).toBeLessThanOrEqual(0.05 + 1e-9);
			expect(v.status).toBe('voorlopig');
		}
	});

	it('uses the denominator CBS uses: 1 January population (checked on 2019 with KWB 2019)', () => {
		const pop = new Map(src.kwb2019.map((k) => [k.name, k.population!]));
		let checked = 0;
		for (const r of src.crime2010.filter((x) => x.year === 2019 && x.count && x.per1000)) {
			const p = pop.get(r.name.replace(' (gemeente)', ''));
			if (!p) continue;
			const slack = 0.05 + (2.5 / p) * 1000 + 1e-9; // CBS rounds rates to 0.1 and counts to 5
			expect(Math.abs((r.count! / p) * 1000 - r.per1000!), r.name).toBeLessThanOrEqual(slack);
			checked++;
		}
		expect(checked).toBeGreaterThan(250);
		const eemsdelta = ['Appingedam', 'Delfzijl', 'Loppersum'];
		const count = eemsdelta.reduce((s, n) => s + src.crime2010.find((r) => r.name === n && r.year === 2019)!.count!, 0);
		const inhabitants = eemsdelta.reduce((s, n) => s + pop.get(n)!, 0);
		expect(value('misdrijven_totaal', 'GM1979', 2019)!.value).toBe(String(count));
		expect(Number(value('misdrijven_per_1000', 'GM1979', 2019)!.value)).toBeCloseTo((count / inhabitants) * 1000, 1);
		expect(value('misdrijven_per_1000', 'GM1979', 2018)).toBeUndefined(); // no 1 January 2018 populations: left out
	});

	it('sums counts of whole mergers only, never rates, and leaves splits out', () => {
		const zevenaar = ['Zevenaar', 'Rijnwaarden'].map((n) => src.crime2010.find((r) => r.name === n && r.year === 2015)!.count!);
		expect(value('misdrijven_totaal', 'GM0299', 2015)!.value).toBe(String(zevenaar[0]! + zevenaar[1]!));
		expect(value('misdrijven_per_1000', 'GM0299', 2015)).toBeUndefined();
		expect(value('misdrijven_totaal', 'GM0080', 2016)).toBeUndefined(); // Leeuwarden got part of Littenseradiel in 2018
		expect(value('misdrijven_totaal', 'GM0855', 2019)).toBeUndefined(); // Tilburg got part of Haaren in 2021
		expect(value('lbm_totaal', 'GM0080', 2016)).toBeUndefined();
		const wijk = src.lbmWijk.rows.find((r) => r.cells.GBD === 'WK030800' && r.cells.JAAR === '2016')!;
		expect(value('lbm_totaal', 'WK030800', 2016)).toMatchObject({ value: formatNumber(Number(wijk.cells.RLBRMTR)), boundary_year: '2016' }); // wijk codes of 2016 stay
	});

	it('computes population growth 2019 → 2024 over the 2025 area', () => {
		const p19 = src.kwb2019.filter((k) => ['GM0003', 'GM0010', 'GM0024'].includes(k.code)).reduce((s, k) => s + k.population!, 0);
		const p24 = src.kwb2024.find((k) => k.code === 'GM1979')!.inhabitants!;
		expect(Number(value('bevolkingsgroei_pct', 'GM1979', 2024)!.value)).toBeCloseTo(((p24 - p19) / p19) * 100, 2);
		expect(value('bevolkingsgroei_pct', 'GM0855', 2024)).toBeUndefined();
		expect(value('bevolking', 'GM0308', 2019)).toMatchObject({ value: String(src.kwb2019.find((k) => k.code === 'GM0308')!.population), boundary_year: '2019' });
	});

	it('combines KWB 2021 population shares with population weights only', () => {
		const rows = ['GM1685', 'GM0856'].map((c) => src.kwb2021.rows.find((r) => r.cells.gm_code === c)!.cells);
		const w = rows.map((r) => Number(r.inwoners));
		const p = rows.map((r) => Number(r['Demographics: 65+ years (%)']));
		expect(Number(value('ouderen_65plus_pct', 'GM1991', 2021)!.value)).toBeCloseTo((p[0]! * w[0]! + p[1]! * w[1]!) / (w[0]! + w[1]!), 2);
		expect(value('woz_gem', 'GM1991', 2021)).toBeUndefined();
		const baarn = src.kwb2021.rows.find((r) => r.cells.gm_code === 'GM0308')!.cells;
		expect(value('adressendichtheid', 'GM0308', 2021)!.value).toBe(formatNumber(Number(baarn['Demographics: Population density (per km²)'])));
	});

	it('has a catalogue row for every indicator and a sources row for every source', () => {
		const ids = new Set(table('indicators.csv').map((r) => r.indicator_id));
		const sources = new Set(table('sources.csv').map((r) => r.source_id));
		for (const v of values) {
			expect(ids.has(v.indicator_id), v.indicator_id).toBe(true);
			expect(sources.has(v.source_id), v.source_id).toBe(true);
		}
		for (const r of table('indicators.csv')) for (const s of r.source_ids!.split(';')) expect(sources.has(s), s).toBe(true);
		const fixed = ['misdrijven_totaal', 'misdrijven_per_1000', 'lbm_totaal', 'lbm_woningen', 'lbm_bewoners', 'lbm_voorzieningen', 'lbm_veiligheid', 'lbm_fysiek', 'bevolking', 'bevolkingsgroei_pct', 'jongeren_15_24_pct', 'kinderen_0_14_pct', 'ouderen_65plus_pct', 'eenpersoonshuishoudens_pct', 'huishoudgrootte_gem', 'laag_inkomen_pct', 'sociaal_minimum_pct', 'bijstand_per_1000', 'jeugdzorg_pct', 'wmo_per_1000', 'huurwoningen_pct', 'sociale_huur_pct', 'woz_gem', 'inkomen_per_inwoner', 'stedelijkheid', 'adressendichtheid', 'bevolkingsdichtheid'];
		for (const id of fixed) {
			expect(ids.has(id), id).toBe(true);
			expect(values.some((v) => v.indicator_id === id), id).toBe(true);
		}
		expect(table('indicators.csv').find((r) => r.indicator_id === 'misdrijven_totaal')!.periods).toBe('2010-2020;2022-2023');
	});

	it('writes numbers with at most 6 decimals, no exponent, no trailing zeros', () => {
		for (const v of values) expect(v.value, `${v.indicator_id} ${v.area_code}`).toMatch(/^-?\d+(\.\d{0,5}[1-9])?$/);
		expect(formatNumber(-5.8037221815465701e-5)).toBe('-0.000058');
		expect(formatNumber(1e-9)).toBe('0');
		expect(formatNumber(58085)).toBe('58085');
		expect(formatNumber(12.5)).toBe('12.5');
	});
});
