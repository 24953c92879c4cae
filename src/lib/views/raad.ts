/**
 * The raad's language, shared by the deck and the one-page summary: a figure as a rank and a plain comparison (never
 * a percentile), its change since the year before, the caveats that go with the story, what was heard in the
 * report's words with who said it, and the questions a raadslid asks with honest answers. Pure: the caller passes
 * the translate function, so a test reads every sentence.
 */
import { DEFAULT_THRESHOLDS, isHeard } from '$lib/analysis/classify';
import type { FigureFact } from '$lib/analysis/figureFacts';
import type { ThemeGap } from '$lib/analysis/gap';
import type { Lens } from '$lib/analysis/lens';
import { readQuantifier } from '$lib/analysis/quantifiers';
import type { FindingRow } from '$lib/analysis/types';
import { formatNumber, formatValue } from '$lib/format';
import type { MessageKey } from '$lib/i18n/messages';
import type { Labels } from './compare';
import { heardThemes } from './deck';
import { levelWord, researchersWord } from './heard';
import { joinAnd, quoted } from './lists';

export interface FigureMeta {
	readonly label: string;
	readonly unit: string;
	readonly lens: Lens;
}

const value = (v: number | null, meta: FigureMeta, l: Labels) => formatValue(v, meta.unit, l.locale);

/** "Geregistreerde misdrijven per 1.000 inwoners (2023, voorlopig cijfer)". */
export function figureTitle(f: Pick<FigureFact, 'period' | 'provisional'>, meta: FigureMeta, l: Labels): string {
	const parts = [String(f.period), ...(f.provisional ? [l.t('raad.provisional')] : []), ...(meta.lens === 'voorspeld' || meta.lens === 'ervaren' ? [l.t(`raad.lens.${meta.lens}`)] : [])];
	return `${meta.label} (${parts.join(', ')})`;
}

/** "In 2023 deden 235 van de 342 gemeenten het slechter dan Montfoort." (with singular and "geen" forms) */
export function rankSentence(f: Pick<FigureFact, 'period' | 'worse' | 'total'>, name: string, l: Labels): string {
	const key = f.worse === 0 ? 'raad.rank.none' : f.worse === 1 ? 'raad.rank.one' : 'raad.rank';
	return l.t(key, { year: f.period, worse: formatNumber(f.worse, l.locale, 0), total: formatNumber(f.total, l.locale, 0), name });
}

/** "Montfoort: 41,2 · middelste waarde van alle gemeenten: 38 · middelste waarde van 10 vergelijkbare gemeenten: 35,1". */
export function compareSentence(f: FigureFact, meta: FigureMeta, name: string, l: Labels): string {
	const parts = [`${name}: ${value(f.value, meta, l)}`, l.t('raad.median.all', { value: value(f.medianAll, meta, l) })];
	if (f.medianPeers !== null) parts.push(l.t('raad.median.peers', { n: f.peersWithValue, value: value(f.medianPeers, meta, l) }));
	return parts.join(' · ');
}

export type ChangeWay = 'worse' | 'better' | 'same';

export function changeWay(f: Pick<FigureFact, 'value' | 'previous' | 'direction'>): ChangeWay | null {
	if (!f.previous) return null;
	const diff = f.value - f.previous.value;
	if (diff === 0 || f.direction === 'neutral') return 'same';
	return (f.direction === 'lower_worse' ? -diff : diff) > 0 ? 'worse' : 'better';
}

/**
 * Since the year before: which way, from what to what, and whether a count moved within its normal swing. Where no
 * model of chance exists for a figure, the sentence says so rather than letting a small move read as a trend.
 */
export function changeSentence(f: FigureFact, meta: FigureMeta, l: Labels): string {
	const way = changeWay(f);
	if (!way || !f.previous) return l.t('raad.change.none');
	const base = l.t(`raad.change.${way}` as MessageKey, { year: f.previous.period, from: value(f.previous.value, meta, l), to: value(f.value, meta, l) });
	if (way === 'same') return base;
	const c = f.countChange;
	// Only rates with their counts shipped beside them have a count change; each names what it counts.
	const noise = c
		? l.t(c.withinNoise ? 'raad.change.withinNoise' : 'raad.change.beyondNoise', { what: l.t(`raad.counted.${f.indicatorId}` as MessageKey), from: formatNumber(c.fromCount, l.locale, 0), to: formatNumber(c.toCount, l.locale, 0) })
		: l.t('raad.change.noNoiseModel');
	return `${base} ${noise}`;
}

/** A figure for the figures slide and its takeaway: shipped facts and the user's own surveyed figures alike. */
export interface RankedFigure {
	readonly label: string;
	readonly period: number;
	readonly worse: number;
	readonly total: number;
	/** The mid-rank position (1 = least favourable), only to order figures; never printed. */
	readonly position: number;
	readonly themeIds: readonly string[];
}

/**
 * The least favourable of every figure there is (whatever the slide has room for), as a rank; "of these figures",
 * because the weakest of two may still be a middling place. Only the themes that were raised are named with it.
 */
export function figuresTakeaway(figures: readonly RankedFigure[], name: string, l: Labels): string {
	const worst = [...figures].sort((a, b) => b.position - a.position || a.label.localeCompare(b.label))[0];
	if (!worst) return l.t('deck.figures.none');
	const themes = worst.themeIds.length ? l.t('raad.figures.themes', { themes: joinAnd(worst.themeIds.map((id) => quoted(l.theme(id))), l.locale) }) : '';
	return l.t(figures.length === 1 ? 'raad.figures.only' : 'raad.figures.worst', {
		name,
		figure: worst.label,
		year: worst.period,
		worse: formatNumber(worst.worse, l.locale, 0),
		total: formatNumber(worst.total, l.locale, 0),
		themes
	});
}

