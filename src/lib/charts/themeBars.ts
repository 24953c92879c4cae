import * as Plot from '@observablehq/plot';
import { formatShare, type Locale } from '$lib/format';

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
	return {
		width: o.width ?? 1100,
		height: 70 + rows.length * 60,
		marginLeft: 450,
		// Room for the longest value text ("●●●●●● rode draad · de onderzoekers: valt mee" wraps no further).
		marginRight: 320,
		marginBottom: steps ? 100 : 46,
		style: { fontSize: '17px' },
		x,
		y: { domain: rows.map((r) => r.theme), axis: null },
		marks: [
			// Long labels wrap onto two lines inside the left margin instead of running off the slide.
			Plot.axisY({ label: null, tickSize: 0, lineWidth: 24, lineHeight: 1.05 }),
			Plot.barX(rows.filter((r) => r.value !== null), { x: 'value', y: 'theme', fill: o.colour, inset: 6 }),
			Plot.ruleY(ranged, { y: 'theme', x1: 'lo', x2: 'hi', stroke: '#111827', strokeWidth: 2, strokeOpacity: 0.55 }),
			Plot.text(rows, { x: (r: ThemeBar) => r.hi ?? r.value ?? 0, y: 'theme', text: 'text', textAnchor: 'start', dx: 10, fontWeight: 700, fontSize: 17 }),
			Plot.ruleX([0])
		]
	};
}
