/**
 * SQL for the pages that compare trajectories (/vergelijk, /kloof). Findings are aggregated in DuckDB to one row per
 * (trajectory, theme), so a view moves a few hundred rows however many findings are loaded; the filters are
 * parameters, and "no filter" is NULL.
 */
import { PEER_SHARE_INDICATORS } from '$lib/analysis/peers';
import { ASSESSMENTS, SPEAKERS } from '$lib/analysis/perceived';
import type { FindingFilters } from '$lib/schema/filters';
import { IMPORT_SOURCE_PREFIX } from '$lib/schema/ids';
import type { IndicatorChoiceRow } from './imports';
import { allOf, equalsUnlessNull, statement, type Clause, type Statement } from '../sql';

const TRAJECTORY_YEAR = `coalesce(try_cast(substr(t.period_start, 1, 4) AS INTEGER), t.reference_year)`;
export interface TrajectoryRow extends Record<string, unknown> {
	trajectory_id: string;
	gemeente_code: string;
	name: string;
	title: string;
	reference_year: number | null;
	year: number | null;
	/** 'false' for a trajectory coded from its own conversations (an import); shares need that. */
	reconstructed: string | null;
	scope_themes: string | null;
	/** Sum of counted conversations in the chosen group; null when none has a number. */
	conversations: number | null;
}

/** Trajectories in the chosen year, with conversations counted in the chosen respondent group. */
export function trajectoriesFor(f: FindingFilters): Statement {
	const group = equalsUnlessNull('c.respondent_group', f.group, 'VARCHAR');
	const year = equalsUnlessNull(TRAJECTORY_YEAR, f.year, 'INTEGER');
	return statement(
		`SELECT t.trajectory_id, t.gemeente_code, coalesce(g.name, t.gemeente_code) AS name, t.title, t.reference_year,
		        ${TRAJECTORY_YEAR} AS year, t.reconstructed, t.scope_themes, t.source_complete,
		        (SELECT sum(c.n_conversations) FROM conversations c
		          WHERE c.trajectory_id = t.trajectory_id AND ${group.text}) AS conversations
		   FROM trajectories t LEFT JOIN gemeenten g ON g.code = t.gemeente_code
		  WHERE ${year.text}
		  ORDER BY name, t.trajectory_id`,
		[...group.params, ...year.params]
	);
}

export interface ConversationCountRow extends Record<string, unknown> {
	trajectory_id: string;
	respondent_group: string;
	n_conversations: number | null;
}

/**
 * Conversations per trajectory and respondent group, unfiltered: which group sizes may be shown is decided on the
 * whole breakdown (small groups merged, see groupBreakdown), so that no filter shows a count the others give away.
 */
export function conversationCounts(): Statement {
	return statement(
		`SELECT trajectory_id, respondent_group, n_conversations FROM conversations
		  ORDER BY trajectory_id, respondent_group`
	);
}

/**
 * One (trajectory, theme) group of the findings under the filters, on the keys of compareFindingsTables: read back
 * to texts with the keys (data/compareRows.ts themeCountsOf), once per row on the page instead of once per finding in
 * the engine.
 */
export interface ThemeCountRow extends Record<string, unknown> {
	/** Keys of the trajectory and the theme (compare_keys kinds 'trajectory' and 'theme'). */
	tk: number;
	hk: number;
	findings: number;
	respondents: number;
	/** The quantifier words of the people who spoke: bit k for the word of key k below WORD_BITS, null where none. */
	q: number | null;
	/** The keys of the rest of those words (from WORD_BITS on), in order; null where none. */
	q_rest: number[] | null;
	researcher_findings: number;
	/** The researchers' verdicts, one bit each in ASSESSMENT_BITS order; null where they said nothing. */
	assessments: number | null;
	/** The subject quantifiers, as `q` and `q_rest` are the quantifiers. */
	s: number | null;
	s_rest: number[] | null;
	/** The lenses that spoke, one bit each in SPEAKER_BITS order (a speaker outside them sets none). */
	speakers: number;
}

