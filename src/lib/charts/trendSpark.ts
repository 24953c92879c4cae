import * as Plot from '@observablehq/plot';
import { formatNumber, type Locale } from '$lib/format';

export interface TrendPoint {
	readonly period: number;
	readonly value: number;
}

export interface TrendSparkOptions {
	readonly locale: Locale;
	/** The trajectory's year (or the year the gap used), marked with a dashed line. */
	readonly markYear: number | null;
	readonly width?: number;
}

/**
 * A small chart of one indicator over all its years for one gemeente: line and dots, first and last year on the
 * axis, the trajectory's year marked, each dot titled with its year and value. Small enough for a table cell.
 */
export function trendSparkSpec(points: readonly TrendPoint[], o: TrendSparkOptions): Plot.PlotOptions {
	const years = points.map((p) => p.period);
	const first = Math.min(...years);
	const last = Math.max(...years);
	const domain = [Math.min(first, o.markYear ?? first), Math.max(last, o.markYear ?? last)];
	return {
		width: o.width ?? 200,
		height: 64,
		marginTop: 8,
		marginBottom: 18,
		marginLeft: 16,
		marginRight: 16,
		style: { fontSize: '10px' },
		x: { domain, ticks: [...new Set([domain[0]!, domain[1]!])], tickFormat: (d: number) => String(d), label: null, tickSize: 2 },
		y: { axis: null, nice: true, zero: false },
		marks: [
			...(o.markYear === null ? [] : [Plot.ruleX([o.markYear], { stroke: '#d55e00', strokeDasharray: '3 2' })]),
			Plot.line(points, { x: 'period', y: 'value', stroke: '#0072b2' }),
			Plot.dot(points, { x: 'period', y: 'value', r: 2.2, fill: '#0072b2', title: (p: TrendPoint) => `${p.period}: ${formatNumber(p.value, o.locale, 3)}` })
		]
	};
}
