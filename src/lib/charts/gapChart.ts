import * as Plot from '@observablehq/plot';
import type { GapClass } from '$lib/analysis/classify';
import { formatShare, type Locale } from '$lib/format';
import { charsIn, isNarrow, ticksFor, wrapWords } from './narrow';
import { CLASS_COLOURS, MEASURED } from './palette';

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

const LABEL_X = -510;
const HEARD_X = -230;

/**
 * Per theme, one row: the theme and what was heard in words (left margin, never a position on the axis: a report's
 * word is not a percentage), the primary figure's percentile as a diamond on the 0–100% axis with the other figures
 * as small rings, the "high" threshold dashed, and the class written at the right.
 */
export function gapChartSpec(rows: readonly GapChartRow[], o: GapChartOptions): Plot.PlotOptions {
	if (isNarrow(o.width)) return compactGapChartSpec(rows, o, o.width);
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

const LINE = 15;
const SIDE = 4;

/**
 * The same chart on a phone: no 520 px margin, but per theme a block of lines across the full width: the theme,
 * what was heard, a track with the figures on the 0–100% axis, and the class. Positions are computed here (y is
 * an identity scale) because a block's height depends on how many lines its words wrap to.
 */
function compactGapChartSpec(rows: readonly GapChartRow[], o: GapChartOptions, width: number): Plot.PlotOptions {
	const pct = (v: number | null) => formatShare(v, o.locale, 0);
	const chars = charsIn(width - 2 * SIDE);
	const caption = wrapWords(o.xLabel, chars);
	const top = 30 + caption.length * LINE;
	let y = top + 14;
	const blocks = rows.map((r) => {
		const theme = wrapWords(r.theme, chars);
		const heard = wrapWords(`${o.perceivedLabel}: ${r.heard}`, chars);
		const cls = wrapWords(r.classLabel, chars);
		const block = { row: r, theme: theme.join('\n'), heard: heard.join('\n'), cls: cls.join('\n'), themeY: y, heardY: y + theme.length * LINE, trackY: 0, classY: 0 };
		// A theme nothing measures gets no track: an empty axis would read as a figure at nought.
		const tracked = r.percentile !== null || r.others.length > 0;
		block.trackY = block.heardY + heard.length * LINE + (tracked ? 12 : 0);
		block.classY = block.trackY + (tracked ? 14 : 2);
		y = block.classY + cls.length * LINE + 18;
		return block;
	});
	type Block = (typeof blocks)[number];
	const height = y + 30;
	const measured = blocks.filter((b) => b.row.percentile !== null);
	const others = blocks.flatMap((b) => b.row.others.map((x) => ({ theme: b.row.theme, trackY: b.trackY, ...x })));
	const text = { x: 0, frameAnchor: 'left', textAnchor: 'start', lineAnchor: 'top', lineHeight: LINE / 12, dx: SIDE - 12 } as const;
	return {
		width,
		height,
		marginLeft: 12,
		marginRight: 14,
		marginTop: top,
		marginBottom: 30,
		x: { domain: [0, 1], axis: 'both', label: null, grid: true, tickFormat: (d: number) => pct(d), ticks: ticksFor(width - 26, 5) },
		y: { type: 'identity', axis: null },
		marks: [
			Plot.text([caption.join('\n')], { ...text, y: 4, fontWeight: 600 }),
			Plot.ruleX([o.high], { stroke: MEASURED, strokeDasharray: '4 3', strokeOpacity: 0.8 }),
			Plot.ruleY(blocks, { y: (b: Block) => b.themeY - 8, stroke: '#e5e7eb' }),
			Plot.text(blocks, { ...text, y: 'themeY', text: 'theme', fontWeight: 600, fill: '#14202b' }),
			Plot.text(blocks, { ...text, y: 'heardY', text: 'heard', fill: '#7a3b00' }),
			Plot.ruleY(
				blocks.filter((b) => b.row.percentile !== null || b.row.others.length > 0),
				{ y: 'trackY', x1: 0, x2: 1, stroke: '#6b7280', strokeWidth: 1.5 }
			),
			Plot.dot(others, {
				x: 'percentile',
				y: 'trackY',
				r: 4,
				stroke: MEASURED,
				strokeOpacity: 0.6,
				fill: 'white',
				title: (r: { theme: string; label: string; percentile: number }) => `${r.theme}\n${r.label}: ${pct(r.percentile)}`
			}),
			Plot.dot(measured, {
				x: (b: Block) => b.row.percentile,
				y: 'trackY',
				r: 7,
				stroke: MEASURED,
				strokeWidth: 2.5,
				fill: MEASURED,
				symbol: 'diamond',
				title: (b: Block) => `${b.row.theme}\n${b.row.primaryLabel ? `${b.row.primaryLabel}: ` : `${o.measuredLabel}: `}${pct(b.row.percentile)}`
			}),
			Plot.text(blocks, { ...text, y: 'classY', text: 'cls', fontWeight: 600, fill: (b: Block) => CLASS_COLOURS[b.row.gapClass] })
		]
	};
}