// Who speaks, where an import left `speaker` empty: the same mapping as perceived.ts speakerOf.
const SPEAKER = `coalesce(speaker, CASE respondent_group WHEN 'ambtenaar' THEN 'gemeente' WHEN 'bestuurder' THEN 'bestuur'
	WHEN 'professional' THEN 'professionals' WHEN 'maatschappelijke_organisatie' THEN 'professionals'
	WHEN 'politie_handhaving' THEN 'professionals' WHEN 'onderwijs' THEN 'professionals' ELSE 'inwoners' END)`;

// In the order their lists had (sorted), so the rows read back the same.
export const ASSESSMENT_BITS = [...ASSESSMENTS].sort();
export const SPEAKER_BITS = [...SPEAKERS].sort();

/** An integer with bit i set where `column` is values[i]: known, few values ORed together instead of listed. */
function bitOf(column: string, values: readonly string[]): string {
	return `CASE ${column} ${values.map((v, i) => `WHEN '${v}' THEN ${2 ** i}`).join(' ')} ELSE 0 END`;
}

/** The findings as the comparison reads them, keyed (see compareFindingsTables). */
const KEYED = 'compare_findings';
/** Each key's text: its kind (KEY_KINDS), its number k, its text. */
const KEYS = 'compare_keys';
/**
 * Words ranked below this are ORed together as bits; the rest (rare: the reports use some 20) are listed by key. 52,
 * so a set of them is exact as a double (the page's engine hands BIGINTs out as doubles).
 */
export const WORD_BITS = 52;

/** What is keyed, and the findings' column each kind's texts come from. */
const KEY_KINDS = {
	trajectory: 'trajectory_id',
	theme: 'theme_id',
	quantifier: 'quantifier',
	subject: 'subject_quantifier',
	stance: 'stance',
	group: 'respondent_group',
	source: 'source_type'
} as const;

/**
 * The findings once more, for the comparison pages, as integers: a key in place of every text they are filtered,
 * grouped and joined on (trajectory, theme, respondent within a trajectory, quantifier words, stance, group, source
 * type), and who spoke and what the researchers judged worked out once. At scale (200,000 findings, 40,000 groups)
 * grouping and counting distinct texts was most of every selection's time; and a table made by a query is stored
 * uncompressed, where a filter on a text column cost four times what it costs on the loaded findings. Keys are
 * numbered in their texts' order, so sorting by key sorts by text. Temporary: visible to this connection only, made
 * again with each data version (data/compare.ts readCompareBase), with respondentThemesTable once the keys are read.
 *
 * `firsts` marks, for each shape of filter (FIRST_UNDER), one finding per respondent who spoke, per trajectory,
 * theme and stance and the filtered columns: under any filter of that shape, counting the marked findings counts
 * the distinct respondents. count(DISTINCT) was the largest part of themeCounts at scale (DuckDB's node engine on one
 * thread, 200,000 findings: 42 ms; 31 with the marks, 24 without the empty word lists as well).
 */
