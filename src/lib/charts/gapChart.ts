import * as Plot from '@observablehq/plot';
import type { GapClass } from '$lib/analysis/classify';
import { formatShare, type Locale } from '$lib/format';

export interface GapChartRow {
	readonly theme: string;
	/** The heard step as pips and words, e.g. "●●●●●● rode draad ◆"; "—" when not raised. */
	readonly heard: string;
	/** The primary figure's percentile; null when nothing measures the theme. */
	readonly percentile: number | null;
	/** The primary figure, its year and kind, for the diamond's title. */
	readonly primaryLabel?: string | null;
	/** Other figures beside it, each with its own percentile (never averaged in). */
	readonly others: readonly { readonly label: string; readonly percentile: number }[];
	readonly gapClass: GapClass;
	readonly classLabel: string;
}

export interface GapChartOptions {
	readonly locale: Locale;
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
	mentioned: '#6b4f00',
	not_studied: '#4d5b68',
	not_in_source: '#4d5b68',
	too_few: '#4d5b68'
};

/** A second carrier of the class besides colour, for readers who cannot tell the colours apart. */
export const CLASS_SYMBOLS: Record<GapClass, string> = {
	confirmed: 'square',
	perception_gap: 'circle',
	blind_spot: 'triangle',
	no_signal: 'diamond',
	no_measurement: 'times',
	mentioned: 'asterisk',
	not_studied: 'wye',
	not_in_source: 'wye',
	too_few: 'plus'
};

const MEASURED = '#0072b2';
const LABEL_X = -510;
const HEARD_X = -230;

/**
 * Per theme, one row: the theme and what was heard in words (left margin, never a position on the axis: a report's
 * word is not a percentage), the primary figure's percentile as a diamond on the 0–100% axis with the other figures
 * as small rings, the "high" threshold dashed, and the class written at the right.
 */
export function gapChartSpec(rows: readonly GapChartRow[], o: GapChartOptions): Plot.PlotOptions {
	const pct = (v: number | null) => formatShare(v, o.locale, 0);
	const measured = rows.filter((r) => r.percentile !== null);
	const others = rows.flatMap((r) => r.others.map((x) => ({ theme: r.theme, ...x })));
	return {
		width: o.width ?? 1200,
		height: 70 + rows.length * 36,
		marginLeft: 520,
		marginRight: 330,
		marginBottom: 40,
		marginTop: 30,
		x: { domain: [0, 1], label: o.xLabel, labelOffset: 34, grid: true, tickFormat: (d: number) => pct(d), ticks: 5 },
		y: { domain: rows.map((r) => r.theme), label: null, axis: null },
		marks: [
			Plot.ruleX([o.high], { stroke: MEASURED, strokeDasharray: '4 3', strokeOpacity: 0.8 }),
			Plot.ruleY(rows, { y: 'theme', stroke: '#e5e7eb' }),
			// Long theme names wrap onto a second line inside their column instead of running into the next.
			Plot.text(rows, { y: 'theme', text: 'theme', frameAnchor: 'left', textAnchor: 'start', dx: LABEL_X, fontWeight: 600, lineWidth: 19, lineHeight: 1.1 }),
			Plot.text(rows, { y: 'theme', text: 'heard', frameAnchor: 'left', textAnchor: 'start', dx: HEARD_X, fill: '#7a3b00' }),
			Plot.text([o.perceivedLabel], { frameAnchor: 'top-left', textAnchor: 'start', dx: HEARD_X, dy: -18, fontWeight: 600 }),
			Plot.text([o.measuredLabel], { frameAnchor: 'top-left', textAnchor: 'start', dy: -18, fontWeight: 600 }),
			Plot.dot(others, {
				x: 'percentile',
				y: 'theme',
				r: 4,
				stroke: MEASURED,
				strokeOpacity: 0.6,
				fill: 'white',
				title: (r: { theme: string; label: string; percentile: number }) => `${r.theme}\n${r.label}: ${pct(r.percentile)}`
			}),
			Plot.dot(measured, {
				x: 'percentile',
				y: 'theme',
				r: 7,
				stroke: MEASURED,
				strokeWidth: 2.5,
				fill: MEASURED,
				symbol: 'diamond',
				title: (r: GapChartRow) => `${r.theme}\n${r.primaryLabel ? `${r.primaryLabel}: ` : `${o.measuredLabel}: `}${pct(r.percentile)}`
			}),
			Plot.text(rows, {
				y: 'theme',
				text: 'classLabel',
				frameAnchor: 'right',
				textAnchor: 'start',
				dx: 12,
				fontWeight: 600,
				lineWidth: 24,
				lineHeight: 1.1,
				fill: (r: GapChartRow) => CLASS_COLOURS[r.gapClass]
			})
		]
	};
}