export interface CaveatContext {
	readonly name: string;
	readonly focusWijken: readonly string[];
	readonly reconstructed: boolean;
	readonly sourceComplete: boolean;
	readonly facts: readonly FigureFact[];
	readonly lensOf: (indicatorId: string) => Lens;
	readonly label: (indicatorId: string) => string;
}

/** What the story does and does not mean, only the lines that apply, the first always. */
export function caveats(c: CaveatContext, l: Labels): string[] {
	const lines = [l.t('raad.caveat.notSeen')];
	if (c.focusWijken.length) lines.push(l.t('raad.caveat.wijk', { wijken: joinAnd(c.focusWijken, l.locale), name: c.name }));
	if (c.reconstructed) lines.push(l.t(c.sourceComplete ? 'raad.caveat.reconstructed' : 'raad.caveat.summary'));
	const provisional = c.facts.filter((f) => f.provisional);
	if (provisional.length) lines.push(l.t('raad.caveat.provisional', { list: joinAnd([...new Set(provisional.map((f) => `${quoted(c.label(f.indicatorId))} (${f.period})`))], l.locale) }));
	if (c.facts.some((f) => c.lensOf(f.indicatorId) === 'voorspeld')) lines.push(l.t('raad.caveat.model'));
	return lines;
}

export interface HeardPoint {
	readonly themeId: string;
	/** Our summary of what the report says. */
	readonly paraphrase: string;
	/** The report's own words: its word for how many, and a verbatim passage. */
	readonly quantifier: string | null;
	readonly anchor: string | null;
	readonly speaker: string;
	readonly sourceRef: string | null;
	readonly researchersCore: boolean;
	/** The researchers judge it "valt mee": that verdict travels with the point. */
	readonly researchersMild: boolean;
	readonly heard: boolean;
}

/** The finding that speaks for a theme: the researchers' heart of the matter, else the broadest word, else the first. */
function leadFinding(findings: readonly FindingRow[], themeId: string): FindingRow | undefined {
	const of = findings.filter((f) => f.theme_id === themeId && f.stance === 'problem');
	const weight = (f: FindingRow) => (f.researcher_assessment === 'kern' ? 100 : 0) + (readQuantifier(f.quantifier)?.max ?? -1);
	return [...of].sort((a, b) => weight(b) - weight(a))[0];
}

/** 3–5 points of what was heard, in the deck's order (everything heard before what was only mentioned). */
export function heardPoints(rows: readonly ThemeGap[], findings: readonly FindingRow[], l: Labels, max = 5): HeardPoint[] {
	const ordered = heardThemes(rows, l);
	const heard = ordered.filter((r) => isHeard(r.perceived, DEFAULT_THRESHOLDS));
	// Three points at least where the report raised that many; never only-mentioned themes when enough were heard.
	const chosen = (heard.length >= 3 ? heard : ordered).slice(0, max);
	return chosen.flatMap((r) => {
		const f = leadFinding(findings, r.themeId);
		if (!f) return [];
		return [
			{
				themeId: r.themeId,
				paraphrase: f.paraphrase_nl,
				quantifier: f.quantifier,
				anchor: f.anchor ?? null,
				speaker: f.speaker ?? 'inwoners',
				sourceRef: f.source_ref,
				researchersCore: r.perceived.assessments.includes('kern'),
				researchersMild: r.perceived.assessments.includes('valt_mee'),
				heard: isHeard(r.perceived, DEFAULT_THRESHOLDS)
			}
		];
	});
}

/** "inwoners: “rode draad”" or "onderzoekers: de kern", for a point. */
export function pointWho(p: HeardPoint, l: Labels): string {
	if (p.researchersCore) return l.t('gap.assessment.kern');
	const who = l.t(`speaker.${p.speaker}` as MessageKey);
	const said = p.quantifier ? `${who}: “${p.quantifier}”` : who;
	return p.researchersMild ? `${said}; ${l.t('gap.assessment.valt_mee')}` : said;
}

export interface NoteQuestion {
	readonly q: string;
	readonly a: string;
}

/** How many people the report spoke to, in its own count: "27 personen, van wie 3 inwoners", or that it gives none. */
export function spokenTo(t: { conversationsHeld: number | null; bySpeaker: readonly { speaker: string; n: number }[] }, l: Labels): string {
	if (t.conversationsHeld === null) return l.t('raad.spoken.none');
	const parts = t.bySpeaker.map((s) => l.t((s.n === 1 ? `raad.count.${s.speaker}.one` : `raad.count.${s.speaker}`) as MessageKey, { n: formatNumber(s.n, l.locale, 0) }));
	return parts.length ? l.t('raad.spoken.by', { n: t.conversationsHeld, parts: joinAnd(parts, l.locale) }) : l.t('raad.spoken.n', { n: t.conversationsHeld });
}

/** "Hoeveel mensen zeiden dit?": the report's word and who, never a percentage from a report's count. */
export function howManyAnswer(r: ThemeGap | undefined, spoken: string, l: Labels): string {
	if (!r) return l.t('raad.note.howMany.none');
	const p = r.perceived;
	const words = p.speakers.filter((s) => s.words.length && s.speaker !== 'onderzoekers').map((s) => `${l.t(`speaker.${s.speaker}` as MessageKey)}: “${s.words.join('”, “')}”`);
	const parts = [...(words.length ? words : p.level !== null ? [levelWord(p.level, l)] : []), ...(researchersWord(p, l) ? [researchersWord(p, l)!] : [])];
	const how = parts.length ? parts.join('; ') : levelWord(null, l);
	return l.t(p.basis === 'count' && !p.withheld ? 'raad.note.howMany.count' : 'raad.note.howMany.words', { theme: l.theme(r.themeId), how, spoken });
}
