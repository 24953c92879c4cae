import * as Plot from '@observablehq/plot';
import type { GapClass } from '$lib/analysis/classify';
import { formatShare, type Locale } from '$lib/format';
import { charsIn, compactShareFrame, isNarrow, wrapWords } from './narrow';
import { CLASS_COLOURS, MEASURED } from './palette';

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
	if (isNarrow(o.width)) return compactGapRankingSpec(rows, o, o.width);
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
			Plot.dot(rows, { x: 'percentile', y: 'label', symbol: 'diamond', r: 6, stroke: MEASURED, strokeWidth: 2.5, fill: 'white' }),
			Plot.dot(rows, { x: 'share', y: 'label', r: 6, fill: '#d55e00' }),
			Plot.text(rows, { y: 'label', text: 'classLabel', frameAnchor: 'right', textAnchor: 'start', dx: 12, fontWeight: 600, fill: (r: RankedGap) => CLASS_COLOURS[r.gapClass] }),
			Plot.tip(rows, Plot.pointer({ x: 'share', y: 'label', title: 'tip' }))
		]
	};
}

const LINE = 15;

/** On a phone: per pair its label above the dumbbell and its class below it, across the full width. */
function compactGapRankingSpec(rows: readonly RankedGap[], o: GapRankingOptions, width: number): Plot.PlotOptions {
	const pct = (v: number) => formatShare(v, o.locale, 0);
	const chars = charsIn(width - 8);
	// The axis label wraps above the chart: on one line it would run off both edges.
	const caption = wrapWords(o.xLabel, chars);
	const top = 26 + caption.length * LINE;
	let y = top + 10;
	const blocks = rows.map((r) => {
		const label = wrapWords(r.label, chars);
		const cls = wrapWords(r.classLabel, chars);
		const block = { row: r, label: label.join('\n'), cls: cls.join('\n'), labelY: y, trackY: y + label.length * LINE + 12, classY: 0 };
		block.classY = block.trackY + 12;
		y = block.classY + cls.length * LINE + 16;
		return block;
	});
	type Block = (typeof blocks)[number];
	const text = { x: 0, textAnchor: 'start', lineAnchor: 'top', lineHeight: LINE / 12, dx: -8 } as const;
	return {
		...compactShareFrame(width, y + 30, top, pct),
		marks: [
			Plot.text([caption.join('\n')], { ...text, y: 4, fontWeight: 600 }),
			Plot.ruleY(blocks, { y: (b: Block) => b.labelY - 7, stroke: '#e5e7eb' }),
			Plot.text(blocks, { ...text, y: 'labelY', text: 'label', fontWeight: 600, fill: '#14202b' }),
			Plot.link(blocks, { x1: (b: Block) => b.row.percentile, x2: (b: Block) => b.row.share, y1: 'trackY', y2: 'trackY', stroke: (b: Block) => CLASS_COLOURS[b.row.gapClass], strokeWidth: 3, strokeOpacity: 0.6 }),
			Plot.dot(blocks, { x: (b: Block) => b.row.percentile, y: 'trackY', symbol: 'diamond', r: 6, stroke: MEASURED, strokeWidth: 2.5, fill: 'white' }),
			Plot.dot(blocks, { x: (b: Block) => b.row.share, y: 'trackY', r: 6, fill: '#d55e00' }),
			Plot.text(blocks, { ...text, y: 'classY', text: 'cls', fontWeight: 600, fill: (b: Block) => CLASS_COLOURS[b.row.gapClass] }),
			Plot.tip(blocks, Plot.pointer({ x: (b: Block) => b.row.share, y: 'trackY', title: (b: Block) => b.row.tip }))
		]
	};
}
