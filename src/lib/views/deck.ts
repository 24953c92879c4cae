/**
 * The one-sentence takeaways of the deck, written from the numbers on the slide (never canned), and the theme rows
 * each slide shows. Pure: the caller passes the translate function.
 */
import { DEFAULT_THRESHOLDS, isHeard, isSilent, type Thresholds } from '$lib/analysis/classify';
import type { ThemeGap } from '$lib/analysis/gap';
import { classLabel, type Labels } from './compare';
import { levelWord, researchersWord } from './heard';
import { joinAnd, quoted } from './lists';

/**
 * Themes raised as a problem, in the order a raad should hear them: what counts as heard first (what the researchers
 * call the heart of the matter, then the broadest step, then the researchers' other conclusions), then what was only
 * mentioned, each by label. The thresholds are the method's defaults unless the caller says otherwise.
 */
export function heardThemes(rows: readonly ThemeGap[], l: Labels, thresholds: Thresholds = DEFAULT_THRESHOLDS): ThemeGap[] {
	return rows
		.filter((r) => r.perceived.raised)
		.sort(
			(a, b) =>
				Number(isHeard(b.perceived, thresholds)) - Number(isHeard(a.perceived, thresholds)) ||
				Number(b.perceived.assessments.includes('kern')) - Number(a.perceived.assessments.includes('kern')) ||
				(b.perceived.level ?? -1) - (a.perceived.level ?? -1) ||
				Number(b.perceived.byResearchers) - Number(a.perceived.byResearchers) ||
				l.theme(a.themeId).localeCompare(l.theme(b.themeId), l.locale)
		);
}

/** What the gap slide can hold, most telling classes first; themes outside the question are left to the table. */
const CLASS_PRIORITY = ['perception_gap', 'confirmed', 'no_measurement', 'blind_spot', 'mentioned', 'too_few', 'no_signal', 'not_in_source', 'not_studied'] as const;

export function gapSlideThemes(rows: readonly ThemeGap[], l: Labels): ThemeGap[] {
	return rows
		.filter((r) => !isSilent(r.classification.gapClass) && (r.perceived.raised || r.measured.percentile !== null))
		.sort(
			(a, b) =>
				CLASS_PRIORITY.indexOf(a.classification.gapClass) - CLASS_PRIORITY.indexOf(b.classification.gapClass) ||
				// Within a class what the researchers call the heart of the matter first, then their conclusions, then breadth.
				Number(b.perceived.assessments.includes('kern')) - Number(a.perceived.assessments.includes('kern')) ||
				Number(b.perceived.byResearchers) - Number(a.perceived.byResearchers) ||
				(b.perceived.level ?? -1) - (a.perceived.level ?? -1) ||
				l.theme(a.themeId).localeCompare(l.theme(b.themeId), l.locale)
		);
}

export interface FigureRow {
	readonly indicatorId: string;
	readonly period: number;
	readonly percentile: number;
	readonly referenceSize: number;
	/** The themes this figure stands for, as their main figure or beside it. */
	readonly themeIds: readonly string[];
}

/**
 * The figures behind the themes, one row per figure rather than per theme: one crime rate standing for three
 * themes is one figure, not three measurements. Context figures (no verdict) are left out; the worst first.
 */
export function figureRows(rows: readonly ThemeGap[]): FigureRow[] {
	const byId = new Map<string, FigureRow>();
	for (const r of rows)
		for (const p of r.measured.positions) {
			if (p.role === 'context' || p.percentile === null || p.period === null) continue;
			const seen = byId.get(p.indicatorId);
			byId.set(p.indicatorId, seen ? { ...seen, themeIds: [...seen.themeIds, r.themeId] } : { indicatorId: p.indicatorId, period: p.period, percentile: p.percentile, referenceSize: p.referenceSize, themeIds: [r.themeId] });
		}
	return [...byId.values()].sort((a, b) => b.percentile - a.percentile || a.indicatorId.localeCompare(b.indicatorId));
}

export function heardTakeaway(rows: readonly ThemeGap[], l: Labels): string {
	const [first, second] = rows;
	if (!first) return l.t('deck.heard.none');
	// The report's own word where it gave one ("stuk voor stuk"), else the step, then what the researchers conclude:
	// the same words as the summary and the gemeente page.
	const share = (r: ThemeGap) => {
		const p = r.perceived;
		const word = p.quantifier ?? (p.level !== null ? levelWord(p.level, l) : null);
		return [word, researchersWord(p, l)].filter(Boolean).join('; ') || l.t('compare.matrix.mentioned');
	};
	if (!second) return l.t('deck.heard.one', { theme: l.theme(first.themeId), share: share(first) });
	return l.t('deck.heard.two', { theme: l.theme(first.themeId), share: share(first), second: l.theme(second.themeId), share2: share(second) });
}

/** Up to three names, or the number with the first two: a sentence a projector can hold that still covers them all. */
function listOrCount(names: readonly string[], l: Labels): string {
	const q = names.map(quoted);
	return names.length <= 3 ? joinAnd(q, l.locale) : l.t('deck.gap.many', { n: names.length, first: joinAnd(q.slice(0, 2), l.locale) });
}

/**
 * What was heard, by class and by name (confirmed, not (yet) in the figures, no figures at all), then what the
 * figures show that was not widely heard. Themes outside the trajectory's question never count.
 */
export function gapTakeaway(rows: readonly Pick<ThemeGap, 'themeId' | 'classification'>[], l: Labels): string {
	const of = (c: string) => rows.filter((r) => r.classification.gapClass === c).map((r) => l.theme(r.themeId));
	const named = (['confirmed', 'perception_gap', 'no_measurement'] as const).filter((c) => of(c).length > 0).map((c) => `${classLabel(c, l)}: ${listOrCount(of(c), l)}.`);
	const blind = of('blind_spot');
	const parts = [...named, ...(blind.length > 0 ? [l.t('deck.gap.blind', { list: listOrCount(blind, l) })] : [])];
	return parts.length === 0 ? l.t('deck.gap.none') : parts.join(' ');
}

export function elsewhereTakeaway(rows: readonly ThemeGap[], elsewhere: Readonly<Record<string, string[]>>, l: Labels): string {
	const recurring = rows.filter((r) => (elsewhere[r.themeId]?.length ?? 0) > 0).sort((a, b) => elsewhere[b.themeId]!.length - elsewhere[a.themeId]!.length);
	const top = recurring[0];
	if (!top) return l.t('deck.elsewhere.none');
	const names = joinAnd(elsewhere[top.themeId]!, l.locale);
	return l.t(recurring.length === 1 ? 'deck.elsewhere.topOne' : 'deck.elsewhere.top', { theme: quoted(l.theme(top.themeId)), names, n: recurring.length });
}

export function actionTakeaway(solutions: number, strengths: number, l: Labels): string {
	if (solutions + strengths === 0) return l.t('deck.action.none');
	return strengths === 0 ? l.t('deck.action.countNoStrengths', { solutions }) : l.t('deck.action.count', { solutions, strengths });
}
