/**
 * Across trajectories: the (trajectory, theme) pairs behind the comparison matrix and the gap explorer, the themes
 * that recur, and the themes that occur together. Pure: the caller brings aggregated rows (from DuckDB) and the
 * same measured inputs the gemeente page uses, so a pair here has the class it has there.
 */
import { classify, DEFAULT_THRESHOLDS, type Classification, type Thresholds } from './classify';
import { DEFAULT_K_MIN } from './groups';
import { inScope } from './gap';
import { MeasuredIndex, rolePositions, themeMeasured, type ThemeLink, type ThemeMeasured } from './measured';
import { sharedReadings, type FindingCounts, type Perceived } from './perceived';
import type { IndicatorMeta, ValueRow } from './types';
import { groupBy } from './groupBy';

export interface TrajectoryRef {
	readonly trajectoryId: string;
	readonly code: string;
	readonly name: string;
	readonly referenceYear: number | null;
	/** Conversations counted under the current filter; null when the report gives no numbers. */
	readonly conversations: number | null;
	/** Reconstructed from a public report: its conversations carry no shares (gap.ts countedConversations). */
	readonly reconstructed?: boolean;
	/** Themes the trajectory's question covered; null when not recorded. */
	readonly scope?: ReadonlySet<string> | null;
	/** False when the only source is a summary or an article (gap.ts). */
	readonly sourceComplete?: boolean;
	/** Its group size may not be shown (views/disclosure.ts): nothing about its pairs is shown either. */
	readonly withheld?: boolean;
}

export interface ThemeCounts extends FindingCounts {
	readonly trajectoryId: string;
	readonly themeId: string;
}

export interface PairInputs {
	readonly trajectories: readonly TrajectoryRef[];
	readonly counts: readonly ThemeCounts[];
	readonly themeIds: readonly string[];
	readonly links: readonly ThemeLink[];
	readonly indicators: readonly IndicatorMeta[];
	readonly values: readonly ValueRow[];
	/** 95% intervals of surveyed values, keyed `indicator|area|period` (imports with margins). */
	readonly margins?: ReadonlyMap<string, { readonly lower: number; readonly upper: number }>;
	/** The reference set each gemeente is ranked in (all gemeenten, or its peers). */
	readonly referenceFor: (code: string) => ReadonlySet<string>;
	/**
	 * Measured sides already worked out, per reference set, keyed `code|theme|reference year`. They depend on the
	 * figures and the reference set, not on the findings filter, so a caller whose figures stay the same (one per
	 * data version) passes one memo to every call and a new filter only re-reads what was heard.
	 */
	readonly measuredMemo?: MeasuredMemo;
}

/** Per reference set, per gemeente and reference year (`code|year`), per theme. */
export type MeasuredMemo = WeakMap<ReadonlySet<string>, Map<string, Map<string, ThemeMeasured>>>;

export interface PairGap {
	readonly trajectoryId: string;
	readonly code: string;
	readonly name: string;
	readonly themeId: string;
	readonly raised: boolean;
	readonly inScope: boolean;
	readonly sourceComplete: boolean;
	readonly findings: number;
	/** Fewer than k conversations under this filter: nothing about the pair may be shown. */
	readonly suppressed: boolean;
	readonly perceived: Perceived;
	readonly measured: ThemeMeasured;
	readonly classification: Classification;
}

