/**
 * The comparison's path (DuckDB aggregates, then the pure pair analysis) on the real shipped data must give every
 * trajectory × theme the same reading (step, researchers' lens, subject words, scope), percentile and class as the
 * gemeente page's path (rows in TypeScript). The comparison side runs the production loaders (data/compare.ts
 * readCompareBase, readCompareSelection) on @duckdb/node-api, and the production analysis (comparePairs).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coOccurrenceAcrossTrajectories, recurringThemes, withholdSmallCells, type PairGap, type ThemeCounts } from '../../../src/lib/analysis/compare';
import { COMPARE_TABLES, comparePairs, readCompareBase, readCompareSelection } from '../../../src/lib/data/compare';
import { gapPage } from '../../../src/lib/server/gap';
import {
	filterOptions,
	trajectoriesFor,
	type FilterOptionRow,
	type TrajectoryRow
} from '../../../src/lib/db/queries/compare';
import { statement } from '../../../src/lib/db/sql';
import { NO_FILTERS, type FindingFilters } from '../../../src/lib/schema/filters';
import { rowsOf, runnerOf, shippedConnection } from '../support/duckdbNode';

let conn: DuckDBConnection;
beforeAll(async () => {
	conn = await shippedConnection(COMPARE_TABLES);
});
afterAll(() => conn?.closeSync());


/** The pairs as the comparison pages get them: the production loaders over Node's DuckDB, then the production analysis. */
async function analysed(filters: FindingFilters, mode: 'all' | 'peers'): Promise<PairGap[]> {
	const run = runnerOf(conn);
	return comparePairs(await readCompareBase(run), await readCompareSelection(run, filters), mode);
}

