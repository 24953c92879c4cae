/** The gemeente page's gap chart: heard as words in the margin, the primary figure on the axis, the class at the right. */
import { describe, expect, it } from 'vitest';
import { gapChartSpec, type GapChartRow } from '../../../src/lib/charts/gapChart';
import { montfoortGapPage } from './fixtures';
import { expectSnapshot, renderSpec } from './render';

const rows: GapChartRow[] = [
	{ theme: 'Jeugdoverlast', heard: 'genoemd, omvang onbekend ◆', percentile: 0.23, others: [{ label: 'Leefbaarometer veiligheid (2016)', percentile: 0.66 }], gapClass: 'perception_gap', classLabel: 'Gehoord, (nog) niet zichtbaar in de cijfers' },
	{ theme: 'Vertrouwen', heard: '●●●●●● rode draad ◆', percentile: null, others: [], gapClass: 'no_measurement', classLabel: 'Gehoord, geen cijfers beschikbaar' },
	{ theme: 'Verloedering', heard: 'buiten de vraag van dit traject', percentile: null, others: [], gapClass: 'not_studied', classLabel: 'Niet onderzocht in dit traject' }
];

describe('gap chart', () => {
	const { svg } = renderSpec(gapChartSpec(rows, { locale: 'nl', high: 0.67, xLabel: 'Positie', perceivedLabel: 'Gehoord', measuredLabel: 'In de cijfers' }));
	const text = svg.textContent ?? '';
	it('writes every theme, what was heard in words, and its class', () => {
		for (const r of rows) for (const s of [r.theme, r.heard, r.classLabel]) expect(text).toContain(s);
	});
	it('places only figures on the axis: one diamond per primary figure, a ring per figure beside it, nothing for the words', () => {
		const dots = svg.querySelectorAll('g[aria-label="dot"]');
		expect(dots).toHaveLength(2);
		expect(dots[0]!.querySelectorAll('circle, path')).toHaveLength(1);
		expect(dots[1]!.querySelectorAll('circle, path')).toHaveLength(1);
	});
});

describe('gap chart on a phone (390 px)', () => {
	const options = { locale: 'nl' as const, high: 0.67, xLabel: 'Positie op het hoofdcijfer (0% = gunstigst, 100% = ongunstigst)', perceivedLabel: 'Gehoord', measuredLabel: 'In de cijfers', width: 358 };
	const spec = gapChartSpec(rows, options);
	const { svg } = renderSpec(spec);
	const lines = [...svg.querySelectorAll('text tspan, text')].map((t) => (t.children.length === 0 ? (t.textContent ?? '') : '')).filter(Boolean);
	it('is drawn for the width it gets, without the 520 px margin of the desktop layout', () => {
		expect(spec.width).toBe(358);
		expect(spec.marginLeft).toBeLessThan(40);
		expect(gapChartSpec(rows, { ...options, width: undefined }).marginLeft).toBe(520);
	});
	it('still writes every theme, what was heard and the class, each line short enough for the width', () => {
		const text = svg.textContent ?? '';
		for (const r of rows) for (const s of [r.theme, r.classLabel]) expect(text.replace(/\s+/g, ' ')).toContain(s);
		// 12 px text at about 7 px a character: no line may need more than the width.
		expect(lines.length).toBeGreaterThan(6);
		for (const line of lines) expect(line.length * 7, line).toBeLessThanOrEqual(358);
	});
	it('keeps a figure on the axis and draws no track for a theme nothing measures', () => {
		expect(svg.querySelectorAll('g[aria-label="dot"]')).toHaveLength(2);
		expect(svg.querySelectorAll('g[aria-label="rule"] line').length).toBeGreaterThan(0);
	});
});

describe('Montfoort’s gemeente page (GM0335, shipped data), as a worked example', () => {
	const page = montfoortGapPage();
	it('draws every theme of the page', () => {
		expect(page.chartRows.length).toBe(page.rows.length);
		expect(page.chartRows.length).toBeGreaterThan(3);
	});
	it('matches its SVG snapshot at desktop width', async () => {
		await expectSnapshot('gapChart-montfoort', renderSpec(gapChartSpec(page.chartRows, page.options)).text);
	});
	it('matches its SVG snapshot on a phone (a 358 px box)', async () => {
		await expectSnapshot('gapChart-montfoort-phone', renderSpec(gapChartSpec(page.chartRows, { ...page.options, width: 358 })).text);
	});
});
