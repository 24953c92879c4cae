/**
 * The hand-written herindelingen and name forms, checked against the code lists and names in the sources.
 */
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildNameIndex, matchName, nameKey, type NameEntry } from '../../../src/lib/schema/names';
import { areaNameRows, codeIndex, collectSightings, isAggregate, readNameForms, resolveName } from '../../../scripts/data/areaNames';
import { checkAgainst, Indeling, readHerindelingen } from '../../../scripts/data/indeling';
import { readText } from '../../../scripts/data/io';
import { loadSources, type Sources } from '../../../scripts/data/load';

const root = resolve(__dirname, '../../..');
let src: Sources;
let indeling: Indeling;

beforeAll(() => {
	src = loadSources((rel) => readText(join(root, 'data/sources', rel)));
	const codes2025 = new Map(src.geo2025.map((g) => [g.code, g.name]));
	indeling = new Indeling(readHerindelingen(join(root, 'data/coded/herindelingen.csv')), codes2025);
});

describe('herindelingen.csv against the code lists of the sources', () => {
	it('reproduces the 2016, 2019, 2021, 2022 and 2024 lists exactly', () => {
		const lists: [number, string[]][] = [
			[2016, src.lbmGemeente.rows.map((r) => r.cells.GBD!)],
			[2019, src.kwb2019.map((k) => k.code)],
			[2021, src.kwb2021.rows.map((r) => r.cells.gm_code!)],
			[2022, src.crime2022.map((r) => r.code)],
			[2024, src.kwb2024.map((k) => k.code)]
		];
		for (const [year, codes] of lists) {
			const check = checkAgainst(indeling, year, `${year}`, codes);
			expect({ year, onlyDerived: check.onlyDerived, onlySource: check.onlySource }).toEqual({ year, onlyDerived: [], onlySource: [] });
		}
	});

	it('catches a herindeling that is missing or mis-dated', () => {
		const without = indeling.transfers.filter((t) => t.oldName !== 'Weesp');
		const broken = new Indeling(without, indeling.codes2025);
		expect(checkAgainst(broken, 2022, 'test', src.crime2022.map((r) => r.code)).onlySource).toEqual(['GM0457']);
		const early = indeling.transfers.map((t) => (t.newCode === 'GM1992' ? { ...t, date: '2022-01-01' } : t));
		expect(checkAgainst(new Indeling(early, indeling.codes2025), 2022, 'test', src.crime2022.map((r) => r.code)).onlyDerived).toEqual(['GM1992']);
	});

	it('gives the official number of gemeenten on 1 January of every year', () => {
		const official: Record<number, number> = { 2010: 431, 2011: 418, 2012: 415, 2013: 408, 2014: 403, 2015: 393, 2016: 390, 2017: 388, 2018: 380, 2019: 355, 2020: 355, 2021: 352, 2022: 345, 2023: 342, 2025: 342 };
		for (const [year, n] of Object.entries(official)) expect(indeling.codesAt(Number(year)).size, year).toBe(n);
	});

	it('dates every crime figure 2010-2020 in a year its gemeente existed', () => {
		const index = codeIndex(collectSightings(src, indeling, readNameForms(join(root, 'data/coded/name_forms.csv'))));
		let checked = 0;
		for (const r of src.crime2010) {
			const code = resolveName(index, r.name, 'test');
			if (!code || !r.count) continue;
			expect(indeling.codesAt(r.year).has(code), `${r.name} ${r.year}`).toBe(true);
			checked++;
		}
		expect(checked).toBeGreaterThan(3500);
	});

	it('explains every historic name in the crime file and every code gone since 2016', () => {
		const oldCodes = new Set(indeling.transfers.map((t) => t.oldCode));
		const sightings = collectSightings(src, indeling, readNameForms(join(root, 'data/coded/name_forms.csv')));
		const index = codeIndex(sightings);
		const current = new Set(src.geo2025.map((g) => nameKey(g.name)));
		const historic = [...new Set(src.crime2010.map((r) => r.name))].filter((n) => !isAggregate(n) && !current.has(nameKey(n)));
		expect(historic.length).toBeGreaterThan(100);
		for (const name of historic) {
			const code = resolveName(index, name, 'test')!;
			expect(oldCodes.has(code), name).toBe(true);
			expect(['merged', 'renamed', 'split']).toContain(indeling.successor(code).status);
		}
		const gone = [...src.lbmGemeente.rows.map((r) => r.cells.GBD!), ...src.kwb2019.map((k) => k.code), ...src.kwb2021.rows.map((r) => r.cells.gm_code!)].filter((c) => !indeling.codes2025.has(c));
		for (const code of gone) expect(oldCodes.has(code), code).toBe(true);
	});

	it('knows where merged, renamed and split gemeenten went', () => {
		expect(indeling.successor('GM0693')).toMatchObject({ code: 'GM1978', status: 'merged' }); // Graafstroom → Molenwaard → Molenlanden
		expect(indeling.successor('GM0241')).toMatchObject({ code: 'GM1945', status: 'renamed' }); // Groesbeek → Berg en Dal
		expect(indeling.successor('GM0140')).toMatchObject({ code: null, status: 'split' }); // Littenseradiel
		expect(indeling.successor('GM0308')).toMatchObject({ code: 'GM0308', status: 'current' });
	});

	it('finds the areas that make a 2025 gemeente in an earlier year', () => {
		expect(indeling.predecessors('GM1982', 2021)).toEqual({ codes: ['GM0756', 'GM0786', 'GM0815', 'GM1684', 'GM1702'], partial: [] });
		expect(indeling.predecessors('GM0363', 2022).codes).toEqual(['GM0363', 'GM0457']); // Weesp joined on 24 March 2022
		expect(indeling.predecessors('GM0855', 2019).partial.map((t) => t.oldName)).toEqual(['Haaren']);
		expect(indeling.unchangedSince('GM0308', 2010)).toBe(true);
		expect(indeling.unchangedSince('GM0335', 2010)).toBe(true);
		expect(indeling.unchangedSince('GM1621', 2010)).toBe(true);
		expect(indeling.unchangedSince('GM0080', 2016)).toBe(false);
	});
});

