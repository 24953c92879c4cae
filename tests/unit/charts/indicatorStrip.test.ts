import { describe, expect, it } from 'vitest';
import { indicatorStripSpec } from '../../../src/lib/charts/indicatorStrip';
import type { MapValueRow } from '../../../src/lib/db/queries/overview';
import { expectSnapshot, renderSpec } from './render';

const row = (code: string, name: string, province: string, value: number | null): MapValueRow => ({ code, name, province, inhabitants: null, value, status: null, source_id: 's' });
const ROWS: MapValueRow[] = [
	row('GM0308', 'Baarn', 'Utrecht', 41.2),
	row('GM0335', 'Montfoort', 'Utrecht', 28.5),
	row('GM0344', 'Utrecht', 'Utrecht', 71.9),
	row('GM1621', 'Lansingerland', 'Zuid-Holland', 30.1),
	row('GM0599', 'Rotterdam', 'Zuid-Holland', null)
];
const OPTIONS = { locale: 'nl' as const, unit: 'per_1000', highlight: ['GM0335', 'GM1621'], xLabel: 'Misdrijven per 1.000' };

describe('indicatorStripSpec', () => {
	it('draws one dot per gemeente with a value, and labels only the highlighted ones', () => {
		const { svg } = renderSpec(indicatorStripSpec(ROWS, OPTIONS));
		expect(svg.querySelectorAll('circle')).toHaveLength(4);
		const labels = [...svg.querySelectorAll('text')].map((t) => t.textContent);
		expect(labels).toContain('Montfoort');
		expect(labels).toContain('Lansingerland');
		expect(labels).not.toContain('Baarn');
	});
	it('formats axis ticks the Dutch way, in the indicator’s unit', () => {
		// Values where Dutch and English differ: a decimal comma, and a thousands point.
		const ticks = (rows: MapValueRow[], unit: string, locale: 'nl' | 'en') =>
			[...renderSpec(indicatorStripSpec(rows, { ...OPTIONS, unit, locale })).svg.querySelectorAll('[aria-label="x-axis tick label"] text')].map((t) => t.textContent);
		const small = [row('GM0308', 'Baarn', 'Utrecht', 1.1), row('GM0335', 'Montfoort', 'Utrecht', 2.4)];
		expect(ticks(small, 'per_1000', 'nl')).toContain('1,6');
		expect(ticks(small, 'per_1000', 'nl')).not.toContain('1.6');
		expect(ticks(small, 'per_1000', 'en')).toContain('1.6');
		const large = [row('GM0308', 'Baarn', 'Utrecht', 1200), row('GM0335', 'Montfoort', 'Utrecht', 4800)];
		expect(ticks(large, 'persons', 'nl')).toContain('2.000');
		expect(ticks(large, 'persons', 'nl')).not.toContain('2,000');
		expect(ticks(large, 'persons', 'en')).toContain('2,000');
	});
	it('keeps a province whose gemeenten all lack a value on the axis, so the gap is visible', () => {
		const spec = indicatorStripSpec(ROWS.filter((r) => r.province === 'Utrecht' || r.value === null), OPTIONS);
		expect(spec.y?.domain).toEqual(['Utrecht', 'Zuid-Holland']);
		expect(spec.height).toBe(144);
	});
	it('matches its SVG snapshot', async () => {
		await expectSnapshot('indicatorStrip', renderSpec(indicatorStripSpec(ROWS, OPTIONS)).text);
	});
});

describe('indicatorStripSpec with an outlier', () => {
	const many = Array.from({ length: 40 }, (_, i) => row(`GM${1000 + i}`, `G${i}`, i % 2 ? 'Utrecht' : 'Gelderland', 20 + i));
	const rows = [...many, row('GM0277', 'Rozendaal', 'Gelderland', 193.9)];
	const spec = indicatorStripSpec(rows, { ...OPTIONS, outliers: new Map([['GM0277', '355 in 2023 tegen 44 (2022)']]) });
	const { svg } = renderSpec(spec);
	it('ends the axis at the others’ range, not at the outlier', () => {
		expect((spec.x as { domain: number[] }).domain).toEqual([20, 59]);
	});
	it('draws the outlier at the edge with its real value written, still as one circle among the others', () => {
		expect(svg.querySelectorAll('circle')).toHaveLength(41);
		expect(svg.textContent).toContain('Rozendaal 193,9 →');
		// The flag is a hollow square around it, not a second circle.
		expect(svg.querySelectorAll('g[aria-label="dot"] path').length).toBeGreaterThan(0);
	});
	it('leaves the axis to the data when nothing lies far out', () => {
		expect((indicatorStripSpec(many, OPTIONS).x as { domain?: number[] }).domain).toBeUndefined();
	});
});
