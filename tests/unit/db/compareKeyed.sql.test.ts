/**
 * The comparison's keyed SQL (compareFindingsTables, then themeCounts and themePairsWithinConversations on integer
 * keys and word bits, read back with the keys by compareRows.ts themeCountsOf) against the plain SQL it replaced,
 * which grouped and counted the findings' own texts: row for row, under every filter, on the shipped data and on synthetic data with respondents left empty, speakers left
 * empty and more distinct words than fit in the bits (so the listed rest is read too).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ThemeCounts } from '../../../src/lib/analysis/compare';
import { COMPARE_TABLES, keyedFindings } from '../../../src/lib/data/compare';
import { compareKeysOf, fromBits, keyedFilters, themeCountsOf, themePairsOf, wordsPastBits, type CompareKeys } from '../../../src/lib/data/compareRows';
import { ASSESSMENT_BITS, SPEAKER_BITS, THEME_BITS, WORD_BITS, compareKeys, themeCounts, themeMasks, type CompareKeyRow, type ThemeCountRow, type ThemeMaskRow, type ThemePairRow } from '../../../src/lib/db/queries/compare';
import { statement } from '../../../src/lib/db/sql';
import { NO_FILTERS, type FindingFilters } from '../../../src/lib/schema/filters';
import { rowsOf, runnerOf, shippedConnection, syntheticConnection } from '../support/duckdbNode';

const FILTERS: FindingFilters[] = [
	NO_FILTERS,
	{ ...NO_FILTERS, stance: 'solution' },
	{ ...NO_FILTERS, stance: 'strength', group: 'inwoner' },
	{ ...NO_FILTERS, group: 'ambtenaar' },
	{ ...NO_FILTERS, group: 'professional', sourceType: 'interview' },
	{ ...NO_FILTERS, sourceType: 'document' },
	{ ...NO_FILTERS, sourceType: 'interview' },
	{ ...NO_FILTERS, group: 'inwoner' },
	{ ...NO_FILTERS, group: 'inwoner', sourceType: 'interview' },
	{ ...NO_FILTERS, group: 'jongere', sourceType: 'meeting' },
	{ ...NO_FILTERS, stance: 'solution', sourceType: 'meeting' },
	{ ...NO_FILTERS, year: 2021 },
	{ ...NO_FILTERS, year: 2022, group: 'jongere' },
	// Values no finding has: nothing is kept, as by the plain filter.
	{ ...NO_FILTERS, group: 'geen_groep' },
	{ ...NO_FILTERS, stance: 'geen_houding' },
	{ ...NO_FILTERS, sourceType: 'geen_bron' },
	{ ...NO_FILTERS, year: 1990 }
];

// The plain reading, written out here as the oracle: what themeCounts and themePairsWithinConversations returned
// before the keys, over the findings themselves.
const SPEAKER = `coalesce(speaker, CASE respondent_group WHEN 'ambtenaar' THEN 'gemeente' WHEN 'bestuurder' THEN 'bestuur'
	WHEN 'professional' THEN 'professionals' WHEN 'maatschappelijke_organisatie' THEN 'professionals'
	WHEN 'politie_handhaving' THEN 'professionals' WHEN 'onderwijs' THEN 'professionals' ELSE 'inwoners' END)`;
const bits = (column: string, values: readonly string[]) => `CASE ${column} ${values.map((v, i) => `WHEN '${v}' THEN ${2 ** i}`).join(' ')} ELSE 0 END`;
const WHERE = `stance = ? AND (?::VARCHAR IS NULL OR respondent_group = ?) AND (?::VARCHAR IS NULL OR source_type = ?)
	AND (?::INTEGER IS NULL OR trajectory_id IN (SELECT t.trajectory_id FROM trajectories t
	     WHERE coalesce(try_cast(substr(t.period_start, 1, 4) AS INTEGER), t.reference_year) = ?))`;
const whereParams = (f: FindingFilters) => [f.stance, f.group, f.group, f.sourceType, f.sourceType, f.year, f.year];

function plainCounts(f: FindingFilters) {
	return statement(
		`SELECT trajectory_id, theme_id, count(*) AS findings,
		        count(DISTINCT respondent_id) FILTER (WHERE who <> 'onderzoekers') AS respondents,
		        list(DISTINCT quantifier ORDER BY quantifier) FILTER (WHERE quantifier IS NOT NULL AND who <> 'onderzoekers') AS quantifiers,
		        count(*) FILTER (WHERE who = 'onderzoekers' AND coalesce(researcher_assessment, '') <> 'valt_mee') AS researcher_findings,
		        bit_or(${bits('researcher_assessment', ASSESSMENT_BITS)}) FILTER (WHERE researcher_assessment IS NOT NULL AND who = 'onderzoekers') AS assessments,
		        list(DISTINCT subject_quantifier ORDER BY subject_quantifier) FILTER (WHERE subject_quantifier IS NOT NULL) AS subject_quantifiers,
		        bit_or(${bits('who', SPEAKER_BITS)}) AS speakers
		   FROM (SELECT *, ${SPEAKER} AS who FROM findings WHERE ${WHERE})
		  GROUP BY trajectory_id, theme_id`,
		whereParams(f)
	);
}

function plainPairs(f: FindingFilters) {
	return statement(
		`WITH f AS (SELECT DISTINCT trajectory_id, respondent_id, theme_id FROM findings WHERE respondent_id IS NOT NULL AND ${WHERE})
		 SELECT x.theme_id AS a, y.theme_id AS b, count(*) AS respondents
		   FROM f x JOIN f y ON x.trajectory_id = y.trajectory_id AND x.respondent_id = y.respondent_id AND x.theme_id < y.theme_id
		  GROUP BY a, b ORDER BY respondents DESC, a, b`,
		whereParams(f)
	);
}

interface PlainRow {
	trajectory_id: string;
	theme_id: string;
	findings: number;
	respondents: number;
	quantifiers: string[] | null;
	researcher_findings: number;
	assessments: number | null;
	subject_quantifiers: string[] | null;
	speakers: number;
}

/** A plain row as the analysis took it before the keys. */
const plainOf = (c: PlainRow): ThemeCounts => ({
	trajectoryId: c.trajectory_id,
	themeId: c.theme_id,
	findings: c.findings,
	respondents: c.respondents,
	quantifiers: c.quantifiers ?? [],
	researcherFindings: c.researcher_findings,
	assessments: c.assessments === null ? [] : fromBits(c.assessments, ASSESSMENT_BITS),
	subjectQuantifiers: c.subject_quantifiers ?? [],
	speakerNames: fromBits(c.speakers, SPEAKER_BITS)
});

