/**
 * From analysed pairs to the gap explorer's points, ranking and the pairs that cannot be placed. Pure.
 */
import { gapDistance, type PairGap } from '$lib/analysis/compare';
import type { GapPoint } from '$lib/charts/gapScatter';
import type { RankedGap } from '$lib/charts/gapRanking';
import { formatShare } from '$lib/format';
import { classLabel, type Labels } from './compare';

const placed = (p: PairGap) => !p.suppressed && p.perceived.share !== null && p.measured.percentile !== null;
/** A pair belongs in the explorer when it was raised, or when the figures point at it (a blind spot). */
const relevant = (p: PairGap) => p.raised || p.classification.gapClass === 'blind_spot';

function tip(p: PairGap, l: Labels): string {
	const pct = (v: number | null) => formatShare(v, l.locale, 0);
	return l.t('gapx.tip', {
		name: p.name,
		theme: l.theme(p.themeId),
		share: pct(p.perceived.share),
		lo: pct(p.perceived.lo),
		hi: pct(p.perceived.hi),
		percentile: pct(p.measured.percentile),
		class: classLabel(p.classification.gapClass, l)
	});
}

export function gapPoints(pairs: readonly PairGap[], l: Labels): GapPoint[] {
	return pairs
		.filter((p) => placed(p) && relevant(p))
		.map((p) => {
			const ps = p.measured.positions.map((x) => x.percentile).filter((x): x is number => x !== null);
			return {
				code: p.code,
				label: l.t('gapx.pair', { name: p.name, theme: l.theme(p.themeId) }),
				share: p.perceived.share!,
				lo: p.perceived.lo,
				hi: p.perceived.hi,
				percentile: p.measured.percentile!,
				pMin: Math.min(...ps),
				pMax: Math.max(...ps),
				gapClass: p.classification.gapClass,
				tip: tip(p, l)
			};
		});
}

/** The placed pairs by the size of their difference, largest first; `limit` keeps the chart readable. */
export function rankedGaps(pairs: readonly PairGap[], l: Labels, limit = 20): RankedGap[] {
	return pairs
		.filter((p) => placed(p) && relevant(p))
		.map((p) => ({ p, d: gapDistance(p)! }))
		.sort((a, b) => Math.abs(b.d) - Math.abs(a.d) || a.p.name.localeCompare(b.p.name) || a.p.themeId.localeCompare(b.p.themeId))
		.slice(0, limit)
		.map(({ p }) => ({
			code: p.code,
			label: l.t('gapx.pair', { name: p.name, theme: l.theme(p.themeId) }),
			share: p.perceived.share!,
			percentile: p.measured.percentile!,
			gapClass: p.classification.gapClass,
			classLabel: classLabel(p.classification.gapClass, l),
			tip: tip(p, l)
		}));
}

export interface UnplacedPair {
	readonly code: string;
	readonly label: string;
	readonly reason: string;
}

/** Raised pairs without a position on one axis, with the reason: no indicator, no extent, or too few conversations. */
export function unplacedPairs(pairs: readonly PairGap[], l: Labels): UnplacedPair[] {
	return pairs
		.filter((p) => p.raised && !placed(p))
		.map((p) => ({
			code: p.code,
			label: l.t('gapx.pair', { name: p.name, theme: l.theme(p.themeId) }),
			reason: p.suppressed
				? l.t('gapx.unplaced.withheld')
				: p.measured.percentile === null
					? l.t('gapx.unplaced.noMeasurement')
					: l.t('gapx.unplaced.mentioned')
		}))
		.sort((a, b) => a.label.localeCompare(b.label, l.locale));
}

export function explorerSummary(points: readonly GapPoint[], l: Labels): string {
	const count = (c: string) => points.filter((p) => p.gapClass === c).length;
	return l.t('gapx.summary', { n: points.length, gaps: count('perception_gap'), confirmed: count('confirmed'), blind: count('blind_spot') });
}

export function rankingSummary(rows: readonly RankedGap[], l: Labels): string | null {
	const top = rows[0];
	if (!top) return null;
	return l.t('gapx.ranking.summary', { label: top.label, share: formatShare(top.share, l.locale, 0), percentile: formatShare(top.percentile, l.locale, 0), class: top.classLabel });
}