describe('comparison SQL + pair analysis', () => {
	it('gives every pair the share, percentile and class the gemeente page gives it, for both reference sets', async () => {
		for (const mode of ['all', 'peers'] as const) {
			const pairs = await analysed(NO_FILTERS, mode);
			expect(new Set(pairs.map((p) => p.code))).toEqual(new Set(['GM0308', 'GM0335', 'GM1621']));
			for (const code of ['GM0308', 'GM0335', 'GM1621']) {
				const page = gapPage(code)!.gap[mode];
				const mine = pairs.filter((p) => p.code === code);
				// The comparison's rows are the themes raised as a problem anywhere, or measured; the page also lists
				// themes this trajectory named only as a strength or solution. Every pair both show must agree.
				const onPage = new Set(page.map((g) => g.themeId));
				expect(mine.filter((p) => !onPage.has(p.themeId)).every((p) => !p.raised), code).toBe(true);
				for (const g of page) {
					const p = mine.find((x) => x.themeId === g.themeId);
					if (!p) {
						expect(g.perceived.basis, `${code} ${g.themeId} only on the page`).toBe('none');
						expect(g.measured.status).toBe('no_measurement');
						continue;
					}
					expect(p.classification.gapClass, `${code} ${g.themeId} ${mode}`).toBe(g.classification.gapClass);
					expect(p.perceived.share, `${code} ${g.themeId}`).toBe(g.perceived.share);
					expect(p.perceived.level, `${code} ${g.themeId}`).toBe(g.perceived.level);
					expect(p.perceived.byResearchers, `${code} ${g.themeId}`).toBe(g.perceived.byResearchers);
					expect([...p.perceived.assessments].sort(), `${code} ${g.themeId}`).toEqual([...g.perceived.assessments].sort());
					expect([...p.perceived.subjectQuantifiers].sort(), `${code} ${g.themeId}`).toEqual([...g.perceived.subjectQuantifiers].sort());
					expect(p.inScope, `${code} ${g.themeId}`).toBe(g.inScope);
					expect(p.perceived.lenses, `${code} ${g.themeId}`).toEqual(g.perceived.lenses);
					expect(p.measured.percentile, `${code} ${g.themeId}`).toBe(g.measured.percentile);
				}
			}
		}
	});

	it('counts conversations in the chosen group, and withholds a trajectory whose group has fewer than k', async () => {
		const rows = await rowsOf<TrajectoryRow>(conn, trajectoriesFor({ ...NO_FILTERS, group: 'professional' }));
		const montfoort = rows.find((r) => r.trajectory_id === 'montfoort')!;
		const conversations = await rowsOf<{ n: number }>(conn, statement("SELECT sum(n_conversations) AS n FROM conversations WHERE trajectory_id = 'montfoort' AND respondent_group = 'professional'"));
		expect(montfoort.conversations).toBe(conversations[0]!.n);
		expect(montfoort.conversations).toBeGreaterThan(0);
		const small = await rowsOf<{ respondent_group: string }>(conn, statement("SELECT respondent_group FROM conversations WHERE trajectory_id = 'montfoort' AND n_conversations < 5 LIMIT 1"));
		expect(small, 'the seed data has a Montfoort group under k (bestuurders, 2)').toHaveLength(1);
		{
			const pairs = await analysed({ ...NO_FILTERS, group: small[0]!.respondent_group }, 'all');
			const mf = pairs.filter((p) => p.trajectoryId === 'montfoort');
			expect(mf.length).toBeGreaterThan(0);
			expect(mf.every((p) => p.suppressed && p.classification.gapClass === 'too_few')).toBe(true);
		}
	});

	it('filters by stance, source type and year in SQL', async () => {
		// The production reader: the keyed findings made, counted and read back (data/compare.ts readCompareSelection).
		const counts = async (f: FindingFilters) => (await readCompareSelection(runnerOf(conn), f)).counts;
		const all = await counts(NO_FILTERS);
		const docs = await counts({ ...NO_FILTERS, sourceType: 'document' });
		const solutions = await counts({ ...NO_FILTERS, stance: 'solution' });
		const y2021 = await counts({ ...NO_FILTERS, year: 2021 });
		const expected = async (where: string) => (await rowsOf<{ n: number }>(conn, statement(`SELECT count(*) AS n FROM findings WHERE ${where}`)))[0]!.n;
		const total = (rows: ThemeCounts[]) => rows.reduce((s, r) => s + r.findings, 0);
		expect(total(all)).toBe(await expected("stance = 'problem'"));
		expect(total(docs)).toBe(await expected("stance = 'problem' AND source_type = 'document'"));
		expect(total(solutions)).toBe(await expected("stance = 'solution'"));
		expect(total(solutions)).toBeGreaterThan(0);
		expect(new Set(y2021.map((r) => r.trajectoryId))).toEqual(new Set(['montfoort']));
		expect((await rowsOf<TrajectoryRow>(conn, trajectoriesFor({ ...NO_FILTERS, year: 2021 }))).map((t) => t.trajectory_id)).toEqual(['montfoort']);
	});

	it('lists the filter values that are loaded', async () => {
		const options = await rowsOf<FilterOptionRow>(conn, filterOptions());
		const of = (kind: string) => options.filter((o) => o.kind === kind).map((o) => o.value);
		expect(of('group')).toContain('inwoner');
		expect(of('source_type')).toEqual(expect.arrayContaining(['document', 'interview']));
		expect(of('year')).toEqual(['2021']);
	});

	it('finds recurring themes and co-occurrence; within conversations, counts of people under k are withheld', async () => {
		const pairs = await analysed(NO_FILTERS, 'all');
		const recurring = recurringThemes(pairs);
		for (let i = 1; i < recurring.length; i++) expect(recurring[i - 1]!.trajectories.length).toBeGreaterThanOrEqual(recurring[i]!.trajectories.length);
		const jeugd = recurring.find((r) => r.themeId === 'jeugdoverlast')!;
		const raising = await rowsOf<{ t: string }>(conn, statement("SELECT DISTINCT trajectory_id AS t FROM findings WHERE theme_id = 'jeugdoverlast' AND stance = 'problem' ORDER BY t"));
		expect([...jeugd.trajectories].sort()).toEqual(raising.map((r) => r.t));
		expect(raising.length).toBeGreaterThanOrEqual(2);
		const across = coOccurrenceAcrossTrajectories(pairs);
		expect(across.every((c) => c.a < c.b && c.count! >= 1 && c.count! <= 3)).toBe(true);
		const within = (await readCompareSelection(runnerOf(conn), NO_FILTERS)).pairsWithin;
		const shown = withholdSmallCells(within);
		expect(shown).toHaveLength(within.length);
		for (const c of shown) expect(c.suppressed ? c.count === null : c.count! >= 5).toBe(true);
	});
});
