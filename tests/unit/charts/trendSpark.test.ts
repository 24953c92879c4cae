/** The small trend chart in the gemeente page's table: one indicator's years for one gemeente. */
import { describe, expect, it } from 'vitest';
import { trendSparkSpec } from '../../../src/lib/charts/trendSpark';
import { montfoortGapPage } from './fixtures';
import { expectSnapshot, renderSpec } from './render';

const points = [
	{ period: 2019, value: 41.2 },
	{ period: 2020, value: 38.5 },
	{ period: 2022, value: 1234.5 }
];

describe('trendSparkSpec', () => {
	it('writes only the first and last year on the axis, and each year’s value the Dutch way in its dot’s title', () => {
		const { svg } = renderSpec(trendSparkSpec(points, { locale: 'nl', markYear: null }));
		const ticks = [...svg.querySelectorAll('g[aria-label="x-axis tick label"] text')].map((t) => t.textContent);
		expect(ticks).toEqual(['2019', '2022']);
		const titles = [...svg.querySelectorAll('g[aria-label="dot"] title')].map((t) => t.textContent);
		expect(titles).toEqual(['2019: 41,2', '2020: 38,5', '2022: 1.234,5']);
		expect(svg.querySelectorAll('g[aria-label="rule"]')).toHaveLength(0);
	});
	it('marks the trajectory’s year, and widens the axis to it when it lies outside the series', () => {
		const spec = trendSparkSpec(points, { locale: 'nl', markYear: 2024 });
		expect((spec.x as { domain: number[] }).domain).toEqual([2019, 2024]);
		expect(renderSpec(spec).svg.querySelectorAll('g[aria-label="rule"] line')).toHaveLength(1);
	});
	it('matches its SVG snapshot for Montfoort’s first series with years on its gemeente page (GM0335, shipped data)', async () => {
		const { gap, rows } = montfoortGapPage();
		const series = rows.flatMap((r) => Object.values(r.series)).find((s) => s.length >= 2)!;
		await expectSnapshot('trendSpark-montfoort', renderSpec(trendSparkSpec(series, { locale: 'nl', markYear: gap.trajectory.referenceYear })).text);
	});
});