export function compareFindingsTables(): Statement[] {
	const kinds = Object.entries(KEY_KINDS).map(
		([kind, column]) => `SELECT DISTINCT '${kind}' AS kind, ${column} AS text FROM findings WHERE ${column} IS NOT NULL`
	);
	const key = (alias: string, kind: keyof typeof KEY_KINDS) =>
		`LEFT JOIN ${KEYS} ${alias} ON ${alias}.kind = '${kind}' AND ${alias}.text = f.${KEY_KINDS[kind]}`;
	// One finding per group of the shape: the first in the table's order (i), among those of people who spoke.
	const firstUnder = ([shape, bit]: [string, number]) => {
		const columns = { stance: '', group: ', group_k', source: ', source_k', both: ', group_k, source_k' }[shape];
		return `CASE WHEN i IN (SELECT min(i) FROM ${UNMARKED} WHERE spoke AND rk IS NOT NULL GROUP BY tk, hk, rk, stance_k${columns}) THEN ${bit} ELSE 0 END`;
	};
	return [
		statement(
			`CREATE OR REPLACE TEMP TABLE ${KEYS} AS
			 SELECT kind, (row_number() OVER (PARTITION BY kind ORDER BY text) - 1)::INTEGER AS k, text
			   FROM (${kinds.join(' UNION ALL ')})`
		),
		statement(
			`CREATE OR REPLACE TEMP TABLE ${UNMARKED} AS
			 WITH r AS (
			   SELECT trajectory_id, respondent_id, (row_number() OVER () - 1)::INTEGER AS rk
			     FROM (SELECT DISTINCT trajectory_id, respondent_id FROM findings WHERE respondent_id IS NOT NULL)
			 )
			 SELECT t.k AS tk, h.k AS hk, r.rk, q.k AS qk, s.k AS sk, ${wordBit('q.k')} AS q_bit, ${wordBit('s.k')} AS s_bit,
			        st.k AS stance_k, g.k AS group_k, so.k AS source_k,
			        f.who <> 'onderzoekers' AS spoke, ${bitOf('f.who', SPEAKER_BITS)} AS who_bit,
			        f.researcher_assessment IS NOT NULL AS assessed, ${bitOf('f.researcher_assessment', ASSESSMENT_BITS)} AS assessment_bit,
			        coalesce(f.researcher_assessment, '') <> 'valt_mee' AS not_minor,
			        (row_number() OVER () - 1)::INTEGER AS i
			   FROM (SELECT *, ${SPEAKER} AS who FROM findings) f
			   ${key('t', 'trajectory')} ${key('h', 'theme')} ${key('q', 'quantifier')} ${key('s', 'subject')}
			   ${key('st', 'stance')} ${key('g', 'group')} ${key('so', 'source')}
			   LEFT JOIN r ON r.trajectory_id = f.trajectory_id AND r.respondent_id = f.respondent_id`
		),
		statement(
			`CREATE OR REPLACE TEMP TABLE ${KEYED} AS
			 SELECT * EXCLUDE (i), (${Object.entries(FIRST_UNDER).map(firstUnder).join(' + ')})::UTINYINT AS firsts
			   FROM ${UNMARKED}`
		),
		statement(`DROP TABLE ${UNMARKED}`)
	];
}

/**
 * A word's bit, where its key is below WORD_BITS (else null: it is listed instead). Made once with the table: worked
 * out in themeCounts for every finding, the two shifts added 28 of its 42 ms of aggregation in the page's engine
 * (duckdb-wasm, 160,000 findings of the problem stance; the statement went from 53-72 to 33-38 ms). least(): DuckDB
 * may shift before the CASE chooses, and past 62 is out of range.
 */
function wordBit(key: string): string {
	return `CASE WHEN ${key} < ${WORD_BITS} THEN 1::BIGINT << least(${key}, ${WORD_BITS})::BIGINT END`;
}

/** The bit of compare_findings.firsts for each shape of filter: which of group and source type are chosen. */
const FIRST_UNDER = { stance: 1, group: 2, source: 4, both: 8 } as const;

function firstsBit(f: KeyedFilters): number {
	if (f.group === null) return f.source === null ? FIRST_UNDER.stance : FIRST_UNDER.source;
	return f.source === null ? FIRST_UNDER.group : FIRST_UNDER.both;
}

/** The keyed findings before their respondents are marked (compareFindingsTables); dropped once they are. */
const UNMARKED = 'compare_findings_unmarked';
/** Per respondent and the filtered columns, the themes they named, as bits (respondentThemesTable). */
const RESPONDENT_THEMES = 'compare_respondent_themes';

/** Theme keys per mask column: 52, so a mask is exact as a double (as WORD_BITS). */
export const THEME_BITS = 52;

/** The mask columns for a number of theme keys: m0 holds keys 0-51, m1 52-103, and so on; at least one. */
export function themeMaskColumns(themes: number): string[] {
	return Array.from({ length: Math.max(1, Math.ceil(themes / THEME_BITS)) }, (_, j) => `m${j}`);
}

/**
 * The themes each respondent named, per trajectory and the filtered columns (stance, group, source type), as bits
 * of their keys: what themeMasks ORs together per respondent under the filters. `themes`: the number of theme keys.
 */