const byKey = (rows: ThemeCounts[]) => [...rows].sort((x, y) => (x.trajectoryId + '|' + x.themeId < y.trajectoryId + '|' + y.themeId ? -1 : 1));

const keysOf = async (conn: DuckDBConnection): Promise<CompareKeys> => compareKeysOf(await rowsOf<CompareKeyRow>(conn, compareKeys()));

async function keyedCounts(conn: DuckDBConnection, f: FindingFilters): Promise<ThemeCounts[]> {
	const keys = await keysOf(conn);
	return (await rowsOf<ThemeCountRow>(conn, themeCounts(keyedFilters(f, keys), wordsPastBits(keys)))).map((c) => themeCountsOf(c, keys));
}

async function keyedPairs(conn: DuckDBConnection, f: FindingFilters): Promise<ThemePairRow[]> {
	const keys = await keysOf(conn);
	return themePairsOf(await rowsOf<ThemeMaskRow>(conn, themeMasks(keyedFilters(f, keys), keys.theme.length)), keys);
}

async function expectAlike(conn: DuckDBConnection): Promise<{ rows: number; pairs: number }> {
	await keyedFindings(runnerOf(conn));
	let rows = 0;
	let pairs = 0;
	for (const f of FILTERS) {
		const keyed = byKey(await keyedCounts(conn, f));
		const plain = byKey((await rowsOf<PlainRow>(conn, plainCounts(f))).map(plainOf));
		expect(keyed, JSON.stringify(f)).toEqual(plain);
		rows += keyed.length;
		const within = await keyedPairs(conn, f);
		expect(within, JSON.stringify(f)).toEqual(await rowsOf<ThemePairRow>(conn, plainPairs(f)));
		pairs += within.length;
	}
	return { rows, pairs };
}

