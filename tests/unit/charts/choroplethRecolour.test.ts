/**
 * A map recoloured in place (recolourChoropleth) must be the map Plot would draw afresh for the new values: the
 * same markup, fills and legend included, and tips that say the new values. When more than the values changed it
 * must refuse and leave the drawing alone.
 */
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { choroplethSpec, recolourChoropleth, type ChoroplethOptions } from '../../../src/lib/charts/choropleth';
import type { MapValueRow } from '../../../src/lib/db/queries/overview';
import type { GemeenteFeature } from '../../../src/lib/schema/geo';

const square = (code: string, name: string, x: number, y: number): GemeenteFeature => ({
	type: 'Feature',
	properties: { code, name },
	geometry: { type: 'Polygon', coordinates: [[[x, y], [x, y + 0.1], [x + 0.1, y + 0.1], [x + 0.1, y], [x, y]]] }
});
const NAMES = ['Alfa', 'Bèta', 'Gamma', 'Delta', 'Epsilon', 'Zèta', 'Èta'];
const FEATURES = NAMES.map((name, i) => square(`GM000${i + 1}`, name, 5 + i / 10, 52));
const rows = (values: (number | null)[]): MapValueRow[] =>
	FEATURES.map((f, i) => ({ code: f.properties.code, name: f.properties.name, province: 'Utrecht', inhabitants: null, value: values[i]!, status: null, source_id: 's' }));
const OPTIONS: ChoroplethOptions = { features: FEATURES, locale: 'nl', unit: 'per_1000', direction: 'higher_worse', legendLabel: 'Misdrijven', missingLabel: 'geen cijfer', marked: ['GM0002'], selected: null, outliers: new Map([['GM0001', 'sprong']]) };
const A = rows([1234.5, 20, null, 40, 7, 8, 9]);
const B = rows([3, 2000, null, 1, 55.5, 0.25, 12]);
const NEXT: ChoroplethOptions = { ...OPTIONS, direction: 'lower_worse', legendLabel: 'Veiligheid', unit: 'score', outliers: new Map([['GM0001', 'klein aantal']]) };

function draw(plot: Plot.PlotOptions) {
	const { window } = new JSDOM('<!doctype html><body></body>');
	return Plot.plot({ ...plot, document: window.document });
}
/** Plot numbers its class names per call; the markup compares without them. */
const markup = (figure: Element) => figure.outerHTML.replace(/plot-[0-9a-f]{6}\b/g, 'plot');
const tipText = (plot: Plot.PlotOptions, i: number) => (plot.marks!.at(-1) as unknown as { format: { title: (v: unknown, i: number) => string } }).format.title(null, i);

describe('recolourChoropleth', () => {
	it('gives the markup a fresh draw of the new values gives, fills and legend included, and the tips the new words', () => {
		const first = choroplethSpec(A, OPTIONS);
		const figure = draw(first);
		const before = markup(figure);
		const next = choroplethSpec(B, NEXT);
		expect(recolourChoropleth(figure, first, { rows: A, options: OPTIONS }, { rows: B, options: NEXT, plot: next })).toBe(true);
		expect(markup(figure)).not.toBe(before);
		expect(markup(figure)).toBe(markup(draw(next)));
		expect(tipText(first, 0)).toBe('Alfa\n+3,000\n⚠ klein aantal');
		for (const i of FEATURES.keys()) expect(tipText(first, i)).toBe(tipText(next, i));
	});

	it('keeps recolouring from the drawn marks after an earlier recolour', () => {
		const first = choroplethSpec(A, OPTIONS);
		const figure = draw(first);
		const second = choroplethSpec(B, NEXT);
		recolourChoropleth(figure, first, { rows: A, options: OPTIONS }, { rows: B, options: NEXT, plot: second });
		const third = choroplethSpec(A, OPTIONS);
		expect(recolourChoropleth(figure, first, { rows: B, options: NEXT }, { rows: A, options: OPTIONS, plot: third })).toBe(true);
		expect(markup(figure)).toBe(markup(draw(third)));
		expect(tipText(first, 0)).toBe('Alfa\n1.234,5\n⚠ sprong');
	});

	it.each([
		['a gemeente gets a value or loses one', rows([1, 2, 3, 4, 5, 6, 7]), OPTIONS],
		['fewer gemeenten are drawn', A.slice(0, 5), OPTIONS],
		['another gemeente is flagged', A, { ...OPTIONS, outliers: new Map([['GM0002', 'sprong']]) }],
		['a gemeente is selected', A, { ...OPTIONS, selected: 'GM0004' }],
		['the width changes', A, { ...OPTIONS, width: 360 }],
		['the features are others', A, { ...OPTIONS, features: [...FEATURES] }]
	] as const)('refuses, changing nothing, when %s', (_, nextRows, nextOptions) => {
		const first = choroplethSpec(A, OPTIONS);
		const figure = draw(first);
		const before = markup(figure);
		const next = choroplethSpec(nextRows, nextOptions);
		expect(recolourChoropleth(figure, first, { rows: A, options: OPTIONS }, { rows: nextRows, options: nextOptions, plot: next })).toBe(false);
		expect(markup(figure)).toBe(before);
		expect(tipText(first, 0)).toBe('Alfa\n1.234,5\n⚠ sprong');
	});
});
