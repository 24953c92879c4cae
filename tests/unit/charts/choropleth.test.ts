import { describe, expect, it } from 'vitest';
import { choroplethSpec } from '../../../src/lib/charts/choropleth';
import type { GemeenteFeature } from '../../../src/lib/schema/geo';
import type { MapValueRow } from '../../../src/lib/db/queries/overview';
import { expectSnapshot, renderSpec } from './render';

const square = (code: string, name: string, x: number, y: number): GemeenteFeature => ({
	type: 'Feature',
	properties: { code, name },
	geometry: { type: 'Polygon', coordinates: [[[x, y], [x, y + 0.1], [x + 0.1, y + 0.1], [x + 0.1, y], [x, y]]] }
});
const FEATURES = [square('GM0001', 'Alfa', 5, 52), square('GM0002', 'Bèta', 5.1, 52), square('GM0003', 'Gamma', 5.2, 52), square('GM0004', 'Delta', 5.3, 52)];
const row = (code: string, name: string, value: number | null, province = 'Utrecht'): MapValueRow => ({ code, name, province, inhabitants: null, value, status: null, source_id: 's' });
const ROWS = [row('GM0001', 'Alfa', 1234.5), row('GM0002', 'Bèta', 20), row('GM0003', 'Gamma', null), row('GM0004', 'Delta', 40, 'Zeeland')];
const OPTIONS = { features: FEATURES, locale: 'nl' as const, unit: 'per_1000', direction: 'higher_worse', legendLabel: 'Misdrijven', missingLabel: 'geen cijfer', marked: ['GM0002'], selected: null };

const paths = (svg: Element) => [...svg.querySelectorAll('g[aria-label="geo"]')].map((g) => g.querySelectorAll('path').length);

describe('choroplethSpec', () => {
	it('fills gemeenten with a value, draws the one without as empty, and outlines the marked one', () => {
		const { svg } = renderSpec(choroplethSpec(ROWS, OPTIONS));
		// value, missing, marked (Plot leaves out the empty selected layer)
		expect(paths(svg)).toEqual([3, 1, 1]);
		expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toContain('Bèta');
	});
	it('marks a flagged gemeente with a square at its place and says why in its tip', () => {
		const spec = choroplethSpec(ROWS, { ...OPTIONS, outliers: new Map([['GM0001', '355 in 2023 tegen 44 (2022)']]) });
		const { svg } = renderSpec(spec);
		expect(svg.querySelectorAll('g[aria-label="dot"] path')).toHaveLength(1);
		const tip = spec.marks!.at(-1) as unknown as { channels: { title: { value: (f: unknown) => string } } };
		const title = tip.channels.title.value;
		expect(title(FEATURES[0])).toBe('Alfa\n1.234,5\n⚠ 355 in 2023 tegen 44 (2022)');
		expect(title(FEATURES[1])).toBe('Bèta\n20');
		expect(renderSpec(choroplethSpec(ROWS, OPTIONS)).svg.querySelectorAll('g[aria-label="dot"]')).toHaveLength(0);
	});
	it('draws only the gemeenten in the rows (a province filter zooms the map)', () => {
		const { svg } = renderSpec(choroplethSpec(ROWS.filter((r) => r.province === 'Utrecht'), { ...OPTIONS, selected: 'GM0001' }));
		expect(paths(svg)).toEqual([2, 1, 1, 1]);
	});
	it('darker means less favourable: the colour runs the other way when lower is worse', () => {
		const higher = choroplethSpec(ROWS, OPTIONS).color as { reverse: boolean; scheme: string };
		const lower = choroplethSpec(ROWS, { ...OPTIONS, direction: 'lower_worse' }).color as { reverse: boolean };
		const neutral = choroplethSpec(ROWS, { ...OPTIONS, direction: 'neutral' }).color as { scheme: string };
		expect(higher.reverse).toBe(false);
		expect(lower.reverse).toBe(true);
		expect(neutral.scheme).not.toBe(higher.scheme);
	});
	it('writes legend ticks in nl-NL', () => {
		const legend = choroplethSpec(ROWS, OPTIONS).color as { tickFormat: (d: number) => string };
		expect(legend.tickFormat(1234.5)).toBe('1.234,5');
	});
	it('matches its snapshot (map and legend)', async () => {
		const outliers = new Map([['GM0001', '355 in 2023 tegen 44 (2022)']]);
		await expectSnapshot('choropleth', renderSpec(choroplethSpec(ROWS, { ...OPTIONS, outliers })).text);
	});
});
