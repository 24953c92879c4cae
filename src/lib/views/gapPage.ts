/**
 * The gemeente page's view of one trajectory and its gap, for both reference sets, from the tables' rows. Pure: the
 * rows come in through `read`, from the shipped CSV files at build time (server/gap.ts) or from DuckDB in the browser
 * for an imported trajectory (data/ownTrajectory.ts), so both pages show the same thing computed the same way.
 */
import { gapRows, type ThemeGap } from '$lib/analysis/gap';
import { lensOf, type Lens } from '$lib/analysis/lens';
import { COUNT_OF } from '$lib/analysis/trend';
import { DEFAULT_K_MIN, groupBreakdown, type GroupCell } from '$lib/analysis/groups';
import { conversationsHeld, speakerOf } from '$lib/analysis/perceived';
import { peerGroup, type PeerFeatures } from '$lib/analysis/peers';
import type { ConversationRow, FindingRow, ValueRow } from '$lib/analysis/types';
import { sourceRef, type SourceRef } from '$lib/schema/provenance';
import type { ReadTable, RowOf, TableName } from '$lib/schema/tables';

export type { ReadTable } from '$lib/schema/tables';
/** A row of one of the page's tables (shipped, plus imports where read from DuckDB), typed by its spec. */
export type Row<N extends TableName = TableName> = RowOf<N>;

export interface TrajectoryView {
	readonly id: string;
	readonly title: string;
	readonly question: string | null;
	readonly periodStart: string | null;
	readonly periodEnd: string | null;
	readonly referenceYear: number | null;
	readonly focusWijken: string[];
	readonly method: string | null;
	readonly partners: string[];
	/** Theme ids the question covered; null when not recorded. */
	readonly scope: string[] | null;
	readonly scopeNote: string | null;
	readonly aanleiding: string | null;
	readonly opvolging: string | null;
	/** The gemeente's own comparison of what residents said with its figures, where the report records one. */
	readonly gemeenteVergelijking: string | null;
	readonly appliesBeyondWijk: string | null;
	readonly reconstructed: boolean;
	/** False when the only source is a summary or an article. */
	readonly sourceComplete: boolean;
	readonly sourceRef: string | null;
	readonly conversationsHeld: number | null;
	/**
	 * Each focus wijk and the wijk code it matches with certainty in the shipped name tables, or null: wijk figures
	 * are shown only for a certain match, never for a guess.
	 */
	readonly wijkMatches: { name: string; code: string | null }[];
	/** Counted conversations by lens (inwoners, professionals, gemeente, bestuur), where the report counts them. */
	readonly bySpeaker: { speaker: string; n: number }[];
	readonly groups: GroupCell[];
	readonly uncountedGroups: { group: string; quantifier: string | null }[];
}

export interface ThemeView {
	readonly id: string;
	readonly labelNl: string;
	readonly labelEn: string;
	readonly definitionNl: string;
	readonly indicators: { id: string; role: string; rationaleNl: string }[];
}

export interface GapPage {
	readonly trajectory: TrajectoryView;
	readonly themes: Record<string, ThemeView>;
	readonly findings: FindingRow[];
	readonly gap: { all: ThemeGap[]; peers: ThemeGap[] };
	readonly peers: { code: string; name: string; distance: number }[];
	readonly peersExcluded: number;
	readonly sources: Record<string, SourceRef>;
	readonly indicatorLabels: Record<string, { nl: string; en: string; unit: string; caveatNl: string | null; lens: Lens }>;
}

/** A wijk code for a wijk name inside a gemeente, only when the name table names exactly one. */
function wijkCode(read: ReadTable, name: string, gemeente: string): string | null {
	const prefix = `WK${gemeente.slice(2)}`;
	const hits = read('area_names').filter((a) => (a.code ?? '').startsWith(prefix) && a.normalised === name.trim().toLowerCase());
	return new Set(hits.map((a) => a.code)).size === 1 ? hits[0]!.code : null;
}

