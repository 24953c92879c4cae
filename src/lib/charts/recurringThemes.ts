import * as Plot from '@observablehq/plot';
import { charsIn, isNarrow, wrapWords } from './narrow';

export interface RecurringRow {
	readonly theme: string;
	readonly trajectories: number;
	/** The gemeenten, written beside the bar so the count can be checked. */
	readonly names: string;
}

export interface RecurringOptions {
	readonly xLabel: string;
	/** How many trajectories there are: the axis ends there, so "all of them" reads as a full bar. */
	readonly total: number;
	readonly width?: number;
}

/** Themes by the number of trajectories raising them, longest bar first. */
export function recurringThemesSpec(rows: readonly RecurringRow[], o: RecurringOptions): Plot.PlotOptions {
	if (isNarrow(o.width)) return compactRecurringSpec(rows, o, o.width);
	return {
		width: o.width ?? 1040,
		height: 50 + rows.length * 28,
		marginLeft: 330,
		marginRight: 260,
		x: { domain: [0, Math.max(1, o.total)], label: o.xLabel, ticks: Math.min(Math.max(1, o.total), 10), tickFormat: 'd', grid: true },
		y: { domain: rows.map((r) => r.theme), label: null, tickSize: 0 },
		marks: [
			Plot.barX(rows, { x: 'trajectories', y: 'theme', fill: '#0072b2', fillOpacity: 0.8, inset: 3 }),
			Plot.text(rows, { x: 'trajectories', y: 'theme', text: 'names', textAnchor: 'start', dx: 8, fill: '#1f2937' }),
			Plot.ruleX([0])
		]
	};
}

const LINE = 15;

/** On a phone: the theme and its gemeenten above each bar instead of in 590 px of margins. */
function compactRecurringSpec(rows: readonly RecurringRow[], o: RecurringOptions, width: number): Plot.PlotOptions {
	const chars = charsIn(width - 8);
	let y = 10;
	const blocks = rows.map((r) => {
		const lines = [...wrapWords(r.theme, chars), ...wrapWords(r.names, chars)];
		const block = { row: r, text: lines.join('\n'), bold: wrapWords(r.theme, chars).length, textY: y, barY: y + lines.length * LINE + 10 };
		y = block.barY + 22;
		return block;
	});
	type Block = (typeof blocks)[number];
	const total = Math.max(1, o.total);
	return {
		width,
		height: y + 40,
		marginLeft: 12,
		marginRight: 14,
		marginTop: 10,
		marginBottom: 40,
		x: { domain: [0, total], label: o.xLabel, labelAnchor: 'center', ticks: Math.min(total, 5), tickFormat: 'd', grid: true },
		y: { type: 'identity', axis: null },
		marks: [
			// Theme in bold, gemeenten beneath it: two marks over the same lines, each blanking the other's.
			Plot.text(blocks, { x: 0, y: 'textY', dx: -8, textAnchor: 'start', lineAnchor: 'top', lineHeight: LINE / 12, fontWeight: 600, text: (b: Block) => b.text.split('\n').map((l, i) => (i < b.bold ? l : '')).join('\n') }),
			Plot.text(blocks, { x: 0, y: 'textY', dx: -8, textAnchor: 'start', lineAnchor: 'top', lineHeight: LINE / 12, fill: '#374151', text: (b: Block) => b.text.split('\n').map((l, i) => (i < b.bold ? '' : l)).join('\n') }),
			Plot.rect(blocks, { x1: 0, x2: (b: Block) => b.row.trajectories, y1: (b: Block) => b.barY - 8, y2: (b: Block) => b.barY + 8, fill: '#0072b2', fillOpacity: 0.8 })
		]
	};
}
