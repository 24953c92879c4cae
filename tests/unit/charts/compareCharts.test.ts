import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../../src/lib/i18n/messages';
import { coOccurrenceSpec } from '../../../src/lib/charts/coOccurrence';
import { CLASS_COLOURS } from '../../../src/lib/charts/palette';
import { gapRankingSpec } from '../../../src/lib/charts/gapRanking';
import { gapScatterSpec, type GapPoint } from '../../../src/lib/charts/gapScatter';
import { recurringThemesSpec } from '../../../src/lib/charts/recurringThemes';
import { themeMatrixSpec, type MatrixCell } from '../../../src/lib/charts/themeMatrix';
import { classLabel, coOccurrenceCells, columnLabel, matrixCells, recurringRows, themeOrder } from '../../../src/lib/views/compare';
import { rankedGaps, scatterPoints } from '../../../src/lib/views/gapExplorer';
import { comparePairs, compareLabels as labels, t } from './fixtures';
import { expectSnapshot, renderSpec } from './render';

const cell = (trajectory: string, theme: string, text: string, over: Partial<MatrixCell> = {}): MatrixCell => ({
	trajectoryId: trajectory,
	themeId: theme,
	trajectory,
	theme,
	text,
	share: 0.6,
	gapClass: 'perception_gap',
	classLabel: 'Belevingskloof',
	raised: true,
	suppressed: false,
	detail: `${theme} · ${trajectory}`,
	...over
});

describe('theme matrix', () => {
	const cells = [
		cell('A (n = 27)', 'Jeugdoverlast', '60%'),
		cell('B (n onbekend)', 'Jeugdoverlast', '—', { raised: false, share: 0, gapClass: 'no_signal' }),
		cell('A (n = 27)', 'Drugs', '< 5', { suppressed: true, share: null, gapClass: null })
	];
	it('writes share and class in raised cells, and only the mark in others', () => {
		const { svg } = renderSpec(themeMatrixSpec(cells, { themes: ['Jeugdoverlast', 'Drugs'], trajectories: ['A (n = 27)', 'B (n onbekend)'], byClass: true }));
		const texts = [...svg.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent);
		expect(texts).toContain('60%Belevingskloof');
		expect(texts).toContain('—');
		expect(texts).toContain('< 5');
		expect(texts.join(' ')).not.toContain('Geen signaal');
	});
	it('colours raised problem cells by class, and by share alone for strengths and solutions', () => {
		const byClass = renderSpec(themeMatrixSpec(cells, { themes: ['Jeugdoverlast', 'Drugs'], trajectories: ['A (n = 27)', 'B (n onbekend)'], byClass: true })).svg;
		const plain = renderSpec(themeMatrixSpec(cells, { themes: ['Jeugdoverlast', 'Drugs'], trajectories: ['A (n = 27)', 'B (n onbekend)'], byClass: false })).svg;
		const fills = (svg: Element) => [...svg.querySelectorAll('g[aria-label="cell"] rect')].map((r) => r.getAttribute('fill'));
		expect(fills(byClass)).toContain(CLASS_COLOURS.perception_gap);
		expect(fills(plain)).not.toContain(CLASS_COLOURS.perception_gap);
	});
});

describe('recurring themes and co-occurrence', () => {
	it('scales the bars to the number of trajectories and names the gemeenten', () => {
		const spec = recurringThemesSpec([{ theme: 'Jeugdoverlast', trajectories: 3, names: 'Baarn, Lansingerland, Montfoort' }], { xLabel: 'Trajecten', total: 3 });
		expect(spec.x?.domain).toEqual([0, 3]);
		expect(renderSpec(spec).svg.textContent).toContain('Baarn, Lansingerland, Montfoort');
	});
	it('draws each pair once, below the diagonal', () => {
		const spec = coOccurrenceSpec([{ a: 'Drugs', b: 'Jeugdoverlast', count: 2, detail: '' }], { themes: ['Jeugdoverlast', 'Drugs'] });
		const { svg } = renderSpec(spec);
		expect(svg.querySelectorAll('g[aria-label="cell"] rect')).toHaveLength(1);
		expect(svg.querySelector('g[aria-label="text"] text')?.textContent).toBe('2');
	});
});