/** Every trajectory × theme that was raised anywhere or that the figures can speak to. */
export function pairGaps(input: PairInputs, thresholds: Thresholds = DEFAULT_THRESHOLDS, kMin = DEFAULT_K_MIN): PairGap[] {
	// By trajectory, then theme: no key string is made per pair (at scale 40,000 a call).
	const counts = new Map<string, Map<string, ThemeCounts>>();
	for (const c of input.counts) {
		let byTheme = counts.get(c.trajectoryId);
		if (!byTheme) counts.set(c.trajectoryId, (byTheme = new Map()));
		byTheme.set(c.themeId, c);
	}
	const raisedAnywhere = new Set(input.counts.filter((c) => c.findings > 0).map((c) => c.themeId));
	const mapped = new Set(input.links.map((l) => l.theme_id));
	const themes = input.themeIds.filter((id) => raisedAnywhere.has(id) || mapped.has(id));
	const directions = new Map(input.indicators.map((i) => [i.indicator_id, i.direction]));
	const index = measuredIndex(input.values);
	const indicatorsOf = groupBy(input.links, (l) => l.theme_id);

	const memoFor = (reference: ReadonlySet<string>, gemeente: string) => {
		if (!input.measuredMemo) return null;
		let m = input.measuredMemo.get(reference);
		if (!m) input.measuredMemo.set(reference, (m = new Map()));
		let own = m.get(gemeente);
		if (!own) m.set(gemeente, (own = new Map()));
		return own;
	};

	const readingOf = sharedReadings();
	// One array for all pairs, not one per trajectory flattened after (at scale 2,000 of 20 each).
	const out: PairGap[] = [];
	for (const tr of input.trajectories) {
		const reference = input.referenceFor(tr.code);
		// One key per trajectory, not per pair: at scale 2,000 trajectories of some 20 themes each.
		const memo = memoFor(reference, `${tr.code}|${tr.referenceYear}`);
		const suppressed = tr.withheld === true || (tr.conversations !== null && tr.conversations < kMin);
		const measuredOf = (themeId: string): ThemeMeasured => {
			const known = memo?.get(themeId);
			if (known) return known;
			const positions = rolePositions(indicatorsOf.get(themeId) ?? [], (id, asContext) =>
				index.position(id, asContext ? 'neutral' : (directions.get(id) ?? 'neutral'), tr.code, reference, tr.referenceYear)
			).map((p) => {
				const m = p.period === null || p.value === null || p.percentile === null ? undefined : input.margins?.get(`${p.indicatorId}|${tr.code}|${p.period}`);
				if (!m) return p;
				const direction = directions.get(p.indicatorId) ?? 'neutral';
				const bounds = [m.lower, m.upper].map((b) => index.rankInstead(p.indicatorId, direction, tr.code, reference, p.period!, p.value!, b)).filter((x): x is number => x !== null);
				return bounds.length === 2 ? { ...p, marginPercentiles: [Math.min(...bounds), Math.max(...bounds)] as const } : p;
			});
			const measured = themeMeasured(positions);
			memo?.set(themeId, measured);
			return measured;
		};
		const own = counts.get(tr.trajectoryId);
		const n = tr.reconstructed ? null : tr.conversations;
		for (const themeId of themes) {
			const c = own?.get(themeId);
			const perceived = readingOf(c ?? NOTHING, n);
			const findings = c?.findings ?? 0;
			const measured = measuredOf(themeId);
			const asked = inScope(tr.scope ?? null, themeId, findings > 0);
			out.push({
				trajectoryId: tr.trajectoryId,
				code: tr.code,
				name: tr.name,
				themeId,
				raised: findings > 0,
				inScope: asked,
				sourceComplete: tr.sourceComplete ?? true,
				findings,
				suppressed,
				perceived,
				measured,
				classification: suppressed ? { gapClass: 'too_few', uncertain: true } : classify(perceived, measured, thresholds, asked, tr.sourceComplete ?? true)
			});
		}
	}
	return out;
}

const NOTHING: FindingCounts = { findings: 0, respondents: 0, quantifiers: [] };

// The values change only when data is imported or removed: index each array once.
const indexes = new WeakMap<readonly ValueRow[], MeasuredIndex>();
function measuredIndex(values: readonly ValueRow[]): MeasuredIndex {
	let index = indexes.get(values);
	if (!index) indexes.set(values, (index = new MeasuredIndex(values)));
	return index;
}

export interface RecurringTheme {
	readonly themeId: string;
	/** Trajectories in which the theme was raised (under the current filter). */
	readonly trajectories: readonly string[];
	readonly findings: number;
}

// Per analysed pairs (readonly, and kept per selection by their caller): the page reads the raised pairs and the
// recurring themes for four views, each of which walked all 40,000 pairs at scale again.
const raisedOf = new WeakMap<readonly PairGap[], readonly PairGap[]>();
const recurringOf = new WeakMap<readonly PairGap[], readonly RecurringTheme[]>();

/** The pairs that were raised and may be shown: what recurrence, co-occurrence and the matrix's summary count. */
export function raisedPairs(pairs: readonly PairGap[]): readonly PairGap[] {
	let raised = raisedOf.get(pairs);
	if (!raised) raisedOf.set(pairs, (raised = pairs.filter((p) => p.raised && !p.suppressed)));
	return raised;
}