describe('the keyed comparison SQL against the plain SQL it replaced', () => {
	it('gives the same rows on the shipped data', async () => {
		const conn = await shippedConnection(COMPARE_TABLES);
		try {
			const { rows } = await expectAlike(conn);
			expect(rows).toBeGreaterThan(50);
		} finally {
			conn.closeSync();
		}
	});

	describe('on synthetic data with more words and themes than bits', () => {
		let conn: DuckDBConnection;
		let close = () => {};
		beforeAll(async () => {
			({ conn, close } = await syntheticConnection(COMPARE_TABLES, 5));
			// As imports may leave them: no speaker, no respondent, and words of their own (80 of each kind, more
			// than the 52 that are ORed as bits).
			await conn.run(`UPDATE findings SET speaker = NULL WHERE starts_with(finding_id, 'SYN-') AND hash(finding_id) % 3 = 0`);
			await conn.run(`UPDATE findings SET respondent_id = NULL WHERE starts_with(finding_id, 'SYN-') AND hash(finding_id) % 7 = 0`);
			await conn.run(`UPDATE findings SET quantifier = 'woord ' || lpad(CAST(hash(finding_id || 'q') % 80 AS VARCHAR), 2, '0') WHERE starts_with(finding_id, 'SYN-') AND hash(finding_id) % 4 = 1`);
			await conn.run(`UPDATE findings SET subject_quantifier = 'groep ' || CAST(hash(finding_id || 's') % 80 AS VARCHAR) WHERE starts_with(finding_id, 'SYN-') AND hash(finding_id) % 5 = 2`);
			// Respondents heard on one theme in two kinds of source, and in two groups (the generator gives each
			// respondent one of each): a second finding, after the first.
			await conn.run(`INSERT INTO findings SELECT * REPLACE (finding_id || '-bron' AS finding_id, CASE source_type WHEN 'interview' THEN 'meeting' ELSE 'interview' END AS source_type) FROM findings WHERE starts_with(finding_id, 'SYN-') AND respondent_id IS NOT NULL AND hash(finding_id) % 6 = 3`);
			await conn.run(`INSERT INTO findings SELECT * REPLACE (finding_id || '-groep' AS finding_id, CASE respondent_group WHEN 'inwoner' THEN 'jongere' ELSE 'inwoner' END AS respondent_group) FROM findings WHERE starts_with(finding_id, 'SYN-') AND respondent_id IS NOT NULL AND hash(finding_id) % 6 = 4`);
			// Themes past one mask of THEME_BITS (the app's own themes are 20; the masks must not depend on it).
			await conn.run(`UPDATE findings SET theme_id = 'thema ' || lpad(CAST(hash(finding_id || 't') % 70 AS VARCHAR), 2, '0') WHERE starts_with(finding_id, 'SYN-') AND hash(finding_id) % 2 = 0`);
		});
		afterAll(() => close());

		it('gives the same rows, words past the bits included', async () => {
			const words = await rowsOf<{ q: number; s: number }>(conn, statement('SELECT count(DISTINCT quantifier) AS q, count(DISTINCT subject_quantifier) AS s FROM findings'));
			expect(words[0]!.q).toBeGreaterThan(WORD_BITS);
			expect(words[0]!.s).toBeGreaterThan(WORD_BITS);
			const [themes] = await rowsOf<{ n: number }>(conn, statement('SELECT count(DISTINCT theme_id) AS n FROM findings'));
			expect(themes!.n).toBeGreaterThan(THEME_BITS);
			// Respondents who spoke in two groups, and in two source types, on one theme and stance: each filter's
			// count of respondents must count them once, and under its group or source type only.
			const spread = (column: string) =>
				rowsOf<{ n: number }>(conn, statement(`SELECT count(*) AS n FROM (SELECT 1 FROM findings WHERE respondent_id IS NOT NULL GROUP BY trajectory_id, theme_id, stance, respondent_id HAVING count(DISTINCT ${column}) > 1)`));
			expect((await spread('respondent_group'))[0]!.n).toBeGreaterThan(0);
			expect((await spread('source_type'))[0]!.n).toBeGreaterThan(0);
			const { rows, pairs } = await expectAlike(conn);
			expect(rows).toBeGreaterThan(1000);
			expect(pairs).toBeGreaterThan(20);
			// Rows whose words span both sides of the bits, so the joined list is read in order.
			const edge = `woord ${WORD_BITS}`;
			const spanning = (await keyedCounts(conn, NO_FILTERS)).filter((r) => r.quantifiers.some((w) => w < edge) && r.quantifiers.some((w) => w > edge));
			expect(spanning.length).toBeGreaterThan(0);
		});
	});
});
