/**
 * The data behind /vergelijk and /kloof, read from DuckDB. What does not depend on a selection (themes, links, the
 * measured values, peer groups) is read once per page visit; what does (findings under the filters) is one small
 * aggregated query per change.
 */
import { keptPromise } from '$lib/kept';
import { pairGaps, type MeasuredMemo, type PairGap } from '$lib/analysis/compare';
import { DEFAULT_THRESHOLDS, type Thresholds } from '$lib/analysis/classify';
import { peerGroup } from '$lib/analysis/peers';
import type { IndicatorMeta, ValueRow } from '$lib/analysis/types';
import { queryRows } from '$lib/db/client';
import {
	compareFindingsTables,
	compareKeys,
	conversationCounts,
	filterOptions,
	indicatorDirections,
	sourceLabels,
	themeLabels,
	themeLinks,
	linkedMargins,
	linkedValues,
	peerFeatureRows,
	respondentThemesTable,
	themeCounts,
	themeMasks,
	trajectoriesFor,
	type CompareKeyRow,
	type ConversationCountRow,
	type FilterOptionRow,
	type IndicatorDirectionRow,
	type MarginRow,
	type SourceLabelRow,
	type ThemeLabelRow,
	type ThemeLinkRow,
	type PeerFeatureRow,
	type ThemeCountRow,
	type ThemeMaskRow,
	type TrajectoryRow
} from '$lib/db/queries/compare';
import type { QueryRunner } from '$lib/db/sql';
import type { FindingFilters } from '$lib/schema/filters';
import type { ReferenceMode } from '$lib/state/params';
import { compareKeysOf, keyedFilters, themeCountsOf, themePairsOf, wordsPastBits, type CompareKeys } from './compareRows';
import { ensureTables } from './shipped.svelte';
import { compareSelectionFromRows, type CompareSelection } from '$lib/views/disclosure';

export const COMPARE_TABLES = ['gemeenten', 'indicators', 'indicator_values', 'indicator_margins', 'themes', 'theme_indicator_map', 'trajectories', 'conversations', 'findings', 'sources'] as const;


export interface ThemeLabel {
	readonly id: string;
	readonly nl: string;
	readonly en: string;
}

export interface CompareBase {
	readonly themes: readonly ThemeLabel[];
	readonly links: readonly { theme_id: string; indicator_id: string; role: string | null }[];
	readonly indicators: readonly IndicatorMeta[];
	readonly values: readonly ValueRow[];
	readonly margins: ReadonlyMap<string, { readonly lower: number; readonly upper: number }>;
	readonly options: { groups: string[]; sourceTypes: string[]; years: number[] };
	/** Publisher and title of every source behind the measured side, for the source line under each chart. */
	readonly sources: readonly string[];
	/** The reference set of a gemeente under a mode; peer groups are computed on first use. */
	referenceFor(mode: ReferenceMode): (code: string) => ReadonlySet<string>;
	/** Measured sides worked out so far: the figures are this base's, so they hold until the data changes. */
	readonly measuredMemo: MeasuredMemo;
	/** Conversations per trajectory and group, unfiltered: what every selection's disclosure is decided on. */
	readonly conversations: readonly ConversationCountRow[];
	/** The trajectories of each year asked so far (null: all years); see readCompareSelection. */
	readonly trajectoriesByYear: Map<number | null, Promise<TrajectoryRow[]>>;
	/** The texts of the keyed findings' keys, which every selection's counts are read back with. */
	readonly keys: CompareKeys;
}

/** Makes the keyed findings every selection reads (themeCounts, themeMasks) for this data; their keys. */
export async function keyedFindings(run: QueryRunner): Promise<CompareKeys> {
	for (const made of compareFindingsTables()) await run(made);
	const keys = compareKeysOf(await run<CompareKeyRow>(compareKeys()));
	await run(respondentThemesTable(keys.theme.length));
	return keys;
}

let base: { version: number; promise: Promise<CompareBase> } | null = null;

/** Read once per data version: an import or a removal makes the next call read again. */
export function loadCompareBase(version = 0): Promise<CompareBase> {
	if (!base || base.version !== version) {
		const promise = ensureTables(COMPARE_TABLES)
			.then(() => readCompareBase(queryRows))
			.catch((error: unknown) => {
				base = null;
				throw error;
			});
		base = { version, promise };
	}
	return base.promise;
}

