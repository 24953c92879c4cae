/**
 * From analysed pairs to what the comparison charts draw: labels, texts and tooltips in the reader's language.
 * Pure (the caller passes the translate function), so the texts are tested without a browser.
 */
import type { GapClass } from '$lib/analysis/classify';
import { coOccurrenceAcrossTrajectories, raisedPairs, recurringThemes, type PairGap, type TrajectoryRef } from '$lib/analysis/compare';
import { DEFAULT_K_MIN } from '$lib/analysis/groups';
import { heardLine, levelWord } from './heard';
import type { CoOccurrenceCell } from '$lib/charts/coOccurrence';
import type { RecurringRow } from '$lib/charts/recurringThemes';
import type { MatrixCell } from '$lib/charts/themeMatrix';
import { formatShare, type Locale } from '$lib/format';
import { withinText } from './disclosure';
import type { MessageKey, Translate } from '$lib/i18n/messages';


export interface Labels {
	readonly locale: Locale;
	readonly t: Translate;
	readonly theme: (id: string) => string;
}

/** A column header: the trajectory and its conversation count, never a count under k (see ./disclosure.ts). */
export function columnLabel(tr: TrajectoryRef & { readonly withheld?: boolean }, l: Labels, kMin = DEFAULT_K_MIN): string {
	const n =
		tr.withheld || (tr.conversations !== null && tr.conversations < kMin)
			? l.t('compare.matrix.nWithheld', { k: kMin })
			: tr.conversations === null
				? l.t('compare.matrix.nUnknown')
				: l.t('compare.matrix.n', { n: tr.conversations });
	return `${tr.name} (${n})`;
}

export function classLabel(c: GapClass, l: Labels): string {
	return l.t(`class.${c}` as MessageKey);
}

export { basisText } from './heard';

export function cellText(p: PairGap, l: Labels): string {
	if (p.suppressed) return l.t('compare.matrix.withheld', { k: DEFAULT_K_MIN });
	if (!p.raised) return !p.inScope ? l.t('class.not_studied') : p.sourceComplete ? l.t('compare.matrix.notRaised') : l.t('class.not_in_source');
	if (p.perceived.withheld) return l.t('compare.matrix.withheld', { k: DEFAULT_K_MIN });
	if (p.perceived.level === null) return p.perceived.byResearchers ? `◆ ${l.t('speaker.onderzoekers')}` : l.t('compare.matrix.mentioned');
	const share = p.perceived.basis === 'count' ? ` (${formatShare(p.perceived.share, l.locale, 0)})` : '';
	// The report's own word where it gave one ("stuk voor stuk"), else the step.
	return `${p.perceived.quantifier ?? levelWord(p.perceived.level, l)}${share}${p.perceived.byResearchers ? ' ◆' : ''}`;
}

export function matrixCells(pairs: readonly PairGap[], trajectories: readonly TrajectoryRef[], l: Labels, byClass: boolean): MatrixCell[] {
	const columns = new Map(trajectories.map((tr) => [tr.trajectoryId, columnLabel(tr, l)]));
	return pairs.map((p) => {
		const label = classLabel(p.classification.gapClass, l);
		const lines = [l.t('gapx.pair', { name: p.name, theme: l.theme(p.themeId) })];
		if (p.suppressed) lines.push(l.t('gapx.unplaced.withheld'));
		else {
			lines.push(p.raised ? heardLine(p.perceived, l) : p.inScope ? l.t('gap.basis.none') : l.t('class.not_studied'));
			if (p.perceived.subjectQuantifiers.length) lines.push(l.t('gap.subject', { words: p.perceived.subjectQuantifiers.join('; ') }));
			if (byClass) lines.push(label);
		}
		return {
			trajectoryId: p.trajectoryId,
			themeId: p.themeId,
			trajectory: columns.get(p.trajectoryId) ?? p.name,
			theme: l.theme(p.themeId),
			text: cellText(p, l),
			share: p.suppressed || p.perceived.level === null ? null : p.perceived.level / 6,
			gapClass: p.suppressed ? null : p.classification.gapClass,
			classLabel: label,
			raised: p.raised,
			suppressed: p.suppressed,
			detail: lines.join('\n')
		};
	});
}

/** Theme order for every chart on the page: most recurring first, then the rest by label. */
export function themeOrder(pairs: readonly PairGap[], l: Labels): string[] {
	const recurring = recurringThemes(pairs).map((r) => r.themeId);
	const all = new Set<string>();
	for (const p of pairs) all.add(p.themeId);
	const rest = [...all].filter((id) => !recurring.includes(id)).sort((a, b) => l.theme(a).localeCompare(l.theme(b), l.locale));
	return [...recurring, ...rest];
}

export function recurringRows(pairs: readonly PairGap[], l: Labels): RecurringRow[] {
	// Only raised pairs' trajectories are named (recurringThemes lists no other).
	const names = new Map(raisedPairs(pairs).map((p) => [p.trajectoryId, p.name]));
	return recurringThemes(pairs).map((r) => ({
		theme: l.theme(r.themeId),
		trajectories: r.trajectories.length,
		names: r.trajectories.map((id) => names.get(id) ?? id).join(', ')
	}));
}

/** One sentence from the data: the most recurring theme, or that nothing recurs. */
export function recurringSummary(rows: readonly RecurringRow[], total: number, l: Labels): string {
	const top = rows[0];
	if (!top) return l.t('compare.recurring.none');
	return l.t('compare.recurring.summary', { theme: top.theme, count: top.trajectories, total, names: top.names });
}

export function coOccurrenceCells(pairs: readonly PairGap[], l: Labels): CoOccurrenceCell[] {
	return coOccurrenceAcrossTrajectories(pairs).map((c) => ({
		a: l.theme(c.a),
		b: l.theme(c.b),
		count: c.count ?? 0,
		detail: l.t('compare.cooc.detail', { a: l.theme(c.a), b: l.theme(c.b), count: c.count ?? 0 })
	}));
}

/** The matrix in one sentence: how many raised pairs fall in each gap class (problems only). */
export function matrixSummary(pairs: readonly PairGap[], trajectories: number, l: Labels): string {
	const raised = raisedPairs(pairs);
	let gaps = 0;
	let confirmed = 0;
	let heard = 0;
	for (const p of raised) {
		if (p.classification.gapClass === 'perception_gap') gaps++;
		else if (p.classification.gapClass === 'confirmed') confirmed++;
		else if (p.classification.gapClass === 'no_measurement') heard++;
	}
	return l.t('compare.matrix.summary', { trajectories, raised: raised.length, heard, gaps, confirmed });
}

export function coOccurrenceSummary(cells: readonly CoOccurrenceCell[], l: Labels): string | null {
	const top = [...cells].sort((a, b) => b.count - a.count)[0];
	return top ? l.t('compare.cooc.summary', { a: top.a, b: top.b, count: top.count }) : null;
}

/** A within-conversation pair count as the table shows it: exact only unfiltered and at least k. */
export function withinCellText(w: { readonly count: number | null; readonly suppressed: boolean }, narrowed: boolean, l: Labels, kMin = DEFAULT_K_MIN): string {
	const shown = w.suppressed || w.count === null ? { count: null, atLeast: false } : withinText(w.count, narrowed, kMin);
	if (shown.count !== null) return String(shown.count);
	return shown.atLeast ? l.t('compare.within.atLeast', { k: kMin }) : l.t('compare.within.withheld', { k: kMin });
}