export function respondentThemesTable(themes: number): Statement {
	const masks = themeMaskColumns(themes).map(
		(m, j) => `bit_or(CASE WHEN hk // ${THEME_BITS} = ${j} THEN 1::BIGINT << (hk % ${THEME_BITS})::BIGINT END) AS ${m}`
	);
	return statement(
		`CREATE OR REPLACE TEMP TABLE ${RESPONDENT_THEMES} AS
		 SELECT rk, tk, stance_k, group_k, source_k, ${masks.join(', ')}
		   FROM ${KEYED} WHERE rk IS NOT NULL AND hk IS NOT NULL
		  GROUP BY rk, tk, stance_k, group_k, source_k`
	);
}

/**
 * A selection's filters as keys of compare_keys (data/compareRows.ts keyedFilters): a text no finding has is a key
 * none has (-1). Looked up on the page rather than by a subquery per filter, which cost DuckDB-wasm 5-8 ms a
 * statement however few the findings.
 */
export interface KeyedFilters {
	readonly stance: number;
	readonly group: number | null;
	readonly source: number | null;
	readonly year: number | null;
}

/**
 * The keyed findings the filters keep: of the stance, and of the group, source type and trajectory year where
 * chosen. A trajectory is of a year when a trajectories row with its id is.
 */
function keyedWhere(f: KeyedFilters): Clause {
	return allOf(
		{ text: 'stance_k = ?', params: [f.stance] },
		equalsUnlessNull('group_k', f.group, 'INTEGER'),
		equalsUnlessNull('source_k', f.source, 'INTEGER'),
		// Only where a year is chosen: a subquery in the filter costs DuckDB-wasm milliseconds a statement even when a
		// NULL parameter makes it moot (a second statement text, prepared once).
		...(f.year === null
			? []
			: [
					{
						text: `tk IN (SELECT kt.k FROM ${KEYS} kt JOIN trajectories t ON t.trajectory_id = kt.text WHERE kt.kind = 'trajectory' AND ${TRAJECTORY_YEAR} = ?)`,
						params: [f.year]
					}
				])
	);
}

export interface CompareKeyRow extends Record<string, unknown> {
	kind: keyof typeof KEY_KINDS;
	k: number;
	text: string;
}

/** Every key of compareFindingsTables with its text (filters are looked up in them, rows read back with them); once per data version. */
export function compareKeys(): Statement {
	return statement(`SELECT kind, k, text FROM ${KEYS} ORDER BY kind, k`);
}

/**
 * Per trajectory and theme: findings of the chosen stance; among those of the people who spoke (not the
 * researchers) the distinct respondents and the quantifier words; the researchers' own conclusions and verdicts;
 * what the problem concerns; who spoke. The same reading as perceived.ts perceivedShare. One GROUP BY on the integer
 * keys of compareFindingsTables, the words ORed together as bits (a list only for words past WORD_BITS): at scale
 * (200,000 findings, 40,000 groups) grouping on texts and listing distinct sorted words per group was most of the
 * query. The lenses and verdicts are bits too, since the reading only looks for the known ones
 * (perceivedFromCounts). Unordered: the analysis looks each row up by trajectory and theme (analysis/compare.ts
 * pairGaps).
 */
export function themeCounts(f: KeyedFilters, pastBits: WordsPastBits): Statement {
	const where = keyedWhere(f);
	// Only where there are words past the bits: the two list aggregates, empty, still cost a quarter of the statement.
	const rest = (key: string, has: boolean, spoke: string) =>
		has ? `list(DISTINCT ${key} ORDER BY ${key}) FILTER (WHERE ${key} >= ${WORD_BITS}${spoke})` : 'NULL::INTEGER[]';
	return statement(
		`SELECT tk, hk, count(*) AS findings,
		        count(*) FILTER (WHERE (firsts & ?::UTINYINT) <> 0) AS respondents,
		        bit_or(q_bit) FILTER (WHERE spoke) AS q,
		        ${rest('qk', pastBits.quantifier, ' AND spoke')} AS q_rest,
		        count(*) FILTER (WHERE NOT spoke AND not_minor) AS researcher_findings,
		        bit_or(assessment_bit) FILTER (WHERE assessed AND NOT spoke) AS assessments,
		        bit_or(s_bit) AS s,
		        ${rest('sk', pastBits.subject, '')} AS s_rest,
		        bit_or(who_bit) AS speakers
		   FROM ${KEYED} WHERE ${where.text}
		  GROUP BY tk, hk`,
		[firstsBit(f), ...where.params]
	);
}

