import * as Plot from '@observablehq/plot';
import type { GapClass } from '$lib/analysis/classify';
import { formatShare, type Locale } from '$lib/format';
import { CLASS_COLOURS } from './gapChart';

export interface RankedGap {
	readonly code: string;
	readonly label: string;
	readonly share: number;
	readonly percentile: number;
	readonly gapClass: GapClass;
	readonly classLabel: string;
	readonly tip: string;
}

export interface GapRankingOptions {
	readonly locale: Locale;
	readonly xLabel: string;
	readonly width?: number;
}

/** A dumbbell per pair, from the measured position (diamond) to the perceived share (dot), in the order given. */
export function gapRankingSpec(rows: readonly RankedGap[], o: GapRankingOptions): Plot.PlotOptions {
	const pct = (v: number) => formatShare(v, o.locale, 0);
	return {
		width: o.width ?? 1040,
		height: 60 + rows.length * 28,
		marginLeft: 320,
		marginRight: 270,
		marginBottom: 40,
		x: { domain: [0, 1], label: o.xLabel, labelAnchor: 'center', labelOffset: 34, tickFormat: pct, grid: true },
		y: { domain: rows.map((r) => r.label), label: null, tickSize: 0 },
		marks: [
			Plot.link(rows, { x1: 'percentile', x2: 'share', y1: 'label', y2: 'label', stroke: (r: RankedGap) => CLASS_COLOURS[r.gapClass], strokeWidth: 3, strokeOpacity: 0.6 }),
			Plot.dot(rows, { x: 'percentile', y: 'label', symbol: 'diamond', r: 6, stroke: '#0072b2', strokeWidth: 2.5, fill: 'white' }),
			Plot.dot(rows, { x: 'share', y: 'label', r: 6, fill: '#d55e00' }),
			Plot.text(rows, { y: 'label', text: 'classLabel', frameAnchor: 'right', textAnchor: 'start', dx: 12, fontWeight: 600, fill: (r: RankedGap) => CLASS_COLOURS[r.gapClass] }),
			Plot.tip(rows, Plot.pointer({ x: 'share', y: 'label', title: 'tip' }))
		]
	};
}
