/**
 * From analysed pairs to the gap explorer's points, ranking and the pairs that cannot be placed. Pure.
 */
import { gapDistance, type PairGap } from '$lib/analysis/compare';
import type { GapPoint } from '$lib/charts/gapScatter';
import type { RankedGap } from '$lib/charts/gapRanking';
import { formatShare } from '$lib/format';
import type { MessageKey } from '$lib/i18n/messages';
import { classLabel, type Labels } from './compare';
import { heardLine } from './heard';

/** Where the researchers conclude a theme without a word on how widely it was heard: a band of its own, above the scale. */
export const RESEARCHERS_ROW = 7;
// A pair needs a place on the heard axis (a step, or the researchers' band) and a primary figure to be placed.
const heardY = (p: PairGap): number | null => p.perceived.level ?? (p.perceived.byResearchers ? RESEARCHERS_ROW : null);
const placed = (p: PairGap) => !p.suppressed && heardY(p) !== null && p.measured.percentile !== null;
/** A pair belongs in the explorer when it was raised, or when the figures point at it (a blind spot). */
const relevant = (p: PairGap) => p.raised || p.classification.gapClass === 'blind_spot';

function tip(p: PairGap, l: Labels): string {
	const pct = (v: number | null) => formatShare(v, l.locale, 0);
	return l.t('gapx.tip', {
		name: p.name,
		theme: l.theme(p.themeId),
		heard: heardLine(p.perceived, l),
		percentile: pct(p.measured.percentile),
		class: classLabel(p.classification.gapClass, l)
	}) + p.measured.positions
		.filter((x) => x.marginPercentiles && x.percentile !== null)
		.map((x) => `\n${l.t('gapx.tip.survey', { pct: pct(x.percentile), lo: pct(x.marginPercentiles![0]), hi: pct(x.marginPercentiles![1]) })}`)
		.join('');
}

export function gapPoints(pairs: readonly PairGap[], l: Labels): GapPoint[] {
	return pairs
		.filter((p) => placed(p) && relevant(p))
		.map((p) => {
			// The spread covers every figure's position and, for a surveyed figure, its 95% interval.
			const ps = p.measured.positions.flatMap((x) => [x.percentile, ...(x.marginPercentiles ?? [])]).filter((x): x is number => x !== null);
			return {
				code: p.code,
				label: l.t('gapx.pair', { name: p.name, theme: l.theme(p.themeId) }),
				level: heardY(p)!,
				lo: p.perceived.levelMin,
				hi: p.perceived.levelMax,
				percentile: p.measured.percentile!,
				pMin: Math.min(...ps),
				pMax: Math.max(...ps),
				gapClass: p.classification.gapClass,
				tip: tip(p, l)
			};
		});
}

/** A heard step in words; 7 is the researchers' band. */
const stepWord = (level: number, l: Labels) => (level === RESEARCHERS_ROW ? l.t('speaker.onderzoekers') : l.t(`level.${level}` as MessageKey));

/** Above this many pairs the scatter shows places, not pairs: one SVG mark per pair stops being readable and fast. */
export const SCATTER_MAX_POINTS = 2000;

export interface ScatterPoints {
	readonly points: GapPoint[];
	/** How many pairs the points stand for. */
	readonly pairs: number;
	/** True when pairs at the same place were merged into one point (say so on the chart). */
	readonly merged: boolean;
}

/**
 * The scatter's points, merged above `max` pairs: pairs on the same heard step, in the same class and at the same
 * whole percentile become one point whose label and tooltip say how many pairs it holds and name the first few.
 * Below `max` every pair is its own point, exactly as `gapPoints` gives them.
 */
export function scatterPoints(pairs: readonly PairGap[], l: Labels, max = SCATTER_MAX_POINTS): ScatterPoints {
	const shown = pairs.filter((p) => placed(p) && relevant(p));
	if (shown.length <= max) return { points: gapPoints(shown, l), pairs: shown.length, merged: false };
	const places = new Map<string, PairGap[]>();
	for (const p of shown) {
		const key = `${heardY(p)}|${p.classification.gapClass}|${Math.round(p.measured.percentile! * 100)}`;
		const at = places.get(key);
		if (at) at.push(p);
		else places.set(key, [p]);
	}
	const pct = (v: number) => formatShare(v, l.locale, 0);
	const points = [...places.values()].map((at): GapPoint => {
		const first = at[0]!;
		if (at.length === 1) return gapPoints(at, l)[0]!;
		const percentile = Math.round(first.measured.percentile! * 100) / 100;
		const names = at.slice(0, 3).map((p) => l.t('gapx.pair', { name: p.name, theme: l.theme(p.themeId) }));
		const label = l.t('gapx.merged.label', { n: at.length, names: names.join('; ') });
		return {
			code: first.code,
			label,
			level: heardY(first)!,
			lo: null,
			hi: null,
			percentile,
			pMin: percentile,
			pMax: percentile,
			gapClass: first.classification.gapClass,
			tip: `${label}\n${l.t('gapx.merged.tip', { percentile: pct(percentile), heard: stepWord(heardY(first)!, l), class: classLabel(first.classification.gapClass, l) })}`
		};
	});
	return { points, pairs: shown.length, merged: true };
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
			share: (p.perceived.level ?? 6) / 6,
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

/** A raised pair without a position on one axis. */
export const isUnplaced = (p: PairGap): boolean => p.raised && !placed(p);

/**
 * Above this many unplaced pairs their table is built when the reader opens it: thousands of rows with a link each
 * would be rebuilt, laid out and scanned by the router on every change for nobody.
 */
export const UNPLACED_EAGER_ROWS = 200;

/** Raised pairs without a position on one axis, with the reason: no indicator, no extent, or too few conversations. */
export function unplacedPairs(pairs: readonly PairGap[], l: Labels): UnplacedPair[] {
	return pairs
		.filter(isUnplaced)
		.map((p) => ({
			code: p.code,
			label: l.t('gapx.pair', { name: p.name, theme: l.theme(p.themeId) }),
			reason: p.suppressed
				? l.t('gapx.unplaced.withheld')
				: p.measured.percentile === null
					? l.t('gapx.unplaced.noMeasurement')
					: p.perceived.basis === 'researchers'
						? l.t('gapx.unplaced.researchers')
						: l.t('gapx.unplaced.mentioned')
		}))
		.sort((a, b) => a.label.localeCompare(b.label, l.locale));
}

export function explorerSummary(points: readonly GapPoint[], l: Labels): string {
	const count = (c: string) => points.filter((p) => p.gapClass === c).length;
	return l.t('gapx.summary', { n: points.length, gaps: count('perception_gap'), confirmed: count('confirmed'), blind: count('blind_spot') });
}

/** The same sentence counted over pairs, for a scatter whose points may stand for several pairs. */
export function pairsSummary(pairs: readonly PairGap[], l: Labels): string {
	const shown = pairs.filter((p) => placed(p) && relevant(p));
	const count = (c: string) => shown.filter((p) => p.classification.gapClass === c).length;
	return l.t('gapx.summary', { n: shown.length, gaps: count('perception_gap'), confirmed: count('confirmed'), blind: count('blind_spot') });
}

export function rankingSummary(rows: readonly RankedGap[], l: Labels): string | null {
	const top = rows[0];
	if (!top) return null;
	return l.t('gapx.ranking.summary', { label: top.label, share: l.t(`level.${Math.round(top.share * 6)}` as MessageKey), percentile: formatShare(top.percentile, l.locale, 0), class: top.classLabel });
}
