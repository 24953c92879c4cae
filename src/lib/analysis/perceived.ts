/**
 * What residents raised: per trajectory and theme, the share of conversations in which the theme came up as a
 * problem. Reconstructed reports rarely give counts per theme, so a share can rest on a count (distinct respondents
 * over conversations held, with a Wilson interval) or on the report's own quantifier word (quantifiers.ts). When
 * both exist, the broadest statement counts: the reading with the highest point estimate.
 */
import { wilson } from './interval';
import { readQuantifier } from './quantifiers';
import type { ConversationRow, FindingRow } from './types';

export type PerceivedBasis = 'count' | 'quantifier' | 'mentioned' | 'none';

export interface Perceived {
	readonly basis: PerceivedBasis;
	/** Point estimate 0..1; null when the theme was raised but nothing says how widely. */
	readonly share: number | null;
	readonly lo: number | null;
	readonly hi: number | null;
	/** Conversations with a known count in the trajectory (null when the report gives none). */
	readonly n: number | null;
	/** Distinct respondents with a problem finding on the theme. */
	readonly k: number;
	readonly quantifier: string | null;
	readonly findingIds: readonly string[];
}

/** Conversations counted in a trajectory; null when no group has a number. */
export function conversationsHeld(conversations: readonly ConversationRow[]): number | null {
	const counted = conversations.filter((c) => c.n_conversations !== null);
	return counted.length === 0 ? null : counted.reduce((sum, c) => sum + (c.n_conversations ?? 0), 0);
}

/**
 * `stance` is 'problem' for the gap; the comparison page also asks how widely a theme was named as a strength or a
 * solution, which is the same count over other findings.
 */
export function perceivedShare(findings: readonly FindingRow[], themeId: string, n: number | null, stance: string = 'problem'): Perceived {
	const matching = findings.filter((f) => f.theme_id === themeId && f.stance === stance);
	const respondents = new Set(matching.map((f) => f.respondent_id).filter((id): id is string => !!id)).size;
	const quantifiers = matching.map((f) => f.quantifier).filter((q): q is string => !!q);
	return perceivedFromCounts({ findings: matching.length, respondents, quantifiers }, n, matching.map((f) => f.finding_id));
}

/** What a theme's findings in one trajectory add up to: the shape DuckDB aggregates them into for the comparison. */
export interface FindingCounts {
	readonly findings: number;
	/** Distinct respondent ids among them. */
	readonly respondents: number;
	readonly quantifiers: readonly string[];
}

/** The same rule as perceivedShare, from counts, so that many trajectories can be aggregated in SQL. */
export function perceivedFromCounts(c: FindingCounts, n: number | null, findingIds: readonly string[] = []): Perceived {
	const k = c.respondents;
	if (c.findings === 0) {
		const interval = n === null ? null : wilson(0, n);
		return { basis: 'none', share: 0, lo: 0, hi: interval?.hi ?? null, n, k: 0, quantifier: null, findingIds };
	}

	type Candidate = { basis: PerceivedBasis; share: number; lo: number; hi: number; quantifier: string | null };
	const candidates: Candidate[] = [];
	if (n !== null && n > 0 && k > 0) {
		const interval = wilson(Math.min(k, n), n)!;
		candidates.push({ basis: 'count', share: Math.min(k, n) / n, lo: interval.lo, hi: interval.hi, quantifier: null });
	}
	for (const word of c.quantifiers) {
		const q = readQuantifier(word);
		if (q) candidates.push({ basis: 'quantifier', share: q.point, lo: q.lo, hi: q.hi, quantifier: q.word });
	}
	if (candidates.length === 0) {
		return { basis: 'mentioned', share: null, lo: null, hi: null, n, k, quantifier: null, findingIds };
	}
	// Broadest statement first; on a tie a count beats a word, then the alphabet keeps it deterministic.
	candidates.sort((a, b) => b.share - a.share || (a.basis === 'count' ? -1 : b.basis === 'count' ? 1 : 0) || (a.quantifier ?? '').localeCompare(b.quantifier ?? ''));
	const best = candidates[0]!;
	return { ...best, n, k, findingIds };
}
