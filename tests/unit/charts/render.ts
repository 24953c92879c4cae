/**
 * Renders a Plot spec to SVG text under jsdom, stabilised for snapshots: Plot's generated class names
 * (plot-d6a7b5) depend on render order, so they are renamed in order of appearance.
 */
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';

export function renderSpec(options: Plot.PlotOptions): { svg: Element; text: string } {
	const { window } = new JSDOM('<!doctype html><body></body>');
	const figure = Plot.plot({ ...options, document: window.document });
	// A figure with a legend holds the legend's svg first; the plot is the last one.
	const svg = figure.tagName.toLowerCase() === 'svg' ? figure : [...figure.querySelectorAll('svg')].at(-1)!;
	const ids = new Map<string, string>();
	const text = figure.outerHTML.replace(/plot-[0-9a-f]{6}/g, (id) => {
		if (!ids.has(id)) ids.set(id, `plot-${ids.size}`);
		return ids.get(id)!;
	});
	return { svg, text };
}