/** Whether any quantifier and any subject quantifier has a key past WORD_BITS (data/compareRows.ts wordsPastBits). */
export interface WordsPastBits {
	readonly quantifier: boolean;
	readonly subject: boolean;
}

export interface ThemePairRow extends Record<string, unknown> {
	a: string;
	b: string;
	respondents: number;
}

/** How many respondents named exactly the themes of a mask (m0, m1, … of themeMaskColumns). */
export interface ThemeMaskRow extends Record<string, unknown> {
	respondents: number;
}

/**
 * The sets of themes named by the same respondent (same trajectory, same respondent id) under the filters, each
 * with how many respondents named exactly it: read into pairs on the page (data/compareRows.ts themePairsOf). A few
 * thousand sets at scale, where joining every respondent's themes with each other in SQL took three times as long.
 */
export function themeMasks(f: KeyedFilters, themes: number): Statement {
	const where = keyedWhere(f);
	const masks = themeMaskColumns(themes);
	return statement(
		`WITH r AS (
		   SELECT ${masks.map((m) => `bit_or(${m}) AS ${m}`).join(', ')} FROM ${RESPONDENT_THEMES}
		    WHERE ${where.text}
		    GROUP BY rk
		 )
		 SELECT ${masks.join(', ')}, count(*) AS respondents FROM r GROUP BY ALL`,
		where.params
	);
}

export interface FilterOptionRow extends Record<string, unknown> {
	kind: 'group' | 'source_type' | 'year';
	value: string;
}

/** The values each filter can take, from what is loaded (so imported trajectories add their own). */
export function filterOptions(): Statement {
	return statement(
		`SELECT DISTINCT 'group' AS kind, respondent_group AS value FROM findings WHERE respondent_group IS NOT NULL
		 UNION SELECT DISTINCT 'group', respondent_group FROM conversations
		 UNION SELECT DISTINCT 'source_type', source_type FROM findings WHERE source_type IS NOT NULL
		 UNION SELECT DISTINCT 'year', CAST(${TRAJECTORY_YEAR} AS VARCHAR) FROM trajectories t WHERE ${TRAJECTORY_YEAR} IS NOT NULL
		 ORDER BY kind, value`
	);
}

/** Gemeente-level values of every indicator linked to a theme, all periods: the measured side of every pair. */
export function linkedValues(): Statement {
	return statement(
		`SELECT v.indicator_id, v.area_code, v.period, v.value, v.status, v.boundary_year, v.source_id
		   FROM indicator_values v
		  WHERE v.indicator_id IN (SELECT indicator_id FROM theme_indicator_map)
		    AND v.area_code IN (SELECT code FROM gemeenten)
		  ORDER BY v.indicator_id, v.area_code, v.period`
	);
}

export interface MarginRow extends Record<string, unknown> {
	indicator_id: string;
	area_code: string;
	period: number;
	lower: number;
	upper: number;
}

/** The 95% intervals of linked surveyed values (from imports): drawn beside their positions. */
export function linkedMargins(): Statement {
	return statement(
		`SELECT m.indicator_id, m.area_code, m.period, m.lower, m.upper
		   FROM indicator_margins m
		  WHERE m.indicator_id IN (SELECT indicator_id FROM theme_indicator_map)
		  ORDER BY m.indicator_id, m.area_code, m.period`
	);
}

export interface PeerFeatureRow extends Record<string, unknown> {
	code: string;
	inhabitants: number | null;
	density: number | null;
	share0to14: number | null;
	share15to24: number | null;
	share65plus: number | null;
}

