import * as Plot from '@observablehq/plot';
import { isNarrow } from './narrow';

export interface CoOccurrenceCell {
	readonly a: string;
	readonly b: string;
	readonly count: number;
	readonly detail: string;
}

export interface CoOccurrenceOptions {
	readonly themes: readonly string[];
	readonly width?: number;
}

/** Theme × theme: in how many trajectories both were raised; each pair drawn once, below the diagonal. */
export function coOccurrenceSpec(cells: readonly CoOccurrenceCell[], o: CoOccurrenceOptions): Plot.PlotOptions {
	const order = new Map(o.themes.map((t, i) => [t, i]));
	// Row = the later theme in the order, column = the earlier: a lower triangle.
	const placed = cells.map((c) => ((order.get(c.a) ?? 0) > (order.get(c.b) ?? 0) ? c : { ...c, a: c.b, b: c.a }));
	const max = Math.max(1, ...cells.map((c) => c.count));
	return {
		// A grid needs its room: on a phone it keeps its size and scrolls inside its own box (Chart.svelte).
		width: isNarrow(o.width) ? 330 + o.themes.length * 44 : (o.width ?? 330 + o.themes.length * 44),
		height: 200 + o.themes.length * 30,
		marginLeft: 330,
		marginBottom: 190,
		x: { domain: o.themes, label: null, tickRotate: -50, tickSize: 0 },
		y: { domain: o.themes, label: null, tickSize: 0 },
		color: { type: 'linear', domain: [0, max], range: ['#deebf7', '#08519c'] },
		marks: [
			Plot.cell(placed, { x: 'b', y: 'a', fill: 'count', inset: 1 }),
			Plot.text(placed, { x: 'b', y: 'a', text: 'count', fill: (c: CoOccurrenceCell) => (c.count > max / 2 ? 'white' : '#111827') }),
			Plot.tip(placed, Plot.pointer({ x: 'b', y: 'a', title: 'detail' }))
		]
	};
}
