import * as Plot from '@observablehq/plot';
import { formatShare, type Locale } from '$lib/format';
import { isNarrow } from './narrow';

export interface ThemeBar {
	readonly theme: string;
	/** 0..1; null draws no bar but keeps the row, labelled by `text`. */
	readonly value: number | null;
	readonly lo?: number | null;
	readonly hi?: number | null;
	readonly text: string;
}

export interface ThemeBarsOptions {
	readonly locale: Locale;
	readonly colour: string;
	readonly xLabel: string;
	/** Labels of the steps 0…n of an ordinal scale (the heard scale): the axis then shows words, not percentages. */
	readonly steps?: readonly string[];
	readonly width?: number;
}

/** Large horizontal bars on a 0–100% axis, the value written at the end of each bar: made to be read from afar. */
export function themeBarsSpec(rows: readonly ThemeBar[], o: ThemeBarsOptions): Plot.PlotOptions {
	const pct = (d: number) => formatShare(d, o.locale, 0);
	const steps = o.steps;
	const x = steps
		? { domain: [0, steps.length - 1], label: o.xLabel, labelAnchor: 'center' as const, labelOffset: 84, ticks: steps.map((_, i) => i), tickFormat: (d: number) => steps[d] ?? '', tickRotate: -25, grid: true }
		: { domain: [0, 1], label: o.xLabel, labelAnchor: 'center' as const, labelOffset: 40, tickFormat: pct, grid: true, ticks: 5 };
	const ranged = rows.filter((r) => r.lo != null && r.hi != null && r.hi > r.lo);
	const width = o.width ?? 1100;
	// In a narrow box (a phone, or the slide beside the speaker notes) the margins shrink with the width and the type
	// with them, so the bars keep a third of the drawing and no margin outgrows the chart.
	const narrow = isNarrow(width);
	const font = narrow ? 12 : 17;
	return {
		width,
		height: 70 + rows.length * (narrow ? 48 : 60),
		marginLeft: narrow ? Math.round(width * 0.36) : 450,
		// Room for the longest value text ("●●●●●● rode draad · de onderzoekers: valt mee" wraps no further).
		marginRight: narrow ? Math.round(width * 0.3) : 320,
		marginBottom: steps ? 100 : 46,
		style: { fontSize: `${font}px` },
		x,
		y: { domain: rows.map((r) => r.theme), axis: null },
		marks: [
			// Long labels wrap onto two lines inside the left margin instead of running off the slide.
			Plot.axisY({ label: null, tickSize: 0, lineWidth: narrow ? 14 : 24, lineHeight: 1.05 }),
			Plot.barX(rows.filter((r) => r.value !== null), { x: 'value', y: 'theme', fill: o.colour, inset: 6 }),
			Plot.ruleY(ranged, { y: 'theme', x1: 'lo', x2: 'hi', stroke: '#111827', strokeWidth: 2, strokeOpacity: 0.55 }),
			Plot.text(rows, { x: (r: ThemeBar) => r.hi ?? r.value ?? 0, y: 'theme', text: 'text', textAnchor: 'start', dx: 10, fontWeight: 700, fontSize: font, lineWidth: narrow ? 12 : undefined }),
			Plot.ruleX([0])
		]
	};
}
