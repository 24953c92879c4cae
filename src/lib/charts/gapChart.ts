import * as Plot from '@observablehq/plot';
import type { GapClass } from '$lib/analysis/classify';
import { formatShare, type Locale } from '$lib/format';

export interface GapChartRow {
	readonly theme: string;
	readonly share: number | null;
	readonly lo: number | null;
	readonly hi: number | null;
	readonly percentile: number | null;
	readonly gapClass: GapClass;
	readonly classLabel: string;
}

export interface GapChartOptions {
	readonly locale: Locale;
	readonly heard: number;
	readonly high: number;
	readonly xLabel: string;
	readonly perceivedLabel: string;
	readonly measuredLabel: string;
	readonly width?: number;
}

/** Class colours from the Okabe–Ito palette (safe for colour blindness); the class is also written out. */
export const CLASS_COLOURS: Record<GapClass, string> = {
	confirmed: '#b45309',
	perception_gap: '#0072b2',
	blind_spot: '#a8186b',
	no_signal: '#4d5b68',
	no_measurement: '#6b4f00',
	too_few: '#4d5b68'
};

/** A second carrier of the class besides colour, for readers who cannot tell the colours apart. */
export const CLASS_SYMBOLS: Record<GapClass, string> = {
	confirmed: 'square',
	perception_gap: 'circle',
	blind_spot: 'triangle',
	no_signal: 'diamond',
	no_measurement: 'times',
	too_few: 'plus'
};

const PERCEIVED = '#d55e00';
const MEASURED = '#0072b2';

/**
 * Per theme, on one 0–100% axis: the perceived share (dot, with its interval as a bar) and the measured percentile
 * (diamond), the two thresholds as dashed lines, and the class written at the right.
 */
export function gapChartSpec(rows: readonly GapChartRow[], o: GapChartOptions): Plot.PlotOptions {
	const pct = (v: number | null) => formatShare(v, o.locale, 0);
	const withShare = rows.filter((r) => r.share !== null);
	const withInterval = rows.filter((r) => r.lo !== null && r.hi !== null && r.hi > r.lo);
	const measured = rows.filter((r) => r.percentile !== null);
	return {
		width: o.width ?? 1040,
		height: 60 + rows.length * 34,
		marginLeft: 320,
		marginRight: 230,
		marginBottom: 40,
		x: { domain: [0, 1], label: o.xLabel, labelOffset: 34, grid: true, tickFormat: (d: number) => pct(d), ticks: 5 },
		y: { domain: rows.map((r) => r.theme), label: null, tickSize: 0 },
		marks: [
			Plot.ruleX([o.heard], { stroke: PERCEIVED, strokeDasharray: '4 3', strokeOpacity: 0.8 }),
			Plot.ruleX([o.high], { stroke: MEASURED, strokeDasharray: '4 3', strokeOpacity: 0.8 }),
			Plot.ruleY(withInterval, { y: 'theme', x1: 'lo', x2: 'hi', stroke: PERCEIVED, strokeWidth: 6, strokeOpacity: 0.3 }),
			Plot.dot(withShare, {
				x: 'share',
				y: 'theme',
				r: 6,
				fill: PERCEIVED,
				symbol: 'circle',
				title: (r: GapChartRow) => `${r.theme}\n${o.perceivedLabel}: ${pct(r.share)} (${pct(r.lo)}–${pct(r.hi)})`
			}),
			Plot.dot(measured, {
				x: 'percentile',
				y: 'theme',
				r: 7,
				stroke: MEASURED,
				strokeWidth: 2.5,
				fill: 'white',
				symbol: 'diamond',
				title: (r: GapChartRow) => `${r.theme}\n${o.measuredLabel}: ${pct(r.percentile)}`
			}),
			Plot.text(rows, {
				y: 'theme',
				text: 'classLabel',
				frameAnchor: 'right',
				textAnchor: 'start',
				dx: 12,
				fontWeight: 600,
				fill: (r: GapChartRow) => CLASS_COLOURS[r.gapClass]
			})
		]
	};
}
