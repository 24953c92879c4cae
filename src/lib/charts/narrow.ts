/**
 * Phone layouts of the chart specs. Chart.svelte passes a spec the width of its box only under NARROW_MEDIA, so
 * desktop charts keep the widths they were designed at; a spec given a width below NARROW_BELOW draws its compact
 * layout (words above the marks instead of in a wide left margin, fewer ticks).
 */
import type * as Plot from '@observablehq/plot';

export const NARROW_BELOW = 640;
export const NARROW_MEDIA = `(max-width: ${NARROW_BELOW}px)`;

export function isNarrow(width: number | undefined): width is number {
	return width !== undefined && width < NARROW_BELOW;
}

/** About one tick per 80 px of plot, at least three: tick labels such as "100%" or "1.000" then never touch. */
export function ticksFor(plotWidth: number, most: number): number {
	return Math.max(3, Math.min(most, Math.floor(plotWidth / 80)));
}

/**
 * Greedy word wrap to at most `chars` characters a line (a word longer than that gets a line of its own). Plot's
 * own lineWidth wraps too, but a compact layout must know how many lines a label takes to place what follows it.
 */
export function wrapWords(text: string, chars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > chars) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines.length ? lines : [''];
}

/** Characters of 12 px text that fit in a width, on the safe side (bold, wide letters). */
export function charsIn(width: number): number {
	return Math.max(12, Math.floor(width / 7.2));
}

/**
 * The frame of a phone layout over a 0–100% axis, its ticks above and below the blocks. The spec places its blocks
 * in pixels (an identity y): a block's height depends on how many lines its words wrap to.
 */
export function compactShareFrame(width: number, height: number, top: number, tickFormat: (d: number) => string): Plot.PlotOptions {
	return {
		width,
		height,
		marginLeft: 12,
		marginRight: 14,
		marginTop: top,
		marginBottom: 30,
		x: { domain: [0, 1], axis: 'both', label: null, grid: true, tickFormat, ticks: ticksFor(width - 26, 5) },
		y: { type: 'identity', axis: null }
	};
}