/** Themes by the number of trajectories that raise them, most first; ties by findings, then id. */
export function recurringThemes(pairs: readonly PairGap[]): readonly RecurringTheme[] {
	let recurring = recurringOf.get(pairs);
	if (!recurring) {
		const byTheme = groupBy(raisedPairs(pairs), (p) => p.themeId);
		recurring = [...byTheme.entries()]
			.map(([themeId, list]) => ({ themeId, trajectories: list.map((p) => p.trajectoryId), findings: list.reduce((s, p) => s + p.findings, 0) }))
			.sort((a, b) => b.trajectories.length - a.trajectories.length || b.findings - a.findings || a.themeId.localeCompare(b.themeId));
		recurringOf.set(pairs, recurring);
	}
	return recurring;
}

export interface CoOccurrence {
	readonly a: string;
	readonly b: string;
	/** Trajectories (or, within conversations, respondents) in which both themes occur. */
	readonly count: number | null;
	/** Counted people, and fewer than k: the number is withheld. */
	readonly suppressed: boolean;
}

/** Pairs of themes raised in the same trajectory; a and b in id order, each pair once. */
export function coOccurrenceAcrossTrajectories(pairs: readonly PairGap[]): CoOccurrence[] {
	const raised = raisedPairs(pairs);
	// Themes by their place in id order, and the pairs counted in a square of places: at scale a selection has some
	// 2,000 trajectories of 20 themes, each 190 pairs, too many to count under a key string each.
	const ids = [...new Set(raised.map((p) => p.themeId))].sort();
	const place = new Map(ids.map((id, i) => [id, i]));
	const counts = new Uint32Array(ids.length * ids.length);
	for (const list of groupBy(raised, (p) => p.trajectoryId).values()) {
		const own = [...new Set(list.map((p) => place.get(p.themeId)!))].sort((x, y) => x - y);
		for (let i = 0; i < own.length; i++) for (let j = i + 1; j < own.length; j++) counts[own[i]! * ids.length + own[j]!]!++;
	}
	const out: CoOccurrence[] = [];
	for (let i = 0; i < ids.length; i++)
		for (let j = i + 1; j < ids.length; j++) {
			const count = counts[i * ids.length + j]!;
			if (count > 0) out.push({ a: ids[i]!, b: ids[j]!, count, suppressed: false });
		}
	return out.sort((x, y) => y.count! - x.count! || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

/**
 * Within conversations the unit is a person (a respondent id), so a pair named by fewer than k respondents is a
 * small cell: its count is withheld, though the pair itself (a fact about themes) stays listed.
 */
export function withholdSmallCells(rows: readonly { a: string; b: string; respondents: number }[], kMin = DEFAULT_K_MIN): CoOccurrence[] {
	return rows
		.map((r) => (r.respondents >= kMin ? { a: r.a, b: r.b, count: r.respondents, suppressed: false } : { a: r.a, b: r.b, count: null, suppressed: true }))
		.sort((x, y) => (y.count ?? -1) - (x.count ?? -1) || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

/**
 * The signed distance the explorer ranks by: the heard step as a fraction of the scale (0 = not raised, 1 = the
 * common thread) minus the primary figure's percentile. An ordering, not a measurement: the ranking says so.
 */
export function gapDistance(p: PairGap): number | null {
	if (p.suppressed || p.perceived.level === null || p.measured.percentile === null) return null;
	return p.perceived.level / 6 - p.measured.percentile;
}


/**
 * A display name per trajectory: the gemeente's name, numbered when a gemeente has several trajectories (a shipped
 * one and an import, or many synthetic ones), so no two columns, points or rows read the same.
 */
export function distinctNames<T extends { trajectoryId: string; code: string; name: string }>(trajectories: readonly T[]): T[] {
	const perCode = new Map<string, string[]>();
	for (const tr of trajectories) perCode.set(tr.code, [...(perCode.get(tr.code) ?? []), tr.trajectoryId]);
	for (const ids of perCode.values()) ids.sort();
	return trajectories.map((tr) => {
		const ids = perCode.get(tr.code)!;
		return ids.length === 1 ? tr : { ...tr, name: `${tr.name} (${ids.indexOf(tr.trajectoryId) + 1})` };
	});
}
