import * as Plot from '@observablehq/plot';

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
