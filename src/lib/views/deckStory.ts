/**
 * Everything the deck says, computed once from the whole deck: the rows of each slide and each slide's takeaway.
 * Every takeaway is written over everything its subject covers; what the presenter hides or reorders changes what a
 * slide shows, never what its sentence claims. Pure, so a test checks each sentence against the data.
 */
import type { FigureFact } from '$lib/analysis/figureFacts';
import type { ThemeGap } from '$lib/analysis/gap';
import type { Lens } from '$lib/analysis/lens';
import type { DeckPage } from '$lib/server/deck';
import type { SlideId } from '$lib/state/deckSettings';
import type { RaadTexts } from '$lib/state/raadTexts';
import type { Labels } from './compare';
import { actionTakeaway, elsewhereTakeaway, figureRows, gapSlideThemes, gapTakeaway, heardTakeaway, heardThemes } from './deck';
import { speakerNotes } from './deckNotes';
import { caveats, figuresTakeaway, type FigureMeta, type NoteQuestion, type RankedFigure } from './raad';

/** The user's own surveyed figures on the figures slide: a position and a reference size, no shipped fact. */
export interface OwnFigure {
	readonly label: string;
	readonly period: number;
	readonly percentile: number;
	/** Positions of the survey's 95% interval bounds, where it has margins. */
	readonly percentileLo?: number | null;
	readonly percentileHi?: number | null;
	readonly referenceSize: number;
	readonly themeIds: readonly string[];
}

export interface DeckStory {
	readonly heard: ThemeGap[];
	readonly heardTakeaway: string;
	/** Shipped figures, least favourable first; every one of them, not only those the slide has room for. */
	readonly facts: FigureFact[];
	readonly figuresTakeaway: string;
	readonly gapThemes: ThemeGap[];
	readonly gapTakeaway: string;
	readonly caveats: string[];
	readonly elsewhereTakeaway: string;
	/** The report's own advice (the researchers' directions) and what others proposed. */
	readonly advice: DeckPage['solutions'];
	readonly proposals: DeckPage['solutions'];
	readonly actionTakeaway: string;
	readonly notes: Record<SlideId, NoteQuestion[]>;
	/** Who published the figures, for the footer and the notes. */
	readonly publishers: string;
}

export interface StoryLabels extends Labels {
	readonly indicator: (id: string) => string;
	readonly meta: (id: string) => FigureMeta;
	readonly lens: (id: string) => Lens;
}

const worseAt = (position: number, size: number) => Math.round((1 - position) * (size - 1));

/** The publishers of a page's figures, each once, in alphabetical order. */
export function publishersOf(gap: DeckPage['gap']): string {
	return [...new Set(Object.values(gap.sources).map((s) => s.publisher))].sort().join('; ');
}

/** The labels a deck or summary speaks with, from the page's own themes and indicators, in one locale. */
export function storyLabels(gap: DeckPage['gap'], locale: Labels['locale'], t: Labels['t']): StoryLabels {
	const indicator = (id: string) => gap.indicatorLabels[id]?.[locale] ?? id;
	const lens = (id: string): Lens => gap.indicatorLabels[id]?.lens ?? 'geregistreerd';
	return {
		locale,
		t,
		theme: (id) => (locale === 'nl' ? gap.themes[id]?.labelNl : gap.themes[id]?.labelEn) ?? id,
		indicator,
		lens,
		meta: (id) => ({ label: indicator(id), unit: gap.indicatorLabels[id]?.unit ?? '', lens: lens(id) })
	};
}

/** A surveyed figure's rank from its mid-rank position: exact where no other gemeente has the same value. */
export function ownRanked(f: OwnFigure): RankedFigure {
	return { label: f.label, period: f.period, worse: worseAt(f.percentile, f.referenceSize), total: f.referenceSize, position: f.percentile, themeIds: f.themeIds };
}

/** How far the survey's margin lets the rank move: between `fewest` and `most` gemeenten did worse; null without margins. */
export function ownRankRange(f: OwnFigure): { fewest: number; most: number } | null {
	if (f.percentileLo == null || f.percentileHi == null) return null;
	const a = worseAt(f.percentileLo, f.referenceSize);
	const b = worseAt(f.percentileHi, f.referenceSize);
	return { fewest: Math.min(a, b), most: Math.max(a, b) };
}

export function deckStory(deck: DeckPage, l: StoryLabels, texts: RaadTexts, own: readonly OwnFigure[] = []): DeckStory {
	const rows = deck.gap.gap.all;
	const tr = deck.gap.trajectory;
	const heard = heardThemes(rows, l);
	const order = figureRows(rows);
	// A figure is said to stand for the themes that were raised; a theme outside the question is not implied heard.
	const raised = new Set(rows.filter((r) => r.perceived.raised).map((r) => r.themeId));
	const facts = order.map((f) => deck.facts[f.indicatorId]).filter((f): f is FigureFact => !!f);
	const ranked: RankedFigure[] = [
		...order.flatMap((f) => {
			const fact = deck.facts[f.indicatorId];
			return fact ? [{ label: `${l.indicator(f.indicatorId)}`, period: fact.period, worse: fact.worse, total: fact.total, position: f.percentile, themeIds: f.themeIds.filter((id) => raised.has(id)) }] : [];
		}),
		...own.map(ownRanked)
	];
	const gapThemes = gapSlideThemes(rows, l);
	const lines = caveats({ name: deck.name, focusWijken: tr.focusWijken, reconstructed: tr.reconstructed, sourceComplete: tr.sourceComplete, facts, lensOf: l.lens, label: l.indicator }, l);
	const advice = deck.solutions.filter((f) => f.speaker === 'onderzoekers');
	const proposals = deck.solutions.filter((f) => f.speaker !== 'onderzoekers');
	const publishers = publishersOf(deck.gap);
	return {
		heard,
		heardTakeaway: heardTakeaway(heard, l),
		facts,
		figuresTakeaway: figuresTakeaway(ranked, deck.name, l),
		gapThemes,
		gapTakeaway: gapTakeaway(gapThemes, l),
		caveats: lines,
		elsewhereTakeaway: elsewhereTakeaway(heard, deck.elsewhere, l),
		advice,
		proposals,
		actionTakeaway: actionTakeaway(deck.solutions.length, deck.strengths.length, l),
		publishers,
		notes: speakerNotes(
			{
				name: deck.name,
				trajectory: tr,
				heard,
				rows,
				facts,
				meta: l.meta,
				caveats: lines,
				elsewhere: deck.elsewhere,
				advice: advice.length,
				texts,
				publishers
			},
			l
		)
	};
}
