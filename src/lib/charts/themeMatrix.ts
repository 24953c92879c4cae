import * as Plot from '@observablehq/plot';
import { isNarrow } from './narrow';
import type { GapClass } from '$lib/analysis/classify';
import { CLASS_COLOURS } from './gapChart';

export interface MatrixCell {
	readonly trajectory: string;
	readonly theme: string;
	/** What the cell says: the heard step or the report's word, "genoemd", "—" (not raised) or "< 5" (withheld). */
	readonly text: string;
	/** The heard step as a fraction of the scale (0…1), for the cell's shade; null when not sized. */
	readonly share: number | null;
	readonly gapClass: GapClass | null;
	readonly classLabel: string;
	readonly raised: boolean;
	readonly suppressed: boolean;
	/** Tooltip lines: theme, gemeente, basis, class. */
	readonly detail: string;
}

export interface ThemeMatrixOptions {
	readonly themes: readonly string[];
	readonly trajectories: readonly string[];
	/** Problems are coloured by class; strengths and solutions by share only (the classes are about problems). */
	readonly byClass: boolean;
	readonly width?: number;
}

const NEUTRAL = '#eef1f4';
/** Strengths and solutions have no class; their colour must not be mistaken for one (Okabe–Ito bluish green). */
const SHARE_ONLY = '#009e73';

/** Theme × trajectory grid: share in each cell, class as colour and as a written label under it. */
export function themeMatrixSpec(cells: readonly MatrixCell[], o: ThemeMatrixOptions): Plot.PlotOptions {
	const colour = (c: MatrixCell) => (c.suppressed || !c.raised ? NEUTRAL : o.byClass && c.gapClass ? CLASS_COLOURS[c.gapClass] : SHARE_ONLY);
	// Wide enough for the longest class name on two lines.
	const cellWidth = Math.max(190, Math.min(250, 900 / Math.max(1, o.trajectories.length)));
	return {
		// A grid needs its room: on a phone it keeps its size and scrolls inside its own box (Chart.svelte).
		width: isNarrow(o.width) ? 330 + cellWidth * o.trajectories.length : (o.width ?? 330 + cellWidth * o.trajectories.length),
		height: 50 + o.themes.length * 54,
		marginLeft: 330,
		marginTop: 44,
		marginBottom: 6,
		x: { domain: o.trajectories, axis: 'top', label: null, tickSize: 0 },
		y: { domain: o.themes, label: null, tickSize: 0 },
		marks: [
			Plot.cell(cells, {
				x: 'trajectory',
				y: 'theme',
				fill: colour,
				fillOpacity: (c: MatrixCell) => (c.suppressed || !c.raised ? 1 : 0.16 + 0.5 * (c.share ?? 0.2)),
				inset: 1.5
			}),
			Plot.text(cells, {
				x: 'trajectory',
				y: 'theme',
				text: (c: MatrixCell) => (o.byClass && c.raised && !c.suppressed ? `${c.text}\n${c.classLabel}` : c.text),
				lineHeight: 1.15,
				fontSize: 11.5,
				lineWidth: 17,
				fill: (c: MatrixCell) => (c.raised && !c.suppressed ? '#111827' : '#4d5b68')
			}),
			Plot.tip(cells, Plot.pointer({ x: 'trajectory', y: 'theme', title: 'detail' }))
		]
	};
}
