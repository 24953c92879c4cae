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
		// On a phone the grid keeps its cells and scrolls in its own box, but its theme names wrap into a narrower
		// margin so that the first view shows cells, not only names.
		width: isNarrow(o.width) ? 160 + o.themes.length * 44 : (o.width ?? 330 + o.themes.length * 44),
		height: 200 + o.themes.length * (isNarrow(o.width) ? 34 : 30),
		marginLeft: isNarrow(o.width) ? 160 : 330,
		marginBottom: 190,
		x: { domain: o.themes, label: null, tickRotate: -50, tickSize: 0, ...(isNarrow(o.width) ? { axis: null } : {}) },
		y: { domain: o.themes, label: null, tickSize: 0, ...(isNarrow(o.width) ? { axis: null } : {}) },
		color: { type: 'linear', domain: [0, max], range: ['#deebf7', '#08519c'] },
		marks: [
			...(isNarrow(o.width)
				? [Plot.axisY({ tickSize: 0, label: null, lineWidth: 10, lineHeight: 1.05 }), Plot.axisX({ tickSize: 0, label: null, tickRotate: -50, lineWidth: 12, lineHeight: 1.05 })]
				: []),
			Plot.cell(placed, { x: 'b', y: 'a', fill: 'count', inset: 1 }),
			Plot.text(placed, { x: 'b', y: 'a', text: 'count', fill: (c: CoOccurrenceCell) => (c.count > max / 2 ? 'white' : '#111827') }),
			Plot.tip(placed, Plot.pointer({ x: 'b', y: 'a', title: 'detail' }))
		]
	};
}
