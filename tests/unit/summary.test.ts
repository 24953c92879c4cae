/**
 * The one-page summary says what the reports conclude, in their words, and prints the gemeente page's numbers.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, isHeard } from '../../src/lib/analysis/classify';
import { deckPage } from '../../src/lib/server/deck';
import { gapPage } from '../../src/lib/server/gap';
import { nl, type MessageKey } from '../../src/lib/i18n/messages';
import { formatValue } from '../../src/lib/format';
import { storyLabels, type StoryLabels } from '../../src/lib/views/deckStory';
import { summaryOf, summaryText, SUMMARY_FIGURES } from '../../src/lib/views/summary';

const t = (key: MessageKey, params: Record<string, string | number> = {}) => nl[key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k]));

const labels = (code: string): StoryLabels => storyLabels(deckPage(code)!.gap, 'nl', t);

describe.each(['GM0335', 'GM0308', 'GM1621'])('the summary of %s', (code) => {
	const deck = deckPage(code)!;
	const page = gapPage(code)!;
	const l = labels(code);
	const s = summaryOf(deck, l);

	it('prints the gemeente page’s figures: the same year and value, at most three', () => {
		expect(s.figures.length).toBeLessThanOrEqual(SUMMARY_FIGURES);
		const positions = page.gap.all.flatMap((r) => r.measured.positions);
		for (const f of s.figures) {
			const p = positions.find((x) => x.indicatorId === f.fact.indicatorId)!;
			expect([f.fact.period, f.fact.value]).toEqual([p.period, p.value]);
			expect(f.title).toContain(String(p.period));
			expect(f.compare).toContain(formatValue(p.value, page.indicatorLabels[p.indicatorId]!.unit, 'nl'));
		}
	});

	it('has 3 to 5 points, each a finding of the report on a theme it raised, with who said it', () => {
		const raised = page.gap.all.filter((r) => r.perceived.raised).length;
		expect(s.points.length).toBeGreaterThanOrEqual(Math.min(3, raised));
		expect(s.points.length).toBeLessThanOrEqual(5);
		for (const p of s.points) {
			const f = page.findings.find((x) => x.theme_id === p.themeId && x.paraphrase_nl === p.paraphrase);
			expect(f?.stance).toBe('problem');
			expect(p.who.length).toBeGreaterThan(0);
		}
		// Heard themes come before any that were only mentioned.
		const heard = s.points.map((p) => isHeard(page.gap.all.find((r) => r.themeId === p.themeId)!.perceived, DEFAULT_THRESHOLDS));
		expect(heard.indexOf(false) === -1 || heard.slice(heard.indexOf(false)).every((x) => !x)).toBe(true);
	});

	it('says what it does not mean, and carries the advisor’s texts into its text export', () => {
		expect(s.caveats[0]).toBe(nl['raad.caveat.notSeen']);
		const text = summaryText(deck, s, { happening: 'De gemeente stelde een gebiedsmanager aan.', ask: 'Stem in met het plan van aanpak.' }, l);
		expect(text).toContain('## Wat we de raad vragen\nStem in met het plan van aanpak.');
		expect(text).toContain('De gemeente stelde een gebiedsmanager aan.');
		expect(text).not.toMatch(/seed:|MF-\d|BA-\d|LA-\d|lbm_|misdrijven_per/);
	});
});

describe('what the reports conclude, on the summaries', () => {
	it('Montfoort: the researchers’ heart of the matter (trust in the gemeente) leads, with the report’s count of people', () => {
		const s = summaryOf(deckPage('GM0335')!, labels('GM0335'));
		// §5.2.1: "een belangrijke, zo niet de belangrijkste bron van onvrede".
		expect(s.points[0]!.themeId).toBe('vertrouwen_gemeente');
		expect(s.points[0]!.who).toBe(nl['gap.assessment.kern']);
		// §4: conversations with 27 persons, of whom 3 initiators of the demonstration (residents).
		expect(s.spoken).toContain('27 mensen: 3 inwoners');
		expect(s.caveats.join(' ')).toContain('Keizerrijk');
	});
	it('Baarn: the article is a short source, and drugs among young people are among the points', () => {
		const s = summaryOf(deckPage('GM0308')!, labels('GM0308'));
		expect(s.caveats).toContain(nl['raad.caveat.summary']);
		expect(s.points.map((p) => p.themeId)).toContain('drugs');
	});
	it('Lansingerland: the youth nuisance carries the researchers’ “valt mee” wherever it is a point', () => {
		const s = summaryOf(deckPage('GM1621')!, labels('GM1621'));
		// The researchers' central conclusion is the dissatisfaction with the gemeente, not the youth nuisance.
		expect(s.points[0]!.themeId).toBe('vertrouwen_gemeente');
		const nuisance = s.points.find((p) => p.themeId === 'jeugdoverlast');
		expect(nuisance?.who).toContain(nl['gap.assessment.valt_mee']);
	});
});