const PEER_SHARES = ['kinderen_0_14_pct', 'jongeren_15_24_pct', 'ouderen_65plus_pct'] as const;
/** Indicators the peer groups need beside the linked ones (a reader may load only these). */
export const PEER_INDICATORS: readonly string[] = PEER_SHARES;

// 342 pages are prerendered in one process: the peer features are computed once per table reader.
const peerCache = new WeakMap<ReadTable, PeerFeatures[]>();
function peerFeatures(read: ReadTable): PeerFeatures[] {
	const cached = peerCache.get(read);
	if (cached) return cached;
	// The latest value of each share per gemeente.
	const latest = new Map<string, { period: number; value: number }>();
	for (const v of read('indicator_values')) {
		if (!PEER_INDICATORS.includes(v.indicator_id)) continue;
		const key = `${v.area_code}|${v.indicator_id}`;
		const seen = latest.get(key);
		if (!seen || v.period > seen.period) latest.set(key, { period: v.period, value: v.value });
	}
	const rows = read('gemeenten').map((g) => {
		const share = (id: string) => latest.get(`${g.code}|${id}`)?.value ?? null;
		return {
			code: g.code,
			inhabitants: g.inhabitants,
			density: g.density_per_km2,
			share0to14: share('kinderen_0_14_pct'),
			share15to24: share('jongeren_15_24_pct'),
			share65plus: share('ouderen_65plus_pct')
		};
	});
	peerCache.set(read, rows);
	return rows;
}

