/**
 * "Heard", said the way the reports say it: the step on the ordinal scale as words and pips, who said it, the
 * researchers' own conclusion as a lens of its own, and what the problem concerns. Pure, for every view that shows
 * a class (gemeente page, comparison pages, deck).
 */
import type { ThemeGap } from '$lib/analysis/gap';
import type { Perceived, SpeakerHeard } from '$lib/analysis/perceived';
import type { GapChartRow } from '$lib/charts/gapChart';
import type { ThemeBar } from '$lib/charts/themeBars';
import { DEFAULT_K_MIN } from '$lib/analysis/groups';
import { formatShare, type Locale } from '$lib/format';
import type { MessageKey, Translate } from '$lib/i18n/messages';


export interface HeardLabels {
	readonly locale: Locale;
	readonly t: Translate;
}

/** Six pips, filled up to the step: a second carrier of the step besides its word. */
export function levelPips(level: number | null): string {
	if (level === null) return '';
	return '●'.repeat(level) + '○'.repeat(6 - level);
}

export function levelWord(level: number | null, l: HeardLabels): string {
	return level === null ? l.t('gap.basis.mentioned') : l.t(`level.${level}` as MessageKey);
}

/** How the step was arrived at: the report's word, a count, people, or nothing said about extent. */
export function basisText(p: Perceived, l: HeardLabels): string {
	switch (p.basis) {
		case 'count':
			return p.withheld ? l.t('gap.basis.countWithheld', { k: DEFAULT_K_MIN, n: p.n ?? 0 }) : `${l.t('gap.basis.count', { k: p.k, n: p.n ?? 0 })} (${formatShare(p.share, l.locale, 0)})`;
		case 'people':
			return p.k === 1 ? l.t('level.1') : l.t('gap.basis.people', { k: p.k });
		case 'quantifier':
			return l.t('gap.basis.quantifier', { word: p.quantifier ?? '' });
		default:
			return l.t(`gap.basis.${p.basis}` as MessageKey);
	}
}

/** One lens and how it said it: "inwoners: “rode draad”", or the step where it gave no word. */
export function speakerEntry(s: SpeakerHeard, l: HeardLabels): string {
	return `${l.t(`speaker.${s.speaker}` as MessageKey)}: ${s.words.length ? s.words.map((w) => `“${w}”`).join(', ') : levelWord(s.level, l)}`;
}

/** Who raised it, broadest first: "inwoners: rode draad; gemeente: genoemd"; only the lenses where no detail was aggregated. */
export function speakerText(p: Perceived, l: HeardLabels): string {
	if (p.speakers.length === 0) return p.lenses.filter((s) => s !== 'onderzoekers').map((s) => l.t(`speaker.${s}` as MessageKey)).join(', ');
	return p.speakers
		.filter((s) => s.speaker !== 'onderzoekers')
		.map((s) => speakerEntry(s, l))
		.join('; ');
}

/** The researchers' lens, shown beside the class: their conclusion, and their verdict where they give one. */
export function researcherText(p: Perceived, l: HeardLabels): string | null {
	const parts: string[] = [];
	if (p.byResearchers) parts.push(l.t('gap.researchers'));
	for (const a of p.assessments) parts.push(l.t(`gap.assessment.${a}` as MessageKey));
	return parts.length ? parts.join('; ') : null;
}

/** The researchers' part inside a sentence: their heart of the matter, else that they conclude it, in lower case. */
export function researchersWord(p: Perceived, l: HeardLabels): string | null {
	if (p.assessments.includes('kern')) return l.t('gap.assessment.kern');
	const own = p.byResearchers ? l.t('gap.researchers') : null;
	const lower = own ? own.charAt(0).toLocaleLowerCase(l.locale) + own.slice(1) : null;
	const mild = p.assessments.includes('valt_mee') ? l.t('gap.assessment.valt_mee') : null;
	return [lower, mild].filter(Boolean).join('; ') || null;
}