describe('area_names', () => {
	it('maps every name form to a 2025 code, except splits and totals', () => {
		const sightings = collectSightings(src, indeling, readNameForms(join(root, 'data/coded/name_forms.csv')));
		const rows = areaNameRows(sightings, codeIndex(sightings), indeling);
		const by = (name: string) => rows.find((r) => r.name_form === name);
		expect(by("'s-Gravenhage (gemeente)")).toMatchObject({ code: 'GM0518', status: 'current', normalised: "'s-gravenhage" });
		expect(by('Den Haag')).toMatchObject({ code: 'GM0518', status: 'current' });
		expect(by('Ljouwert')).toMatchObject({ code: 'GM0080', status: 'current' });
		expect(by('Abcoude')).toMatchObject({ code: 'GM0736', status: 'merged' });
		expect(by('Boarnsterhim')).toMatchObject({ code: null, status: 'split' });
		expect(by('Nederland')).toMatchObject({ code: null, status: 'unknown' });
		for (const r of rows) {
			if (r.status === 'unknown') expect(isAggregate(r.name_form), r.name_form).toBe(true);
			else if (r.status !== 'split') expect(indeling.codes2025.has(r.code!), r.name_form).toBe(true);
		}
	});
});

describe('names.ts matching', () => {
	const entry = (name_form: string, code: string | null, status: NameEntry['status'] = 'current'): NameEntry => ({ name_form, normalised: nameKey(name_form), code, status, note: '' });
	const index = buildNameIndex([entry('Bergen (NH.)', 'GM0373'), entry('Bergen (L.)', 'GM0893'), entry('Hengelo (O.)', 'GM0164'), entry("'s-Gravenhage", 'GM0518'), entry('Abcoude', 'GM0736', 'merged')]);

	it('meets different spellings of the same name', () => {
		expect(matchName(index, 'Bergen (NH)')).toMatchObject({ kind: 'match', via: 'exact', entry: { code: 'GM0373' } });
		expect(matchName(index, '’s-Gravenhage (gemeente)')).toMatchObject({ kind: 'match', entry: { code: 'GM0518' } });
		expect(matchName(index, 'ABCOUDE')).toMatchObject({ kind: 'match', entry: { code: 'GM0736', status: 'merged' } });
	});

	it('drops a province suffix only when one code remains', () => {
		expect(matchName(index, 'Hengelo')).toMatchObject({ kind: 'match', via: 'without_province', entry: { code: 'GM0164' } });
		expect(matchName(index, 'Bergen')).toMatchObject({ kind: 'ambiguous' });
		expect(matchName(index, 'Bergen (Gld.)')).toMatchObject({ kind: 'ambiguous' });
		expect(matchName(index, 'Atlantis')).toEqual({ kind: 'none' });
	});
});
