/** What an import is checked against, asked of the shipped tables with the statements the import context runs. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areaNameRows, gemeenteNames, indicatorChoices, inhabitantsByYear, respondentGroups, type AreaNameRow, type GemeenteNameRow, type IndicatorChoiceRow, type InhabitantsRow, type RespondentGroupRow } from '../../../src/lib/db/queries/imports';
import { IMPORT_CONTEXT_TABLES, readImportContext } from '../../../src/lib/data/importContext';
import { matchName } from '../../../src/lib/schema/names';
import { rowsOf, runnerOf, shippedConnection } from '../support/duckdbNode';

let conn: DuckDBConnection;
beforeAll(async () => {
	conn = await shippedConnection(IMPORT_CONTEXT_TABLES);
});
afterAll(() => conn?.closeSync());

describe('import context SQL', () => {
	it('knows every gemeente by name, and the name forms with their codes', async () => {
		const gemeenten = await rowsOf<GemeenteNameRow>(conn, gemeenteNames());
		expect(gemeenten).toHaveLength(342);
		expect(gemeenten.find((g) => g.code === 'GM0335')?.name).toBe('Montfoort');
		const names = await rowsOf<AreaNameRow>(conn, areaNameRows());
		expect(names.find((n) => n.name_form === 'Montfoort' && n.status === 'current')?.code).toBe('GM0335');
		expect(names.every((n) => typeof n.note === 'string')).toBe(true);
	});

	it('gives the respondent groups of both conversations and findings, once each', async () => {
		const groups = (await rowsOf<RespondentGroupRow>(conn, respondentGroups())).map((g) => g.group);
		expect(groups).toContain('inwoner');
		expect(new Set(groups).size).toBe(groups.length);
		const fromFindings = await rowsOf<{ g: string }>(conn, { text: 'SELECT DISTINCT respondent_group AS g FROM findings WHERE respondent_group IS NOT NULL', params: [] });
		for (const f of fromFindings) expect(groups).toContain(f.g);
	});

	it('reads inhabitants per gemeente and year for the indicator asked, gemeenten only', async () => {
		const rows = await rowsOf<InhabitantsRow>(conn, inhabitantsByYear('bevolking'));
		expect(rows.every((r) => r.area_code.startsWith('GM'))).toBe(true);
		expect(rows.find((r) => r.area_code === 'GM0335')?.value).toBeGreaterThan(10_000);
		expect(await rowsOf(conn, inhabitantsByYear('no_such_indicator'))).toEqual([]);
	});

	it('offers the indicators by Dutch label', async () => {
		const list = await rowsOf<IndicatorChoiceRow>(conn, indicatorChoices());
		const labels = list.map((i) => i.label_nl);
		expect(labels).toEqual([...labels].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
		expect(list.some((i) => i.indicator_id === 'bevolking')).toBe(true);
	});
	it('makes the context the forms check a file against (the production loader over the shipped tables)', async () => {
		const ctx = await readImportContext(runnerOf(conn));
		expect(ctx.gemeenten.has('GM0335')).toBe(true);
		expect(matchName(ctx.names, 'Montfoort')).toMatchObject({ kind: 'match', via: 'exact', entry: { code: 'GM0335' } });
		expect(ctx.gemeenteList.find((g) => g.code === 'GM0335')?.forms).toContain('Montfoort');
		expect(ctx.themes.map((th) => th.nl)).toEqual([...ctx.themes.map((th) => th.nl)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
		expect(ctx.groups).toContain('inwoner');
		expect(Object.keys(ctx.population).some((k) => k.startsWith('GM0335|'))).toBe(true);
	});
});
