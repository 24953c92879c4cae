/**
 * The one-page summary for a raadsinformatiebrief: what was heard (3–5 points in the report's words, with who said
 * them), three figures as ranks with their year and change, what that does and does not mean. Built from the same
 * deck data as the presentation, so its numbers are the gemeente page's. Pure.
 */
import type { FigureFact } from '$lib/analysis/figureFacts';
import type { DeckPage } from '$lib/server/deck';
import type { RaadTexts } from '$lib/state/raadTexts';
import { figureRows, type FigureRow } from './deck';
import { documentRef } from './documents';
import { publishersOf, type StoryLabels } from './deckStory';
import { joinAnd, quoted } from './lists';
import { caveats, changeSentence, compareSentence, figureTitle, heardPoints, pointWho, rankSentence, spokenTo, type HeardPoint } from './raad';

export interface SummaryFigure {
	readonly fact: FigureFact;
	readonly title: string;
	readonly rank: string;
	readonly compare: string;
	readonly change: string;
	/** The themes heard that this figure stands for. */
	readonly themeIds: readonly string[];
}

export interface Summary {
	readonly points: (HeardPoint & { readonly who: string })[];
	readonly spoken: string;
	readonly figures: SummaryFigure[];
	readonly caveats: string[];
	readonly source: string;
	readonly publishers: string;
}

export const SUMMARY_FIGURES = 3;

/**
 * Three figures: first those that stand for what was heard (in the order of the points), then the least favourable
 * of the rest. A figure is never repeated for a second theme; its themes are listed with it instead.
 */
export function summaryFigureIds(deck: DeckPage, points: readonly HeardPoint[], figures: readonly FigureRow[] = figureRows(deck.gap.gap.all)): string[] {
	const rows = deck.gap.gap.all;
	const forPoints = points.flatMap((p) => rows.find((r) => r.themeId === p.themeId)?.measured.positions.filter((x) => x.role !== 'context' && x.value !== null).map((x) => x.indicatorId) ?? []);
	const rest = figures.map((f) => f.indicatorId);
	return [...new Set([...forPoints, ...rest])].filter((id) => deck.facts[id]).slice(0, SUMMARY_FIGURES);
}

export function summaryOf(deck: DeckPage, l: StoryLabels): Summary {
	const tr = deck.gap.trajectory;
	const points = heardPoints(deck.gap.gap.all, deck.gap.findings, l);
	const pointThemes = new Set(points.map((p) => p.themeId));
	const all = figureRows(deck.gap.gap.all);
	const figures = summaryFigureIds(deck, points, all).map((id) => {
		const fact = deck.facts[id]!;
		const meta = l.meta(id);
		const themeIds = all.find((f) => f.indicatorId === id)?.themeIds.filter((t) => pointThemes.has(t)) ?? [];
		return { fact, title: figureTitle(fact, meta, l), rank: rankSentence(fact, deck.name, l), compare: compareSentence(fact, meta, deck.name, l), change: changeSentence(fact, meta, l), themeIds };
	});
	return {
		points: points.map((p) => ({ ...p, who: pointWho(p, l) })),
		spoken: spokenTo(tr, l),
		figures,
		caveats: caveats({ name: deck.name, focusWijken: tr.focusWijken, reconstructed: tr.reconstructed, sourceComplete: tr.sourceComplete, facts: figures.map((f) => f.fact), lensOf: l.lens, label: l.indicator }, l),
		source: documentRef(tr.sourceRef, l.locale),
		publishers: publishersOf(deck.gap)
	};
}

/** The summary as plain text (Markdown), for pasting into a raadsinformatiebrief; the advisor's own texts included. */
export function summaryText(deck: DeckPage, s: Summary, texts: RaadTexts, l: StoryLabels): string {
	const lines = [
		`# ${l.t('summary.title', { name: deck.name })}`,
		'',
		`## ${l.t('summary.heard')}`,
		s.spoken,
		...s.points.map((p) => `- **${l.theme(p.themeId)}**: ${p.paraphrase} (${p.who})`),
		'',
		`## ${l.t('summary.figures')}`,
		...s.figures.map((f) => `- **${f.title}**: ${f.rank} ${f.compare}. ${f.change}${f.themeIds.length ? ` ${l.t('summary.forThemes', { themes: joinAnd(f.themeIds.map((id) => quoted(l.theme(id))), l.locale) })}` : ''}`),
		'',
		`## ${l.t('summary.meaning')}`,
		...s.caveats.map((c) => `- ${c}`),
		'',
		`## ${l.t('summary.happening')}`,
		texts.happening.trim() || l.t('summary.empty'),
		'',
		`## ${l.t('summary.ask')}`,
		texts.ask.trim() || l.t('summary.empty'),
		'',
		l.t('summary.source', { source: s.source, publishers: s.publishers })
	];
	return lines.join('\n') + '\n';
}