/** What does not depend on a selection, over any engine (the Node tests run this on the shipped tables). */
export async function readCompareBase(run: QueryRunner): Promise<CompareBase> {
	const keys = await keyedFindings(run);
	const [themes, links, indicators, values, features, options, sources, margins, conversations] = await Promise.all([
		run<ThemeLabelRow>(themeLabels()),
		run<ThemeLinkRow>(themeLinks()),
		run<IndicatorDirectionRow>(indicatorDirections()),
		run<ValueRow & Record<string, unknown>>(linkedValues()),
		run<PeerFeatureRow>(peerFeatureRows()),
		run<FilterOptionRow>(filterOptions()),
		run<SourceLabelRow>(sourceLabels()),
		run<MarginRow>(linkedMargins()),
		run<ConversationCountRow>(conversationCounts())
	]);
	const used = new Set(values.map((v) => v.source_id));
	const all = new Set(features.map((f) => f.code));
	const peerSets = new Map<string, ReadonlySet<string>>();
	const peersOf = (code: string) => {
		let set = peerSets.get(code);
		if (!set) {
			set = new Set(peerGroup(code, features)?.peers.map((p) => p.code) ?? []);
			peerSets.set(code, set);
		}
		return set;
	};
	const pick = (kind: FilterOptionRow['kind']) => options.filter((o) => o.kind === kind).map((o) => o.value);
	return {
		themes: themes.map((t) => ({ id: t.theme_id, nl: t.label_nl, en: t.label_en })),
		links,
		indicators,
		values,
		margins: new Map(margins.map((m) => [`${m.indicator_id}|${m.area_code}|${m.period}`, { lower: Number(m.lower), upper: Number(m.upper) }])),
		options: { groups: pick('group'), sourceTypes: pick('source_type'), years: pick('year').map(Number) },
		sources: sources.filter((s) => used.has(s.source_id)).map((s) => s.label),
		referenceFor: (mode) => (mode === 'peers' ? peersOf : () => all),
		measuredMemo: new WeakMap(),
		conversations,
		trajectoriesByYear: new Map(),
		keys
	};
}

// Analyses already made, per base and selection: a reference set or a threshold set back to an earlier value (the
// explorer's radio buttons) is the same analysis again, and at scale one is tens of thousands of pairs.
const analysed = new WeakMap<CompareBase, WeakMap<object, Map<string, PairGap[]>>>();

/** Every (trajectory, theme) pair of a selection, analysed against a reference set: what each comparison view draws. */
export function comparePairs(base: CompareBase, selection: Pick<CompareSelection, 'trajectories' | 'counts'>, reference: ReferenceMode, thresholds: Thresholds = DEFAULT_THRESHOLDS): PairGap[] {
	let bySelection = analysed.get(base);
	if (!bySelection) analysed.set(base, (bySelection = new WeakMap()));
	let byQuestion = bySelection.get(selection);
	if (!byQuestion) bySelection.set(selection, (byQuestion = new Map()));
	const key = `${reference}|${JSON.stringify(thresholds)}`;
	let pairs = byQuestion.get(key);
	if (!pairs) byQuestion.set(key, (pairs = analysePairs(base, selection, reference, thresholds)));
	return pairs;
}

function analysePairs(base: CompareBase, selection: Pick<CompareSelection, 'trajectories' | 'counts'>, reference: ReferenceMode, thresholds: Thresholds): PairGap[] {
	// A trajectory whose group size may not be shown (see disclosedConversations) shows nothing about its pairs:
	// pairGaps suppresses them (CompareTrajectory.withheld).
	return pairGaps(
		{ ...selection, themeIds: base.themes.map((th) => th.id), links: base.links, indicators: base.indicators, values: base.values, margins: base.margins, referenceFor: base.referenceFor(reference), measuredMemo: base.measuredMemo },
		thresholds
	);
}

/** A theme's label in the reader's language (its id when the theme is unknown). */
export function themeLabel(base: CompareBase | null, id: string, locale: 'nl' | 'en'): string {
	const th = base?.themes.find((x) => x.id === id);
	return th ? th[locale] : id;
}

export type { CompareSelection, CompareTrajectory } from '$lib/views/disclosure';

/** The findings side under one set of filters (the unfiltered conversation counts come with the base). */
export async function loadCompareSelection(filters: FindingFilters, version = 0): Promise<CompareSelection> {
	const base = await loadCompareBase(version);
	return readCompareSelection(queryRows, filters, base);
}

/**
 * `base`: the base's, when the caller has it; otherwise read here. The trajectories depend on the year alone: the
 * conversations they carry under a group are replaced by the disclosed count, which is decided on the unfiltered
 * counts (views/disclosure.ts), so a change of stance, group or source type asks for them no more.
 */
export async function readCompareSelection(run: QueryRunner, filters: FindingFilters, base?: Pick<CompareBase, 'conversations' | 'trajectoriesByYear' | 'keys'>): Promise<CompareSelection> {
	const keys = base?.keys ?? (await keyedFindings(run));
	// DuckDB-wasm answers one statement at a time: every statement not asked is a wait saved.
	const keyed = keyedFilters(filters, keys);
	const [trajectories, counts, masks, conversationRows] = await Promise.all([
		base ? trajectoriesOfYear(run, base.trajectoriesByYear, filters.year) : run<TrajectoryRow>(trajectoriesFor(filters)),
		run<ThemeCountRow>(themeCounts(keyed, wordsPastBits(keys))),
		run<ThemeMaskRow>(themeMasks(keyed, keys.theme.length)),
		base?.conversations ?? run<ConversationCountRow>(conversationCounts())
	]);
	return compareSelectionFromRows(filters, trajectories, counts.map((c) => themeCountsOf(c, keys)), themePairsOf(masks, keys), conversationRows);
}

function trajectoriesOfYear(run: QueryRunner, known: Map<number | null, Promise<TrajectoryRow[]>>, year: number | null): Promise<TrajectoryRow[]> {
	return keptPromise(known, year, () => run<TrajectoryRow>(trajectoriesFor({ group: null, stance: 'problem', sourceType: null, year })));
}