/** One line for tooltips and cells: step, who, and the researchers. */
export function heardLine(p: Perceived, l: HeardLabels): string {
	if (!p.raised) return l.t('gap.basis.none');
	const who = speakerText(p, l);
	const step = p.withheld ? basisText(p, l) : p.level === null ? (p.basis === 'researchers' ? '' : l.t('gap.basis.mentioned')) : `${levelWord(p.level, l)} (${basisText(p, l)})`;
	return [step, who && `${who}`, researcherText(p, l)].filter(Boolean).join(' · ');
}

/** The heard cell of the gap chart: pips and word, ◆ where the researchers conclude it, or why it is empty. */
export function heardCell(r: Pick<ThemeGap, 'inScope' | 'sourceComplete' | 'perceived'>, l: HeardLabels): string {
	const p = r.perceived;
	if (!p.raised) return !r.inScope ? l.t('gap.notStudiedNote') : r.sourceComplete ? '—' : l.t('gap.notInSourceNote');
	const mark = p.byResearchers ? ' ◆' : '';
	// The researchers' "valt mee" travels with the words, so no chart shows the worry without the verdict.
	const verdict = p.assessments.includes('valt_mee') ? ` · ${l.t('gap.assessment.valt_mee')}` : '';
	if (p.withheld) return `${basisText(p, l)}${mark}${verdict}`;
	if (p.level === null) return (p.basis === 'researchers' ? `◆ ${l.t('speaker.onderzoekers')}` : `${l.t('gap.basis.mentioned')}${mark}`) + verdict;
	return `${levelPips(p.level)} ${levelWord(p.level, l)}${mark}${verdict}`;
}

export interface GapChartLabels extends HeardLabels {
	readonly theme: (id: string) => string;
	readonly indicator: (id: string) => string;
	/** The kind of figure of an indicator, in words ("geregistreerd"); every chart says which kind it draws. */
	readonly lens?: (id: string) => string;
	/** Themes whose class flips with the reference set (marked with an asterisk). */
	readonly dependsOn?: ReadonlyMap<string, unknown>;
}

/** The gap chart's rows from a trajectory's theme rows: one function for the gemeente page, imports and the deck. */
export function gapChartRows(rows: readonly Pick<ThemeGap, 'themeId' | 'inScope' | 'sourceComplete' | 'perceived' | 'measured' | 'classification'>[], l: GapChartLabels): GapChartRow[] {
	return rows.map((r) => ({
		theme: l.theme(r.themeId),
		heard: heardCell(r, l),
		percentile: r.measured.percentile,
		others: r.measured.positions
			.filter((p) => !p.decides && p.percentile !== null)
			.map((p) => ({ label: `${l.indicator(p.indicatorId)} (${[p.period, l.lens?.(p.indicatorId)].filter(Boolean).join(', ')})`, percentile: p.percentile! })),
		primaryLabel: r.measured.primaryId
			? `${l.indicator(r.measured.primaryId)} (${[r.measured.positions.find((p) => p.decides)?.period, l.lens?.(r.measured.primaryId)].filter(Boolean).join(', ')})`
			: null,
		gapClass: r.classification.gapClass,
		classLabel: l.t(`class.${r.classification.gapClass}` as MessageKey) + (l.dependsOn?.has(r.themeId) ? ' *' : '')
	}));
}

/** The deck's heard bars: the step (with the range the evidence allows) and, written beside it, the heard cell. */
export function heardBars(rows: readonly Pick<ThemeGap, 'themeId' | 'inScope' | 'sourceComplete' | 'perceived'>[], l: HeardLabels & { readonly theme: (id: string) => string }): ThemeBar[] {
	return rows.map((r) => ({ theme: l.theme(r.themeId), value: r.perceived.level, lo: r.perceived.levelMin, hi: r.perceived.levelMax, text: heardCell(r, l) }));
}
