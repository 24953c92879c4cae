import * as Plot from '@observablehq/plot';
import { charsIn, isNarrow, wrapWords } from './narrow';
import type { GapClass } from '$lib/analysis/classify';
import { CLASS_COLOURS } from './palette';

export interface MatrixCell {
	readonly trajectoryId: string;
	readonly themeId: string;
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
	if (isNarrow(o.width) && (o.width - 8) / Math.max(1, o.trajectories.length) >= MIN_COMPACT_CELL) return compactThemeMatrixSpec(cells, o, o.width);
	return {
		// Too many trajectories for a phone's width: the grid keeps its size and scrolls inside its own box (Chart.svelte).
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

/** Below this a cell's words wrap to a letter or two a line: the phone layout needs at least this per trajectory. */
const MIN_COMPACT_CELL = 96;
const LINE = 15;
const CELL_LINE = 13;
/** Room above the grid for the trajectories' names on up to three lines. */
const TOP = 58;

/**
 * On a phone: each theme's name across the full width, its cells beneath it, one column per trajectory (named at the
 * top), the words wrapped inside each cell. y is an identity scale: a row is as tall as its longest cell.
 */
function compactThemeMatrixSpec(cells: readonly MatrixCell[], o: ThemeMatrixOptions, width: number): Plot.PlotOptions {
	const colour = (c: MatrixCell) => (c.suppressed || !c.raised ? NEUTRAL : o.byClass && c.gapClass ? CLASS_COLOURS[c.gapClass] : SHARE_ONLY);
	const cellPx = (width - 8) / Math.max(1, o.trajectories.length);
	const cellChars = Math.max(6, Math.floor((cellPx - 8) / 6.4));
	const cellEms = (cellPx - 8) / 15;
	const words = (c: MatrixCell) => wrapWords(c.text, cellChars).concat(o.byClass && c.raised && !c.suppressed ? wrapWords(c.classLabel, cellChars) : []);
	let y = 8;
	const rows = o.themes.map((theme) => {
		const label = wrapWords(theme, charsIn(width - 8));
		const own = cells.filter((c) => c.theme === theme);
		const lines = Math.max(1, ...own.map((c) => words(c).length));
		const row = { theme, label: label.join('\n'), labelY: y, top: y + label.length * LINE + 2, bottom: 0 };
		row.bottom = row.top + lines * CELL_LINE + 10;
		y = row.bottom + 10;
		return row;
	});
	const at = new Map(rows.map((r) => [r.theme, r]));
	const placed = cells.filter((c) => at.has(c.theme)).map((c) => ({ ...c, top: at.get(c.theme)!.top, bottom: at.get(c.theme)!.bottom, lines: words(c).join('\n') }));
	type Placed = (typeof placed)[number];
	return {
		width,
		height: y + TOP,
		marginLeft: 4,
		marginRight: 4,
		marginTop: TOP,
		marginBottom: 0,
		x: { type: 'band', domain: o.trajectories, axis: null, padding: 0 },
		y: { type: 'identity', axis: null },
		marks: [
			// The trajectories' names wrap within their column instead of running into the next.
			Plot.axisX({ anchor: 'top', tickSize: 0, label: null, lineWidth: cellEms, lineHeight: 1.1, fontWeight: 600 }),
			Plot.text(rows, { frameAnchor: 'left', y: (r: (typeof rows)[number]) => r.labelY + TOP, text: 'label', textAnchor: 'start', lineAnchor: 'top', lineHeight: LINE / 12, fontWeight: 600, fill: '#14202b' }),
			Plot.barY(placed, {
				x: 'trajectory',
				y1: (c: Placed) => c.top + TOP,
				y2: (c: Placed) => c.bottom + TOP,
				fill: colour,
				fillOpacity: (c: Placed) => (c.suppressed || !c.raised ? 1 : 0.16 + 0.5 * (c.share ?? 0.2)),
				inset: 1.5
			}),
			Plot.text(placed, {
				x: 'trajectory',
				y: (c: Placed) => c.top + TOP + 5,
				text: 'lines',
				lineAnchor: 'top',
				lineHeight: CELL_LINE / 11,
				fontSize: 11,
				fill: (c: Placed) => (c.raised && !c.suppressed ? '#111827' : '#4d5b68')
			}),
			Plot.tip(placed, Plot.pointer({ x: 'trajectory', y: (c: Placed) => (c.top + c.bottom) / 2 + TOP, title: 'detail' }))
		]
	};
}