/** The page of a gemeente's trajectory (the given one, else its first), or null when it has none. */
export function buildGapPage(read: ReadTable, code: string, trajectoryId?: string): GapPage | null {
	const t = read('trajectories').find((r) => r.gemeente_code === code && (trajectoryId === undefined || r.trajectory_id === trajectoryId));
	if (!t) return null;
	const id = t.trajectory_id;
	const referenceYear = t.reference_year;
	const conversations: ConversationRow[] = read('conversations')
		.filter((c) => c.trajectory_id === id)
		.map((c) => ({ trajectory_id: id, respondent_group: c.respondent_group, n_conversations: c.n_conversations, quantifier: c.quantifier }));
	const findings: FindingRow[] = read('findings')
		.filter((f) => f.trajectory_id === id)
		.map((f) => ({
			finding_id: f.finding_id,
			trajectory_id: id,
			theme_id: f.theme_id,
			stance: f.stance,
			respondent_group: f.respondent_group,
			speaker: f.speaker,
			respondent_id: f.respondent_id,
			quantifier: f.quantifier,
			subject_quantifier: f.subject_quantifier,
			researcher_assessment: f.researcher_assessment,
			paraphrase_nl: f.paraphrase_nl,
			anchor: f.anchor,
			source_ref: f.source_ref
		}));
	const links = read('theme_indicator_map').map((l) => ({
		theme_id: l.theme_id,
		indicator_id: l.indicator_id,
		role: l.role ?? 'secondary',
		rationale_nl: l.rationale_nl
	}));
	const linked = new Set(links.map((l) => l.indicator_id));
	const codes = new Set(read('gemeenten').map((g) => g.code));
	// The counts behind a linked rate, for this gemeente only: they judge whether its last change is within chance.
	const counts = new Set([...linked].map((id) => COUNT_OF[id]).filter((id): id is string => !!id));
	const values: ValueRow[] = read('indicator_values').filter((v) => (linked.has(v.indicator_id) && codes.has(v.area_code)) || (counts.has(v.indicator_id) && v.area_code === code));
	const indicators = read('indicators').map((i) => ({ indicator_id: i.indicator_id, direction: i.direction }));
	const themeRows = read('themes');
	const peers = peerGroup(code, peerFeatures(read));
	const names = new Map(read('gemeenten').map((g) => [g.code, g.name]));
	const reconstructed = t.reconstructed !== 'false';
	const scopeText = t.scope_themes;
	const scope = scopeText === null ? null : scopeText.split(';').filter(Boolean);
	const held = conversationsHeld(conversations);
	const common = {
		code,
		referenceYear,
		findings,
		conversations,
		countedConversations: reconstructed ? null : held,
		sourceComplete: t.source_complete !== 'false',
		scope: scope === null ? null : new Set(scope),
		themeIds: themeRows.map((r) => r.theme_id),
		links,
		indicators,
		values
	};
	const bySpeaker = new Map<string, number>();
	for (const c of conversations) {
		if (c.n_conversations === null) continue;
		const speaker = speakerOf({ speaker: null, respondent_group: c.respondent_group });
		bySpeaker.set(speaker, (bySpeaker.get(speaker) ?? 0) + c.n_conversations);
	}

	const usedSources = new Set(values.map((v) => v.source_id));
	return {
		trajectory: {
			id,
			title: t.title,
			question: t.question_nl,
			periodStart: t.period_start,
			periodEnd: t.period_end,
			referenceYear,
			focusWijken: (t.focus_wijken ?? '').split(';').filter(Boolean),
			wijkMatches: (t.focus_wijken ?? '')
				.split(';')
				.filter(Boolean)
				.map((name) => ({ name, code: wijkCode(read, name, code) })),
			method: t.method_nl,
			partners: (t.partners ?? '').split(';').filter(Boolean),
			scope,
			scopeNote: t.scope_note_nl,
			aanleiding: t.aanleiding_nl,
			opvolging: t.opvolging_nl,
			gemeenteVergelijking: t.gemeente_vergelijking_nl,
			appliesBeyondWijk: t.applies_beyond_wijk_nl,
			reconstructed,
			sourceComplete: t.source_complete !== 'false',
			sourceRef: t.source_ref,
			// A total under k is not shown (the gemeente page and the deck print it); the groups are merged below.
			conversationsHeld: atLeastK(held),
			// The report's own count by lens, quoted as the report's (a public document's figure, not a cell Kloofmeter
			// computes): "27 personen, waarvan 3 initiatiefnemers" is what issue #13 asks the page to say.
			bySpeaker: reconstructed ? ['inwoners', 'professionals', 'gemeente', 'bestuur'].filter((sp) => bySpeaker.has(sp)).map((sp) => ({ speaker: sp, n: bySpeaker.get(sp)! })) : [],
			groups: groupBreakdown(conversations),
			uncountedGroups: conversations.filter((c) => c.n_conversations === null).map((c) => ({ group: c.respondent_group, quantifier: c.quantifier }))
		},
		themes: Object.fromEntries(
			themeRows.map((r) => [
				r.theme_id,
				{
					id: r.theme_id,
					labelNl: r.label_nl,
					labelEn: r.label_en,
					definitionNl: r.definition_nl,
					indicators: links.filter((l) => l.theme_id === r.theme_id).map((l) => ({ id: l.indicator_id, role: l.role, rationaleNl: l.rationale_nl }))
				}
			])
		),
		findings,
		gap: {
			all: gapRows({ ...common, reference: codes }),
			peers: gapRows({ ...common, reference: new Set(peers?.peers.map((p) => p.code) ?? []) })
		},
		peers: (peers?.peers ?? []).map((p) => ({ ...p, name: names.get(p.code) ?? p.code })),
		peersExcluded: peers?.excluded ?? 0,
		sources: Object.fromEntries(read('sources').filter((s) => usedSources.has(s.source_id)).map((s) => [s.source_id, sourceRef(s)])),
		indicatorLabels: Object.fromEntries(
			read('indicators')
				.filter((i) => linked.has(i.indicator_id))
				.map((i) => [i.indicator_id, { nl: i.label_nl, en: i.label_en, unit: i.unit, caveatNl: i.caveat_nl, lens: lensOf(i) }])
		)
	};
}

function atLeastK(n: number | null): number | null {
	return n !== null && n < DEFAULT_K_MIN ? null : n;
}
