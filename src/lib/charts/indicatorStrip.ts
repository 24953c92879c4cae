import * as Plot from '@observablehq/plot';
import type { GemeenteSizeRow } from '$lib/db/queries/overview';
import { formatNumber, type Locale } from '$lib/format';

export interface GemeenteSizesOptions {
	readonly locale: Locale;
	/** Codes of gemeenten to mark (the trajectory gemeenten), drawn on top and labelled. */
	readonly highlight: readonly string[];
	readonly xLabel: string;
	readonly width?: number;
}

/** Inhabitants per gemeente as a strip plot per province, log scale; highlighted gemeenten labelled. */
export function gemeenteSizesSpec(rows: readonly GemeenteSizeRow[], o: GemeenteSizesOptions): Plot.PlotOptions {
	const marked = new Set(o.highlight);
	const others = rows.filter((r) => !marked.has(r.code));
	const highlighted = rows.filter((r) => marked.has(r.code));
	// Two marked gemeenten in one province (Baarn and Montfoort) would print their names on top of each other:
	// alternate the labels above and below the dots.
	const above = highlighted.filter((_, i) => i % 2 === 0);
	const below = highlighted.filter((_, i) => i % 2 === 1);
	const label = { x: 'inhabitants', y: 'province', text: 'name', fontWeight: 600, fill: '#7c2d12' } as const;
	const provinces = [...new Set(rows.map((r) => r.province))].sort((a, b) => a.localeCompare(b, 'nl'));
	return {
		width: o.width ?? 760,
		height: 80 + provinces.length * 32,
		marginLeft: 120,
		marginRight: 20,
		marginBottom: 44,
		x: {
			type: 'log',
			// Fixed, so a province shown alone sits on the same scale as the whole country
			// (Schiermonnikoog has under 1.000 inhabitants, Amsterdam over 900.000).
			domain: [500, 1_500_000],
			label: o.xLabel,
			labelOffset: 38,
			grid: true,
			tickFormat: (d: number) => formatNumber(d, o.locale, 0),
			ticks: [1_000, 10_000, 100_000, 1_000_000]
		},
		y: { label: null, domain: provinces },
		marks: [
			Plot.dot(others, {
				x: 'inhabitants',
				y: 'province',
				r: 3.5,
				fill: '#7a8a99',
				fillOpacity: 0.55,
				stroke: 'white',
				strokeWidth: 0.5
			}),
			Plot.dot(highlighted, { x: 'inhabitants', y: 'province', r: 6, fill: '#c2410c', stroke: 'white' }),
			Plot.text(above, { ...label, dy: -12 }),
			Plot.text(below, { ...label, dy: 13 }),
			Plot.tip(
				rows,
				Plot.pointer({
					x: 'inhabitants',
					y: 'province',
					channels: { Gemeente: 'name' },
					format: { x: (d: number) => formatNumber(d, o.locale, 0), y: true, Gemeente: true }
				})
			)
		]
	};
}
