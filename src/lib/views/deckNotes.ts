/**
 * Speaker notes: per slide, the questions a raadslid asks ("hoeveel mensen zeiden dit?", "is het erger geworden?",
 * "wat vraagt u van ons?") with honest answers written from the same data as the slide. Shown in presenter view,
 * never on the projected slide. Pure.
 */
import type { FigureFact } from '$lib/analysis/figureFacts';
import type { ThemeGap } from '$lib/analysis/gap';
import type { SlideId } from '$lib/state/deckSettings';
import type { RaadTexts } from '$lib/state/raadTexts';
import type { Labels } from './compare';
import { elsewhereTakeaway, gapSlideThemes } from './deck';
import { joinAnd, quoted } from './lists';
import { speakerText } from './heard';
import { changeSentence, figureTitle, howManyAnswer, spokenTo, type FigureMeta, type NoteQuestion } from './raad';

export interface NotesContext {
	readonly name: string;
	readonly trajectory: { conversationsHeld: number | null; bySpeaker: readonly { speaker: string; n: number }[]; focusWijken: readonly string[] };
	/** Theme rows in the heard slide's order. */
	readonly heard: readonly ThemeGap[];
	readonly rows: readonly ThemeGap[];
	/** The figures, least favourable first. */
	readonly facts: readonly FigureFact[];
	readonly meta: (indicatorId: string) => FigureMeta;
	readonly caveats: readonly string[];
	readonly elsewhere: Readonly<Record<string, string[]>>;
	readonly advice: number;
	readonly texts: RaadTexts;
	readonly publishers: string;
}

const MAX_LISTED = 4;

function listed(names: readonly string[], l: Labels): string {
	const q = names.map(quoted);
	if (q.length <= MAX_LISTED) return joinAnd(q, l.locale);
	return l.t('notes.more', { list: q.slice(0, MAX_LISTED).join(', '), n: q.length - MAX_LISTED });
}

export function speakerNotes(c: NotesContext, l: Labels): Record<SlideId, NoteQuestion[]> {
	const spoken = spokenTo(c.trajectory, l);
	const top = c.heard[0];
	// In the gap slide's order, so the notes name the same themes first as the slide does.
	const noFigures = gapSlideThemes(c.rows, l).filter((r) => r.classification.gapClass === 'no_measurement').map((r) => l.theme(r.themeId));
	const reliability = c.caveats.slice(1);
	return {
		question: [
			{ q: l.t('notes.q.spoken'), a: spoken },
			{ q: l.t('notes.q.representative'), a: [l.t('notes.a.representative'), ...(c.trajectory.focusWijken.length ? [c.caveats.find((x) => x.includes(c.trajectory.focusWijken[0]!)) ?? ''] : [])].filter(Boolean).join(' ') }
		],
		heard: [
			{ q: l.t('notes.q.howMany'), a: howManyAnswer(top, spoken, l) },
			...(top ? [{ q: l.t('notes.q.who', { theme: l.theme(top.themeId) }), a: speakerText(top.perceived, l) || l.t('gap.researchers') }] : [])
		],
		figures: [
			{
				q: l.t('notes.q.worse'),
				a: c.facts.length ? c.facts.slice(0, 3).map((f) => `${figureTitle(f, c.meta(f.indicatorId), l)}: ${changeSentence(f, c.meta(f.indicatorId), l)}`).join(' ') : l.t('deck.figures.none')
			},
			{ q: l.t('notes.q.reliable'), a: [l.t('notes.a.registered'), ...reliability].join(' ') }
		],
		gap: [
			{ q: l.t('notes.q.notThere'), a: `${c.caveats[0]} ${l.t('notes.a.notThere')}` },
			...(noFigures.length ? [{ q: l.t('notes.q.noFigures'), a: l.t('notes.a.noFigures', { list: listed(noFigures, l) }) }] : [])
		],
		elsewhere: [{ q: l.t('notes.q.elsewhere'), a: elsewhereTakeaway(c.heard, c.elsewhere, l) }],
		action: [{ q: l.t('notes.q.advice'), a: c.advice ? l.t('notes.a.advice', { n: c.advice }) : l.t('notes.a.noAdvice') }],
		sources: [{ q: l.t('notes.q.sources'), a: l.t('notes.a.sources', { publishers: c.publishers }) }],
		followup: [
			{ q: l.t('notes.q.ask'), a: c.texts.ask.trim() || l.t('notes.a.askEmpty') },
			{ q: l.t('notes.q.happening'), a: c.texts.happening.trim() || l.t('notes.a.happeningEmpty') }
		]
	};
}
