/**
 * Each takeaway of each deck, checked against the data it summarises, computed here independently of the views:
 * what the presenter hides or reorders can change a slide, never what its sentence claims.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, isHeard } from '../../src/lib/analysis/classify';
import { deckPage } from '../../src/lib/server/deck';
import { readShippedTable } from '../../src/lib/server/static';
import { nl, en, type MessageKey } from '../../src/lib/i18n/messages';
import { deckStory, storyLabels, type StoryLabels } from '../../src/lib/views/deckStory';
import { formatNumber } from '../../src/lib/format';

const tr = (dict: Record<string, string>) => (key: MessageKey, params: Record<string, string | number> = {}) => dict[key]!.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k]));

const labelsFor = (code: string, locale: 'nl' | 'en' = 'nl'): StoryLabels => storyLabels(deckPage(code)!.gap, locale, tr(locale === 'nl' ? nl : en));

const NO_TEXTS = { happening: '', ask: '' };

describe.each([
	['GM0335', 'Montfoort'],
	['GM0308', 'Baarn'],
	['GM1621', 'Lansingerland']
])('the deck of %s (%s)', (code, name) => {
	const deck = deckPage(code)!;
	const l = labelsFor(code);
	const story = deckStory(deck, l, NO_TEXTS);
	const rows = deck.gap.gap.all;

	it('names as heaviest a heard theme, and the researchers’ heart of the matter where they name one', () => {
		const heard = rows.filter((r) => r.perceived.raised && isHeard(r.perceived, DEFAULT_THRESHOLDS));
		const kern = heard.filter((r) => r.perceived.assessments.includes('kern'));
		const named = heard.filter((r) => story.heardTakeaway.includes(`${l.theme(r.themeId)} –`));
		expect(named.length).toBeGreaterThan(0);
		if (kern.length) {
			expect(story.heardTakeaway.startsWith(`Wat het zwaarst weegt: ${l.theme(kern[0]!.themeId)} –`)).toBe(true);
			expect(story.heardTakeaway).toContain(nl['gap.assessment.kern']);
		}
		expect(story.heardTakeaway).not.toMatch(/%|percentiel/);
	});

	it('names the least favourable of all its figures, with the counts taken from the shipped values', () => {
		// Independently: every non-context figure of every theme, ranked by how many gemeenten stand better.
		const positions = rows.flatMap((r) => r.measured.positions).filter((p) => p.role !== 'context' && p.percentile !== null);
		const worst = [...positions].sort((a, b) => b.percentile! - a.percentile!)[0]!;
		const ind = readShippedTable('indicators').find((i) => i.indicator_id === worst.indicatorId)!;
		const gemeenten = new Set(readShippedTable('gemeenten').map((g) => String(g.code)));
		const sameYear = readShippedTable('indicator_values').filter((v) => v.indicator_id === worst.indicatorId && v.period === worst.period && gemeenten.has(String(v.area_code)));
		const sign = ind.direction === 'lower_worse' ? -1 : 1;
		const worse = sameYear.filter((v) => v.area_code !== code && sign * ((v.value as number) - worst.value!) > 0).length;
		expect(story.figuresTakeaway).toContain(String(ind.label_nl));
		expect(story.figuresTakeaway).toContain(`In ${worst.period} deden ${formatNumber(worse, 'nl', 0)} van de ${formatNumber(sameYear.length, 'nl', 0)} gemeenten het slechter`);
		// Only themes that were raised are named with the figure.
		const raised = new Set(rows.filter((r) => r.perceived.raised).map((r) => l.theme(r.themeId)));
		for (const m of story.figuresTakeaway.matchAll(/“([^”]+)”/g)) if (m[1] !== String(ind.label_nl)) expect(raised.has(m[1]!), m[1]).toBe(true);
		expect(story.figuresTakeaway).not.toMatch(/%|percentiel/);
	});

	it('covers every theme of the gap in its sentence: named, or counted with the first names', () => {
		for (const c of ['confirmed', 'perception_gap', 'no_measurement', 'blind_spot'] as const) {
			const of = rows.filter((r) => r.classification.gapClass === c).map((r) => l.theme(r.themeId));
			if (of.length === 0) continue;
			if (of.length <= 3) for (const n of of) expect(story.gapTakeaway).toContain(`“${n}”`);
			else expect(story.gapTakeaway).toContain(`${of.length} thema’s`);
		}
		expect(story.gapTakeaway).not.toMatch(/Niet onderzocht|Niet vermeld/);
	});

	it('puts the caveat that matters on the gap slide, and the wijk where the conversations were', () => {
		expect(story.caveats[0]).toBe(nl['raad.caveat.notSeen']);
		for (const w of deck.gap.trajectory.focusWijken) expect(story.caveats.join(' ')).toContain(w);
		if (story.facts.some((f) => f.provisional)) expect(story.caveats.join(' ')).toMatch(/Voorlopig, kan nog veranderen: “[^”]+” \(\d{4}\)/);
	});

	it('splits the report’s own advice from proposals made in the conversations', () => {
		expect(story.advice.every((f) => f.speaker === 'onderzoekers')).toBe(true);
		expect(story.proposals.every((f) => f.speaker !== 'onderzoekers')).toBe(true);
		expect(story.advice.length + story.proposals.length).toBe(deck.solutions.length);
	});

	it('answers the raad’s questions in the notes from the same data, and says what the raad is asked once written', () => {
		expect(story.notes.heard[0]!.q).toBe(nl['notes.q.howMany']);
		expect(story.notes.heard[0]!.a).not.toMatch(/\d+%/);
		const first = story.facts[0];
		if (first) expect(story.notes.figures[0]!.a).toContain(String(first.period));
		expect(story.notes.followup[0]!.a).toBe(nl['notes.a.askEmpty']);
		const asked = deckStory(deck, l, { happening: 'x', ask: 'Stem in met een gebiedsmanager voor de wijk.' });
		expect(asked.notes.followup[0]!.a).toBe('Stem in met een gebiedsmanager voor de wijk.');
	});

	it('has every generated sentence in English too, with no Dutch left where English was asked', () => {
		const s = deckStory(deck, labelsFor(code, 'en'), NO_TEXTS);
		for (const text of [s.heardTakeaway, s.figuresTakeaway, s.gapTakeaway, s.elsewhereTakeaway, s.actionTakeaway, ...s.caveats])
			expect(text).not.toMatch(/\b(gemeenten|gehoord|cijfers|deden|slechter|rapport)\b/);
	});
});

describe('Montfoort’s figures in the raad’s language', () => {
	it('says 2020 crime as a rank, within the normal swing since 2019, with both middles', () => {
		const deck = deckPage('GM0335')!;
		const story = deckStory(deck, labelsFor('GM0335'), NO_TEXTS);
		const crime = story.facts.find((f) => f.indicatorId === 'misdrijven_per_1000')!;
		expect(crime.period).toBe(2020);
		expect(crime.previous?.period).toBe(2019);
		// The count moved within what chance allows for a gemeente of Montfoort's size.
		expect(crime.countChange?.withinNoise).toBe(true);
	});
});
