import * as Plot from '@observablehq/plot';
import type { GapClass } from '$lib/analysis/classify';
import { formatShare, type Locale } from '$lib/format';
import { charsIn, isNarrow, ticksFor, wrapWords } from './narrow';
import { CLASS_COLOURS, CLASS_SYMBOLS } from './palette';

export interface GapPoint {
	readonly code: string;
	readonly label: string;
	/** The heard step, 0 (not raised) … 6 (the common thread); 7 is the band of the researchers' own conclusions. */
	readonly level: number;
	/** The range of steps the evidence allows. */
	readonly lo: number | null;
	readonly hi: number | null;
	readonly percentile: number;
	/** Spread of the theme's indicator percentiles (equal to `percentile` with one indicator). */
	readonly pMin: number;
	readonly pMax: number;
	readonly gapClass: GapClass;
	readonly tip: string;
}

export interface GapScatterOptions {
	readonly locale: Locale;
	/** The heard threshold as a step of the scale: the line sits half a step below it. */
	readonly heardLevel: number;
	readonly high: number;
	/** Words for the steps 0…6, and for the researchers' band (7) when given. */
	readonly steps: readonly string[];
	readonly xLabel: string;
	readonly yLabel: string;
	readonly classLabels: Readonly<Record<'confirmed' | 'perception_gap' | 'blind_spot' | 'no_signal', string>>;
	readonly width?: number;
}

/**
 * Measured position (x) against the heard step (y, the reports' own ordinal scale, words on the axis). The two thresholds cut the square into the four classes of
 * the method, shaded and named in their corners; each point carries its class as colour and as shape.
 */
export function gapScatterSpec(points: readonly GapPoint[], o: GapScatterOptions): Plot.PlotOptions {
	const pct = (v: number) => formatShare(v, o.locale, 0);
	const top = o.steps.length - 0.6;
	const line = o.heardLevel - 0.5;
	const regions = [
		{ x1: o.high, x2: 1, y1: line, y2: top, c: 'confirmed', x: 0.99, y: top - 0.05, anchor: 'end' },
		{ x1: 0, x2: o.high, y1: line, y2: top, c: 'perception_gap', x: 0.01, y: top - 0.05, anchor: 'start' },
		{ x1: o.high, x2: 1, y1: -0.4, y2: line, c: 'blind_spot', x: 0.99, y: line - 0.05, anchor: 'end' },
		{ x1: 0, x2: o.high, y1: -0.4, y2: line, c: 'no_signal', x: 0.01, y: line - 0.05, anchor: 'start' }
	] as const;
	// Thousands of intervals hide the points they belong to: beyond a few hundred pairs only the points are drawn.
	const few = points.length <= 400;
	const withInterval = few ? points.filter((p) => p.lo !== null && p.hi !== null && p.hi > p.lo) : [];
	const withSpread = few ? points.filter((p) => p.pMax > p.pMin) : [];
	// On a phone the class names wrap inside their own region (in ems of 11 px text) and the axis label goes under
	// the chart on as many lines as it needs.
	const narrow = isNarrow(o.width);
	const plotWidth = narrow ? o.width - 96 - 20 : 0;
	const xCaption = narrow ? wrapWords(o.xLabel, charsIn(o.width - 8)) : [];
	return {
		width: o.width ?? 760,
		height: isNarrow(o.width) ? 460 : 560,
		marginLeft: isNarrow(o.width) ? 96 : 110,
		marginBottom: narrow ? 30 + xCaption.length * 15 : 48,
		x: { domain: [0, 1], label: narrow ? null : o.xLabel, labelAnchor: 'center', labelOffset: 38, tickFormat: pct, grid: true, ...(isNarrow(o.width) ? { ticks: ticksFor(o.width - 116, 5) } : {}) },
		y: { domain: [-0.4, top], label: o.yLabel, labelAnchor: 'center', ticks: o.steps.map((_, i) => i), tickFormat: (d: number) => o.steps[d] ?? '', grid: true },
		marks: [
			Plot.rect(regions, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: (r) => CLASS_COLOURS[r.c as GapClass], fillOpacity: 0.07 }),
			...regions.map((r) =>
				Plot.text([r], {
					x: 'x',
					y: 'y',
					text: () => o.classLabels[r.c],
					textAnchor: r.anchor,
					// Every label hangs from the top of its region, clear of the points on the zero line.
					lineAnchor: 'top',
					fill: CLASS_COLOURS[r.c],
					fontWeight: 700,
					fontSize: narrow ? 11 : 13,
					...(narrow ? { lineWidth: (((r.x2 - r.x1) * plotWidth - 6) / 11) * 0.85 } : {})
				})
			),
			Plot.ruleX([o.high], { stroke: '#4d5b68', strokeDasharray: '4 3' }),
			Plot.ruleY([line], { stroke: '#4d5b68', strokeDasharray: '4 3' }),
			Plot.ruleX(withInterval, { x: 'percentile', y1: 'lo', y2: 'hi', stroke: (p: GapPoint) => CLASS_COLOURS[p.gapClass], strokeOpacity: 0.45, strokeWidth: 2 }),
			Plot.ruleY(withSpread, { y: 'level', x1: 'pMin', x2: 'pMax', stroke: (p: GapPoint) => CLASS_COLOURS[p.gapClass], strokeOpacity: 0.45, strokeWidth: 2 }),
			Plot.dot(points, {
				x: 'percentile',
				y: 'level',
				r: few ? 6 : 3,
				symbol: (p: GapPoint) => CLASS_SYMBOLS[p.gapClass],
				fill: (p: GapPoint) => CLASS_COLOURS[p.gapClass],
				stroke: 'white',
				strokeWidth: 1
			}),
			...(narrow ? [Plot.text([xCaption.join('\n')], { frameAnchor: 'bottom-left', textAnchor: 'start', lineAnchor: 'bottom', lineHeight: 1.25, dx: -88, dy: 30 + xCaption.length * 15 - 4, fontWeight: 600 })] : []),
			Plot.tip(points, Plot.pointer({ x: 'percentile', y: 'level', title: 'tip' }))
		]
	};
}
