import * as Plot from '@observablehq/plot';
import type { MapValueRow } from '$lib/db/queries/overview';
import { formatValue, type Locale } from '$lib/format';

export interface IndicatorStripOptions {
	readonly locale: Locale;
	readonly unit: string;
	/** Codes of gemeenten to mark (the trajectory gemeenten, and a searched one), drawn on top and labelled. */
	readonly highlight: readonly string[];
	readonly xLabel: string;
	/** Log scale for counts that span orders of magnitude (inhabitants, densities). */
	readonly log?: boolean;
	readonly width?: number;
}

/** One indicator's values as a strip per province: where each gemeente stands; marked gemeenten labelled. */
export function indicatorStripSpec(rows: readonly MapValueRow[], o: IndicatorStripOptions): Plot.PlotOptions {
	const known = rows.filter((r) => r.value !== null && (!o.log || r.value > 0));
	const marked = new Set(o.highlight);
	const others = known.filter((r) => !marked.has(r.code));
	const highlighted = known.filter((r) => marked.has(r.code));
	// Two marked gemeenten in one province (Baarn and Montfoort) would print their names on top of each other:
	// alternate the labels above and below the dots.
	const above = highlighted.filter((_, i) => i % 2 === 0);
	const below = highlighted.filter((_, i) => i % 2 === 1);
	const label = { x: 'value', y: 'province', text: 'name', fontWeight: 600, fill: '#7c2d12' } as const;
	const provinces = [...new Set(rows.map((r) => r.province))].sort((a, b) => a.localeCompare(b, 'nl'));
	const fmt = (d: number) => formatValue(d, o.unit, o.locale);
	return {
		width: o.width ?? 760,
		height: 80 + provinces.length * 32,
		marginLeft: 120,
		marginRight: 30,
		marginBottom: 44,
		x: { type: o.log ? 'log' : 'linear', label: o.xLabel, labelAnchor: 'center', labelOffset: 38, grid: true, tickFormat: fmt, ticks: 6 },
		y: { label: null, domain: provinces },
		marks: [
			Plot.dot(others, { x: 'value', y: 'province', r: 3.5, fill: '#7a8a99', fillOpacity: 0.55, stroke: 'white', strokeWidth: 0.5 }),
			Plot.dot(highlighted, { x: 'value', y: 'province', r: 6, fill: '#c2410c', stroke: 'white' }),
			Plot.text(above, { ...label, dy: -12 }),
			Plot.text(below, { ...label, dy: 13 }),
			Plot.tip(known, Plot.pointer({ x: 'value', y: 'province', channels: { Gemeente: 'name' }, format: { x: fmt, y: true, Gemeente: true } }))
		]
	};
}
