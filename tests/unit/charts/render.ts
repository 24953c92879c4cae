/**
 * Renders a Plot spec under jsdom and stabilises the markup the way observablehq/plot's test/plot-snapshot.js does,
 * so a snapshot changes only when the drawing does: generated class names (plot-d6a7b5) and IRIs (plot-clip-3)
 * depend on render order and are renumbered in order of appearance, and floats are cut to three decimals (a d3 or
 * Plot update moves the 15th digit, never the 3rd). One element a line, so a changed snapshot reviews as a text diff.
 */
import * as Plot from '@observablehq/plot';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS = 'http://www.w3.org/2000/xmlns/';

export function renderSpec(options: Plot.PlotOptions): { svg: Element; text: string } {
	const { window } = new JSDOM('<!doctype html><body></body>');
	const figure = Plot.plot({ ...options, document: window.document });
	const svgs = figure.tagName.toLowerCase() === 'svg' ? [figure] : [...figure.querySelectorAll('svg')];
	// Standalone files: a viewer reads the snapshot as SVG only with its namespace declared.
	for (const s of svgs) {
		s.setAttributeNS(XMLNS, 'xmlns', SVG_NS);
		s.setAttributeNS(XMLNS, 'xmlns:xlink', 'http://www.w3.org/1999/xlink');
	}
	reindexIri(figure, 'clip', ['clip-path']);
	reindexIri(figure, 'filter', ['filter']);
	reindexIri(figure, 'marker', ['marker-start', 'marker-mid', 'marker-end']);
	reindexIri(figure, 'pattern', ['fill', 'stroke']);
	const classes = new Map<string, string>();
	const html = figure.outerHTML.replace(/plot-[0-9a-f]{6}\b/g, (id) => {
		if (!classes.has(id)) classes.set(id, `plot-${classes.size}`);
		return classes.get(id)!;
	});
	// A figure with a legend holds the legend's svg first; the plot is the last one.
	return { svg: svgs.at(-1)!, text: pretty(normalise(html)) };
}

const SNAPSHOTS = fileURLToPath(new URL('./__snapshots__/', import.meta.url));

/**
 * Compares stabilised markup with __snapshots__/<name>.svg (.html for a figure with a legend). On a difference it
 * writes <name>-changed.svg beside it, to open next to the old one, and fails; `vitest -u` accepts the change. A
 * missing snapshot is written: locally the test passes with a note, under CI=true it fails, since nothing was checked.
 */
export async function expectSnapshot(name: string, text: string): Promise<void> {
	const ext = text.startsWith('<svg') ? 'svg' : 'html';
	const file = `${SNAPSHOTS}${name}.${ext}`;
	const changed = `${SNAPSHOTS}${name}-changed.${ext}`;
	if (!existsSync(file)) {
		writeFileSync(file, text);
		if (process.env.CI === 'true') throw new Error(`No snapshot ${name}.${ext} to compare with; written now: review and commit it.`);
		console.warn(`New snapshot written: ${file}`);
		return;
	}
	try {
		await expect(text).toMatchFileSnapshot(file);
	} catch (error) {
		writeFileSync(changed, text);
		throw error;
	}
	// Under CI a -changed file of an earlier run stays for the artefacts; locally a passing run clears it.
	if (process.env.CI !== 'true') rmSync(changed, { force: true });
}

function normalise(html: string): string {
	return html
		.replace(/&nbsp;/g, '\xa0') // XML knows no &nbsp;
		.replace(/\d+\.\d{4,}/g, (d) => String(+(+d).toFixed(3)));
}

/** Plot numbers its clip paths, filters, markers and patterns across all plots drawn so far: number them per plot. */
function reindexIri(root: Element, name: string, attributes: readonly string[]): void {
	const ids = new Map<string, string>();
	for (const node of root.querySelectorAll(`[id^=plot-${name}-]`)) {
		const id = node.getAttribute('id')!;
		if (!ids.has(id)) ids.set(id, `plot-${name}-${ids.size + 1}`);
		node.setAttribute('id', ids.get(id)!);
	}
	for (const key of attributes) {
		for (const node of root.querySelectorAll(`[${key}]`)) {
			const id = node.getAttribute(key)!.slice(5, -1); // url(#…)
			if (ids.has(id)) node.setAttribute(key, `url(#${ids.get(id)})`);
		}
	}
}

/** Elements kept whole on their line: the words of a text (a line break there would be drawn), a tooltip, the CSS. */
const WHOLE = new Set(['text', 'title', 'style']);

/** One element a line, indented by depth; an element without children, and a WHOLE one, on a single line. */
function pretty(html: string): string {
	const tokens = [...html.matchAll(/<(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+/g)].map(([t]) => t);
	const tagOf = (t: string | undefined) => /^<(\/?)([a-zA-Z][\w:-]*)/.exec(t ?? '');
	const lines: string[] = [];
	let depth = 0;
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		const tag = tagOf(token);
		const indent = '  '.repeat(depth);
		if (!tag) {
			if (token.trim()) lines.push(indent + token);
		} else if (tag[1]) {
			depth--;
			lines.push('  '.repeat(depth) + token);
		} else if (WHOLE.has(tag[2]!.toLowerCase())) {
			// Up to the matching close tag (a text holds tspans, never another text).
			let j = i;
			while (j < tokens.length && tokens[j] !== `</${tag[2]}>`) j++;
			lines.push(indent + tokens.slice(i, j + 1).join(''));
			i = j;
		} else if (tokens[i + 1] === `</${tag[2]}>`) {
			lines.push(indent + token + tokens[++i]);
		} else {
			lines.push(indent + token);
			if (!token.endsWith('/>')) depth++;
		}
	}
	return `${lines.join('\n')}\n`;
}
