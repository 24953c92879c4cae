import { describe, expect, it } from 'vitest';
import { gemeenteSizesSpec } from '../../../src/lib/charts/gemeenteSizes';
import type { GemeenteSizeRow } from '../../../src/lib/db/queries/overview';
import { renderSpec } from './render';

const ROWS: GemeenteSizeRow[] = [
	{ code: 'GM0308', name: 'Baarn', province: 'Utrecht', inhabitants: 25_000 },
	{ code: 'GM0335', name: 'Montfoort', province: 'Utrecht', inhabitants: 14_000 },
	{ code: 'GM0344', name: 'Utrecht', province: 'Utrecht', inhabitants: 374_000 },
	{ code: 'GM1621', name: 'Lansingerland', province: 'Zuid-Holland', inhabitants: 65_000 }
];
const OPTIONS = { locale: 'nl' as const, highlight: ['GM0335', 'GM1621'], xLabel: 'Inwoners' };

describe('gemeenteSizesSpec', () => {
	it('draws one dot per gemeente and labels only the highlighted ones', () => {
		const { svg } = renderSpec(gemeenteSizesSpec(ROWS, OPTIONS));
		expect(svg.querySelectorAll('circle')).toHaveLength(4);
		const labels = [...svg.querySelectorAll('text')].map((t) => t.textContent);
		expect(labels).toContain('Montfoort');
		expect(labels).toContain('Lansingerland');
		expect(labels).not.toContain('Baarn');
	});
	it('formats axis ticks the Dutch way', () => {
		const { svg } = renderSpec(gemeenteSizesSpec(ROWS, OPTIONS));
		const ticks = [...svg.querySelectorAll('[aria-label="x-axis tick label"] text')].map((t) => t.textContent);
		expect(ticks).toEqual(['1.000', '10.000', '100.000', '1.000.000']);
	});
	it('orders provinces alphabetically and sizes the chart by their number', () => {
		const spec = gemeenteSizesSpec(ROWS, OPTIONS);
		expect(spec.y?.domain).toEqual(['Utrecht', 'Zuid-Holland']);
		expect(spec.height).toBe(144);
		expect(spec.marks).toHaveLength(5);
	});
	it('matches its SVG snapshot', async () => {
		const { text } = renderSpec(gemeenteSizesSpec(ROWS, OPTIONS));
		await expect(text).toMatchFileSnapshot('./__snapshots__/gemeenteSizes.svg');
	});
});
