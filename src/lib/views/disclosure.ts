/**
 * Which counts of people the comparison pages may show, whatever the filter. A count is shown only if it is at least
 * k and no other count on any page gives it away by difference. Group sizes follow the gemeente page's breakdown
 * (groupBreakdown: groups under k merged into "overig", itself at least k and never one group): under a
 * respondent-group filter a trajectory's count is shown only when that group is a cell of its own there, and the
 * total only when it is at least k. Then every shown count, and every sum of shown counts subtracted from a shown
 * total, is 0 or at least k. Respondent counts under a filter that narrows the population (group, source type,
 * year) are only said to reach k, never given exactly: the unfiltered count minus a filtered one would be a
 * count of the people filtered out.
 */
import { distinctNames, type ThemeCounts, type TrajectoryRef } from '$lib/analysis/compare';
import { DEFAULT_K_MIN, groupBreakdown } from '$lib/analysis/groups';
import { groupBy } from '$lib/analysis/groupBy';
import type { ConversationRow } from '$lib/analysis/types';
import { trajectoryRef } from '$lib/data/compareRows';
import type { ConversationCountRow, ThemePairRow, TrajectoryRow } from '$lib/db/queries/compare';
import type { FindingFilters } from '$lib/schema/filters';

export type Disclosed = { readonly shown: true; readonly n: number } | { readonly shown: false; readonly reason: 'unknown' | 'withheld' };

/** The conversation count of one trajectory under a respondent-group filter (null: all groups). */
export function disclosedConversations(
	rows: readonly Pick<ConversationRow, 'trajectory_id' | 'respondent_group' | 'n_conversations'>[],
	group: string | null,
	kMin = DEFAULT_K_MIN
): Disclosed {
	const counted = rows.filter((r) => r.n_conversations !== null && r.n_conversations > 0 && (group === null || r.respondent_group === group));
	if (counted.length === 0) return { shown: false, reason: 'unknown' };
	const n = counted.reduce((s, r) => s + r.n_conversations!, 0);
	if (n < kMin) return { shown: false, reason: 'withheld' };
	if (group === null) return { shown: true, n };
	const cell = groupBreakdown(
		rows.map((r) => ({ ...r, quantifier: null })),
		kMin
	).find((c) => c.kind === 'group' && c.group === group);
	return cell ? { shown: true, n } : { shown: false, reason: 'withheld' };
}

/** Whether a filter narrows the population of people (so exact respondent counts could be differenced). */
export function narrowsPeople(f: { group: string | null; sourceType: string | null; year: number | null }): boolean {
	return f.group !== null || f.sourceType !== null || f.year !== null;
}

/** What a within-conversation pair count may say: exact when unfiltered and at least k, else only "at least k". */
export function withinText(respondents: number, narrowed: boolean, kMin = DEFAULT_K_MIN): { readonly count: number | null; readonly atLeast: boolean } {
	if (respondents < kMin) return { count: null, atLeast: false };
	return narrowed ? { count: null, atLeast: true } : { count: respondents, atLeast: false };
}

/** A trajectory as the comparison pages get it: its conversation count only when it may be shown. */
export interface CompareTrajectory extends TrajectoryRef {
	/** The count exists but is withheld (under k, or it would give a small group away by difference). */
	readonly withheld: boolean;
}

export interface CompareSelection {
	/** The filters it was read under: what its charts show, while the next selection is still being read. */
	readonly filters: FindingFilters;
	readonly trajectories: CompareTrajectory[];
	readonly counts: ThemeCounts[];
	readonly pairsWithin: ThemePairRow[];
	/** The filters narrow the population of people: exact respondent counts are not shown. */
	readonly narrowed: boolean;
}

/** The comparison pages' selection from its query answers, with every count of people made safe to show. */
export function compareSelectionFromRows(
	filters: FindingFilters,
	trajectories: readonly TrajectoryRow[],
	counts: ThemeCounts[],
	pairsWithin: readonly ThemePairRow[],
	conversations: readonly ConversationCountRow[],
	kMin = DEFAULT_K_MIN
): CompareSelection {
	const byTrajectory = groupBy(conversations, (c) => c.trajectory_id);
	return {
		filters,
		trajectories: distinctNames(
			trajectories.map((t) => {
				const disclosed = disclosedConversations(byTrajectory.get(t.trajectory_id) ?? [], filters.group, kMin);
				return {
					...trajectoryRef(t),
					conversations: disclosed.shown ? disclosed.n : null,
					withheld: !disclosed.shown && disclosed.reason === 'withheld'
				};
			})
		),
		narrowed: narrowsPeople(filters),
		counts,
		pairsWithin: [...pairsWithin]
	};
}
