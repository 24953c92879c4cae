/**
 * The comparison's SQL (themeCounts, read back by data/compareRows.ts, then the pair analysis) against the reading
 * in TypeScript over the raw findings (perceived.ts perceivedShare, the gemeente page's path), pair by pair, under
 * several filters: on the shipped data (researchers' verdicts, subject words) and on synthetic data at a small scale
 * (many trajectories, groups and words), with some speakers left empty as imports leave them, so that the SQL's own
 * mapping of groups to speakers is read too.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PairGap } from '../../../src/lib/analysis/compare';
import { groupBy } from '../../../src/lib/analysis/groupBy';
import { perceivedShare } from '../../../src/lib/analysis/perceived';
import type { FindingRow } from '../../../src/lib/analysis/types';
import { COMPARE_TABLES, comparePairs, readCompareBase, readCompareSelection } from '../../../src/lib/data/compare';
import { trajectoriesFor, type TrajectoryRow } from '../../../src/lib/db/queries/compare';
import { statement } from '../../../src/lib/db/sql';
import { NO_FILTERS, type FindingFilters } from '../../../src/lib/schema/filters';
import { rowsOf, runnerOf, shippedConnection, syntheticConnection } from '../support/duckdbNode';

const FIELDS = ['basis', 'raised', 'level', 'levelMin', 'levelMax', 'share', 'lo', 'hi', 'n', 'k', 'withheld', 'quantifier', 'byResearchers', 'assessments', 'subjectQuantifiers', 'lenses'] as const;

const FILTERS: FindingFilters[] = [
	NO_FILTERS,
	{ ...NO_FILTERS, stance: 'solution' },
	{ ...NO_FILTERS, stance: 'strength', group: 'inwoner' },
	{ ...NO_FILTERS, group: 'ambtenaar' },
	{ ...NO_FILTERS, group: 'professional' },
	{ ...NO_FILTERS, sourceType: 'interview' },
	{ ...NO_FILTERS, sourceType: 'document', stance: 'solution' },
	{ ...NO_FILTERS, year: 2021 },
	{ ...NO_FILTERS, year: 2022, group: 'jongere' }
];

/** Every pair's reading by the SQL path beside the TypeScript reading of the same findings; the pairs compared. */
async function compareReadings(conn: DuckDBConnection, filters: FindingFilters): Promise<PairGap[]> {
	const run = runnerOf(conn);
	const base = await readCompareBase(run);
	const selection = await readCompareSelection(run, filters, base);
	const pairs = comparePairs(base, selection, 'all');
	const years = new Map((await rowsOf<TrajectoryRow>(conn, trajectoriesFor(NO_FILTERS))).map((t) => [t.trajectory_id, t.year]));
	const findings = (await rowsOf<FindingRow & { source_type: string | null }>(conn, statement('SELECT * FROM findings'))).filter(
		(f) =>
			(filters.group === null || f.respondent_group === filters.group) &&
			(filters.sourceType === null || f.source_type === filters.sourceType) &&
			(filters.year === null || years.get(f.trajectory_id) === filters.year)
	);
	const byTrajectory = groupBy(findings, (f) => f.trajectory_id);
	const trajectories = new Map(selection.trajectories.map((t) => [t.trajectoryId, t]));
	for (const p of pairs) {
		const tr = trajectories.get(p.trajectoryId)!;
		const own = byTrajectory.get(p.trajectoryId) ?? [];
		const expected = perceivedShare(own, p.themeId, tr.reconstructed ? null : tr.conversations, filters.stance);
		const at = `${p.trajectoryId} ${p.themeId} ${JSON.stringify(filters)}`;
		expect(p.findings, at).toBe(own.filter((f) => f.theme_id === p.themeId && f.stance === filters.stance).length);
		for (const field of FIELDS) expect(p.perceived[field], `${at} ${field}`).toEqual(expected[field]);
	}
	// Every theme a trajectory raised under the filters is one of its pairs.
	const keys = new Set(pairs.map((p) => `${p.trajectoryId}|${p.themeId}`));
	for (const f of findings) if (f.stance === filters.stance && trajectories.has(f.trajectory_id)) expect(keys.has(`${f.trajectory_id}|${f.theme_id}`)).toBe(true);
	return pairs;
}

describe('comparison SQL and the TypeScript reading, pair by pair', () => {
	describe('on the shipped data', () => {
		let conn: DuckDBConnection;
		beforeAll(async () => {
			conn = await shippedConnection(COMPARE_TABLES);
		});
		afterAll(() => conn?.closeSync());

		it('read every pair alike under every filter, researchers and their verdicts included', async () => {
			const all: PairGap[] = [];
			for (const filters of FILTERS) all.push(...(await compareReadings(conn, filters)));
			const raised = all.filter((p) => p.raised);
			expect(raised.length).toBeGreaterThan(20);
			expect(raised.some((p) => p.perceived.byResearchers)).toBe(true);
			expect(raised.some((p) => p.perceived.assessments.length > 0)).toBe(true);
			expect(raised.some((p) => p.perceived.subjectQuantifiers.length > 0)).toBe(true);
			expect(raised.some((p) => p.perceived.lenses.length > 1)).toBe(true);
		});
	});

	describe('on synthetic data', () => {
		let conn: DuckDBConnection;
		let close = () => {};
		beforeAll(async () => {
			({ conn, close } = await syntheticConnection(COMPARE_TABLES, 3));
			// As an import may leave it: who speaks is then read from the group, in SQL as in perceived.ts speakerOf.
			await conn.run("UPDATE findings SET speaker = NULL WHERE starts_with(finding_id, 'SYN-') AND hash(finding_id) % 3 = 0");
		});
		afterAll(() => close());

		it('read every pair alike under every filter, with speakers left empty', async () => {
			const nulls = await rowsOf<{ n: number }>(conn, statement("SELECT count(*) AS n FROM findings WHERE speaker IS NULL AND respondent_group IN ('ambtenaar', 'professional')"));
			expect(nulls[0]!.n).toBeGreaterThan(10);
			const all: PairGap[] = [];
			for (const filters of FILTERS) all.push(...(await compareReadings(conn, filters)));
			const raised = all.filter((p) => p.raised && p.trajectoryId.startsWith('syn_'));
			expect(raised.length).toBeGreaterThan(500);
			expect(new Set(raised.map((p) => p.perceived.basis))).toEqual(new Set(['count', 'quantifier', 'people']));
			expect(raised.some((p) => p.perceived.lenses.includes('gemeente'))).toBe(true);
			expect(raised.some((p) => p.perceived.lenses.length > 1)).toBe(true);
		});
	});
});