/** The features peers are chosen on, each share at its latest period (as on the gemeente page). */
export function peerFeatureRows(): Statement {
	const latest = `(SELECT arg_max(v.value, v.period) FROM indicator_values v WHERE v.area_code = g.code AND v.indicator_id = ?)`;
	return statement(
		`SELECT g.code, g.inhabitants, g.density_per_km2 AS density,
		        ${latest} AS share0to14, ${latest} AS share15to24, ${latest} AS share65plus
		   FROM gemeenten g
		  ORDER BY g.code`,
		[PEER_SHARE_INDICATORS.share0to14, PEER_SHARE_INDICATORS.share15to24, PEER_SHARE_INDICATORS.share65plus]
	);
}

export interface ImportedValueRow extends IndicatorChoiceRow {
	period: number;
	value: number;
	/** The 95% interval of a surveyed value, when the import had margins. */
	lower: number | null;
	upper: number | null;
	/** The theme the user linked the figure to at import, if any. */
	theme_id: string | null;
	source: string;
}

/** A gemeente's values from the user's own imports (their sources are keyed `import_…`), with margins and theme. */
export function importedValues(code: string): Statement {
	return statement(
		`SELECT v.indicator_id, i.label_nl, i.label_en, i.unit, i.direction, i.lens, v.period, v.value, m.lower, m.upper,
		        (SELECT min(tm.theme_id) FROM theme_indicator_map tm WHERE tm.indicator_id = v.indicator_id) AS theme_id,
		        -- The source as the user gave it (the title and name of the file), never the id it is kept under.
		        CASE WHEN s.via IS NOT NULL AND s.title IS NOT NULL AND s.via <> s.title THEN s.title || ' (' || s.via || ')'
		             ELSE coalesce(s.title, s.via, 'eigen import') END AS source
		   FROM indicator_values v
		   JOIN indicators i ON i.indicator_id = v.indicator_id
		   LEFT JOIN sources s ON s.source_id = v.source_id
		   LEFT JOIN indicator_margins m ON m.indicator_id = v.indicator_id AND m.area_code = v.area_code AND m.period = v.period
		  WHERE v.area_code = ? AND starts_with(v.source_id, ?)
		  ORDER BY i.label_nl, v.period`,
		[code, IMPORT_SOURCE_PREFIX]
	);
}

export interface ReferenceValueRow extends Record<string, unknown> {
	indicator_id: string;
	period: number;
	value: number;
}

/** Every gemeente's value of the imported figures this gemeente has: the reference its position is taken in. */
export function importedReference(code: string): Statement {
	return statement(
		`SELECT v.indicator_id, v.period, v.value
		   FROM indicator_values v
		  WHERE v.area_code IN (SELECT g.code FROM gemeenten g)
		    AND (v.indicator_id, v.period) IN (SELECT o.indicator_id, o.period FROM indicator_values o WHERE o.area_code = ? AND starts_with(o.source_id, ?))
		  ORDER BY v.indicator_id, v.period, v.value`,
		[code, IMPORT_SOURCE_PREFIX]
	);
}

export interface ThemeLabelRow extends Record<string, unknown> {
	theme_id: string;
	label_nl: string;
	label_en: string;
	definition_nl: string | null;
	definition_en: string | null;
}

/** Every theme with its names and definitions, by id (the one themes query: pages sort by label where they show a list). */
export function themeLabels(): Statement {
	return statement('SELECT theme_id, label_nl, label_en, definition_nl, definition_en FROM themes ORDER BY theme_id');
}

export interface ThemeLinkRow extends Record<string, unknown> {
	theme_id: string;
	indicator_id: string;
	role: string | null;
}

/** Which indicators measure which theme, and in what role. */
export function themeLinks(): Statement {
	return statement('SELECT theme_id, indicator_id, role FROM theme_indicator_map ORDER BY theme_id, indicator_id');
}

export interface IndicatorDirectionRow extends Record<string, unknown> {
	indicator_id: string;
	direction: string;
}

/** Which way is worse, per indicator. */
export function indicatorDirections(): Statement {
	return statement('SELECT indicator_id, direction FROM indicators ORDER BY indicator_id');
}

export interface SourceLabelRow extends Record<string, unknown> {
	source_id: string;
	label: string;
}

/** Each source as the source line under a chart names it: publisher, title. */
export function sourceLabels(): Statement {
	return statement(`SELECT source_id, publisher || ', ' || title AS label FROM sources ORDER BY publisher, title`);
}