describe('gap explorer', () => {
	const point = (code: string, level: number, percentile: number, gapClass: GapPoint['gapClass']): GapPoint => ({
		code, label: code, level, lo: level - 1, hi: level + 1, percentile, pMin: percentile - 0.05, pMax: percentile + 0.05, gapClass, tip: code
	});
	const steps = ['niet genoemd', 'één persoon', 'enkelen', 'een aantal', 'veel', 'de meesten', 'rode draad'];
	const classLabels = { confirmed: 'Bevestigd', perception_gap: 'Belevingskloof', blind_spot: 'Blinde vlek', no_signal: 'Geen signaal' };
	it('names the four regions, writes the heard steps as words on the axis, and draws each point with its class shape', () => {
		const spec = gapScatterSpec([point('GM0335', 6, 0.44, 'perception_gap'), point('GM0308', 2, 0.7, 'blind_spot')], { locale: 'nl', heardLevel: 4, high: 0.67, steps, xLabel: 'x', yLabel: 'y', classLabels });
		const { svg } = renderSpec(spec);
		const text = svg.textContent ?? '';
		for (const l of Object.values(classLabels)) expect(text).toContain(l);
		for (const w of steps) expect(text).toContain(w);
		// The heard axis carries no percentages: a report's word is not one.
		expect([...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')].some((t) => /%/.test(t.textContent ?? ''))).toBe(false);
		expect(svg.querySelectorAll('g[aria-label="rule"]').length).toBeGreaterThanOrEqual(2);
		const dots = [...svg.querySelectorAll('g[aria-label="dot"] path')];
		expect(dots).toHaveLength(2);
		expect(new Set(dots.map((d) => d.getAttribute('d'))).size).toBe(2);
	});
	it('ranks in the order given, one row per pair', () => {
		const rows = [
			{ code: 'a', label: 'A · x', share: 0, percentile: 0.73, gapClass: 'blind_spot' as const, classLabel: 'Blinde vlek', tip: '' },
			{ code: 'b', label: 'B · y', share: 0.6, percentile: 0.44, gapClass: 'perception_gap' as const, classLabel: 'Belevingskloof', tip: '' }
		];
		const spec = gapRankingSpec(rows, { locale: 'nl', xLabel: 'x' });
		expect(spec.y?.domain).toEqual(['A · x', 'B · y']);
		expect(renderSpec(spec).svg.querySelectorAll('g[aria-label="link"] path')).toHaveLength(2);
	});
});

describe('comparison charts on a phone (a 358 px box)', () => {
	const flat = (svg: Element) => (svg.textContent ?? '').replace(/\s+/g, ' ');
	it('the theme matrix puts each theme above its cells, within the width, every cell still written', () => {
		const cells = [cell('Baarn (n onbekend)', 'Vertrouwen in en bereikbaarheid van de gemeente', 'stuk voor stuk ◆'), cell('Montfoort (n = 27)', 'Vertrouwen in en bereikbaarheid van de gemeente', 'rode draad'), cell('Baarn (n onbekend)', 'Drugs', '< 5', { suppressed: true, share: null, gapClass: null })];
		const options = { themes: ['Vertrouwen in en bereikbaarheid van de gemeente', 'Drugs'], trajectories: ['Baarn (n onbekend)', 'Montfoort (n = 27)'], byClass: true, width: 358 };
		const spec = themeMatrixSpec(cells, options);
		expect(spec.width).toBe(358);
		expect(spec.marginLeft).toBeLessThan(20);
		const { svg } = renderSpec(spec);
		for (const s of ['Vertrouwen in en bereikbaarheid van de gemeente', 'stuk voor stuk ◆', 'rode draad', '< 5', 'Belevingskloof', 'Montfoort (n = 27)']) expect(flat(svg)).toContain(s);
		// Too many trajectories for the width: the grid keeps its desktop size and scrolls in its box instead.
		const many = Array.from({ length: 6 }, (_, i) => `T${i}`);
		expect(themeMatrixSpec(cells, { ...options, trajectories: many }).width).toBeGreaterThan(358);
	});
	it('the ranking and the recurring themes write their labels above the marks, within the width', () => {
		const rows = [{ code: 'a', label: 'Montfoort · Vertrouwen in en bereikbaarheid van de gemeente', share: 1, percentile: 0.23, gapClass: 'perception_gap' as const, classLabel: 'Gehoord, (nog) niet zichtbaar in de cijfers', tip: '' }];
		const ranking = gapRankingSpec(rows, { locale: 'nl', xLabel: 'Positie in de cijfers tegen de hoorde stap', width: 358 });
		expect([ranking.width, ranking.marginLeft]).toEqual([358, 12]);
		expect(flat(renderSpec(ranking).svg)).toContain('Gehoord, (nog) niet zichtbaar in de cijfers');
		const recurring = recurringThemesSpec([{ theme: 'Jeugdoverlast', trajectories: 3, names: 'Baarn, Lansingerland, Montfoort' }], { xLabel: 'Trajecten', total: 3, width: 358 });
		expect([recurring.width, recurring.marginLeft]).toEqual([358, 12]);
		expect(flat(renderSpec(recurring).svg)).toContain('Baarn, Lansingerland, Montfoort');
	});
});

describe('three trajectories compared, through the pair analysis and the pages’ views (snapshots)', () => {
	const { pairs, trajectories } = comparePairs();
	const matrix = {
		cells: matrixCells(pairs, trajectories, labels, true),
		options: { themes: themeOrder(pairs, labels).map(labels.theme), trajectories: trajectories.map((tr) => columnLabel(tr, labels)), byClass: true }
	};
	const recurring = recurringRows(pairs, labels);
	const scatterOptions = {
		locale: 'nl' as const,
		heardLevel: 4,
		high: 0.67,
		steps: [...[0, 1, 2, 3, 4, 5, 6].map((i) => t(`level.${i}` as MessageKey)), `◆ ${t('speaker.onderzoekers')}`],
		xLabel: t('gapx.scatter.x'),
		yLabel: t('gapx.scatter.y'),
		classLabels: { confirmed: classLabel('confirmed', labels), perception_gap: classLabel('perception_gap', labels), blind_spot: classLabel('blind_spot', labels), no_signal: classLabel('no_signal', labels) }
	};
	const ranked = rankedGaps(pairs, labels);
	it('the theme matrix (vergelijk)', async () => {
		await expectSnapshot('themeMatrix', renderSpec(themeMatrixSpec(matrix.cells, matrix.options)).text);
		await expectSnapshot('themeMatrix-phone', renderSpec(themeMatrixSpec(matrix.cells, { ...matrix.options, width: 358 })).text);
	});
	it('the recurring themes (vergelijk)', async () => {
		await expectSnapshot('recurringThemes', renderSpec(recurringThemesSpec(recurring, { xLabel: t('compare.recurring.x'), total: trajectories.length })).text);
		await expectSnapshot('recurringThemes-phone', renderSpec(recurringThemesSpec(recurring, { xLabel: t('compare.recurring.x'), total: trajectories.length, width: 358 })).text);
	});
	it('the co-occurrence grid (vergelijk)', async () => {
		await expectSnapshot('coOccurrence', renderSpec(coOccurrenceSpec(coOccurrenceCells(pairs, labels), { themes: recurring.map((r) => r.theme) })).text);
	});
	it('the gap scatter (kloof)', async () => {
		await expectSnapshot('gapScatter', renderSpec(gapScatterSpec(scatterPoints(pairs, labels).points, scatterOptions)).text);
	});
	it('the gap ranking (kloof)', async () => {
		expect(ranked.length).toBeGreaterThan(1);
		await expectSnapshot('gapRanking', renderSpec(gapRankingSpec(ranked, { locale: 'nl', xLabel: t('gapx.ranking.x') })).text);
		await expectSnapshot('gapRanking-phone', renderSpec(gapRankingSpec(ranked, { locale: 'nl', xLabel: t('gapx.ranking.x'), width: 358 })).text);
	});
});
