import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_THRESHOLDS, isHeard } from '../../src/lib/analysis/classify';
import { deckPage } from '../../src/lib/server/deck';
import { gapPage } from '../../src/lib/server/gap';
import { nl, type MessageKey } from '../../src/lib/i18n/messages';
import { moveTheme, NO_SETTINGS, orderThemes, readSettings, saveSettings, SLIDES, toggleSlide, visibleSlides } from '../../src/lib/state/deckSettings';
import type { Labels } from '../../src/lib/views/compare';
import { actionTakeaway, elsewhereTakeaway, gapSlideThemes, gapTakeaway, heardTakeaway, heardThemes, figureRows } from '../../src/lib/views/deck';

const t = (key: MessageKey, params: Record<string, string | number> = {}) => nl[key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k]));

describe('deck settings', () => {
	it('hides slides but never all of them, and orders themes stably', () => {
		expect(visibleSlides(toggleSlide(NO_SETTINGS, 'figures'))).toEqual(SLIDES.filter((s) => s !== 'figures'));
		expect(visibleSlides(toggleSlide(toggleSlide(NO_SETTINGS, 'figures'), 'figures'))).toEqual([...SLIDES]);
		const all = SLIDES.reduce((s, id) => toggleSlide(s, id), NO_SETTINGS);
		expect(visibleSlides(all)).toEqual(['question']);
		const items = ['a', 'b', 'c', 'd'].map((themeId) => ({ themeId }));
		expect(orderThemes(items, (x) => x.themeId, ['c', 'a']).map((x) => x.themeId)).toEqual(['c', 'a', 'b', 'd']);
		expect(moveTheme(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
		expect(moveTheme(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
	});
	describe('storage', () => {
		afterEach(() => vi.unstubAllGlobals());
		it('keeps the choice per gemeente and survives junk or a missing storage', () => {
			const store = new Map<string, string>();
			vi.stubGlobal('localStorage', { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) });
			saveSettings('GM0335', { hidden: ['figures'], themeOrder: ['jeugdoverlast'] });
			expect(readSettings('GM0335')).toEqual({ hidden: ['figures'], themeOrder: ['jeugdoverlast'] });
			expect(readSettings('GM0308')).toEqual(NO_SETTINGS);
			store.set('kloofmeter.deck.GM0308', '{"hidden":["nope","gap"],"themeOrder":[1,"x"]}');
			expect(readSettings('GM0308')).toEqual({ hidden: ['gap'], themeOrder: ['x'] });
			store.set('kloofmeter.deck.GM0308', 'not json');
			expect(readSettings('GM0308')).toEqual(NO_SETTINGS);
			vi.stubGlobal('localStorage', undefined);
			expect(readSettings('GM0335')).toEqual(NO_SETTINGS);
			expect(() => saveSettings('GM0335', NO_SETTINGS)).not.toThrow();
		});
	});
});

describe('Montfoort’s deck, from the shipped data', () => {
	const deck = deckPage('GM0335')!;
	const labels: Labels = { locale: 'nl', t, theme: (id) => deck.gap.themes[id]?.labelNl ?? id };
	const rows = deck.gap.gap.all;

	it('uses the gemeente page’s own gap, so every number is the same', () => {
		expect(deck.gap).toEqual(gapPage('GM0335'));
		expect(deckPage('GM0014')).toBeNull();
	});
	it('writes each takeaway from the numbers on its slide', () => {
		const heard = heardThemes(rows, labels);
		const top = heard[0]!;
		// What the report calls "een belangrijke, zo niet de belangrijkste bron van onvrede" (§5.2.1) leads, in words.
		expect(top.themeId).toBe('vertrouwen_gemeente');
		expect(heardTakeaway(heard, labels)).toContain(`${labels.theme(top.themeId)} – rode draad; ${nl['gap.assessment.kern']}`);
		expect(heardTakeaway(heard, labels)).not.toMatch(/%/);
		// Everything heard before anything only mentioned.
		const heardFlags = heard.map((r) => isHeard(r.perceived, DEFAULT_THRESHOLDS));
		expect(heardFlags.indexOf(false) === -1 || heardFlags.slice(heardFlags.indexOf(false)).every((x) => !x)).toBe(true);
		// One row per figure, not per theme: the crime rate that stands for three themes is one figure.
		const figures = figureRows(rows);
		const ids = figures.map((f) => f.indicatorId);
		expect(new Set(ids).size).toBe(ids.length);
		const crime = figures.find((f) => f.indicatorId === 'misdrijven_per_1000')!;
		expect([...crime.themeIds].sort()).toEqual(['jeugdoverlast', 'onveiligheidsgevoel', 'vandalisme_bedreiging']);
		expect(figures.some((f) => f.indicatorId === 'jeugdzorg_pct')).toBe(false);
		const gapRows = gapSlideThemes(rows, labels);
		expect(gapRows[0]!.classification.gapClass).toBe('perception_gap');
		const sentence = gapTakeaway(gapRows, labels);
		for (const r of rows.filter((x) => x.classification.gapClass === 'perception_gap')) expect(sentence).toContain(labels.theme(r.themeId));
		expect(elsewhereTakeaway(heard, deck.elsewhere, labels)).toMatch(/kwam ook naar voren in (Baarn|Lansingerland)/);
		expect(actionTakeaway(deck.solutions.length, deck.strengths.length, labels)).toBe(`In het rapport en de gesprekken staan ${deck.solutions.length} mogelijke oplossingen en ${deck.strengths.length} sterke punten.`);
		expect(actionTakeaway(5, 0, labels)).toBe('In het rapport en de gesprekken staan 5 mogelijke oplossingen.');
		expect(actionTakeaway(0, 0, labels)).toBe(nl['deck.action.none']);
	});
	it('lists other trajectories per theme, never Montfoort itself', () => {
		expect(Object.values(deck.elsewhere).flat()).not.toContain('Montfoort');
		expect(deck.elsewhere['jeugdoverlast']).toEqual(expect.arrayContaining(['Lansingerland']));
	});
});
