import * as Plot from '@observablehq/plot';
import type { GapClass } from '$lib/analysis/classify';
import { formatShare, type Locale } from '$lib/format';
import { charsIn, compactShareFrame, isNarrow, wrapWords } from './narrow';
import { CLASS_COLOURS, MEASURED } from './palette';

export interface GapChartRow {
	readonly theme: string;
	/** The heard step as pips and words, e.g. "●●●●●● rode draad ◆"; "—" when not raised. */
	readonly heard: string;
	/** The primary figure's percentile; null when nothing measures the theme. */
	readonly percentile: number | null;
	/** The primary figure, its year and kind, for the diamond's title. */
	readonly primaryLabel?: string | null;
	/** Other figures beside it, each with its own percentile (never averaged in). */
	readonly others: readonly { readonly label: string; readonly percentile: number }[];
	readonly gapClass: GapClass;
	readonly classLabel: string;
}

export interface GapChartOptions {
	readonly locale: Locale;
	readonly high: number;
	readonly xLabel: string;
	readonly perceivedLabel: string;
	readonly measuredLabel: string;
	readonly width?: number;
}

const LABEL_X = -510;
const HEARD_X = -230;

/**
 * Per theme, one row: the theme and what was heard in words (left margin, never a position on the axis: a report's
 * word is not a percentage), the primary figure's percentile as a diamond on the 0–100% axis with the other figures
 * as small rings, the "high" threshold dashed, and the class written at the right.
 */
export function gapChartSpec(rows: readonly GapChartRow[], o: GapChartOptions): Plot.PlotOptions {
	if (isNarrow(o.width)) return compactGapChartSpec(rows, o, o.width);
	const pct = (v: number | null) => formatShare(v, o.locale, 0);
	return {
		width: o.width ?? 1200,
		height: 70 + rows.length * 36,
		marginLeft: 520,
		marginRight: 330,
		marginBottom: 40,
		marginTop: 30,
		x: { domain: [0, 1], label: o.xLabel, labelOffset: 34, grid: true, tickFormat: (d: number) => pct(d), ticks: 5 },
		y: { domain: rows.map((r) => r.theme), label: null, axis: null },
		marks: [
			highRule(o),
			Plot.ruleY(rows, { y: 'theme', stroke: '#e5e7eb' }),
			// Long theme names wrap onto a second line inside their column instead of running into the next.
			Plot.text(rows, { y: 'theme', text: 'theme', frameAnchor: 'left', textAnchor: 'start', dx: LABEL_X, fontWeight: 600, lineWidth: 19, lineHeight: 1.1 }),
			Plot.text(rows, { y: 'theme', text: 'heard', frameAnchor: 'left', textAnchor: 'start', dx: HEARD_X, fill: '#7a3b00' }),
			Plot.text([o.perceivedLabel], { frameAnchor: 'top-left', textAnchor: 'start', dx: HEARD_X, dy: -18, fontWeight: 600 }),
			Plot.text([o.measuredLabel], { frameAnchor: 'top-left', textAnchor: 'start', dy: -18, fontWeight: 600 }),
			...figureDots(rows, 'theme', o),
			Plot.text(rows, {
				y: 'theme',
				text: 'classLabel',
				frameAnchor: 'right',
				textAnchor: 'start',
				dx: 12,
				fontWeight: 600,
				lineWidth: 24,
				lineHeight: 1.1,
				fill: classColour
			})
		]
	};
}

const LINE = 15;
const SIDE = 4;

/**
 * The same chart on a phone: no 520 px margin, but per theme a block of lines across the full width: the theme,
 * what was heard, a track with the figures on the 0–100% axis, and the class.
 */
function compactGapChartSpec(rows: readonly GapChartRow[], o: GapChartOptions, width: number): Plot.PlotOptions {
	const pct = (v: number | null) => formatShare(v, o.locale, 0);
	const chars = charsIn(width - 2 * SIDE);
	const caption = wrapWords(o.xLabel, chars);
	const top = 30 + caption.length * LINE;
	let y = top + 14;
	const blocks = rows.map((r) => {
		const theme = wrapWords(r.theme, chars);
		const heard = wrapWords(`${o.perceivedLabel}: ${r.heard}`, chars);
		const cls = wrapWords(r.classLabel, chars);
		// A theme nothing measures gets no track: an empty axis would read as a figure at nought.
		const tracked = r.percentile !== null || r.others.length > 0;
		const heardY = y + theme.length * LINE;
		const trackY = heardY + heard.length * LINE + (tracked ? 12 : 0);
		const classY = trackY + (tracked ? 14 : 2);
		const block = { ...r, themeLines: theme.join('\n'), heardLines: heard.join('\n'), classLines: cls.join('\n'), tracked, themeY: y, heardY, trackY, classY };
		y = classY + cls.length * LINE + 18;
		return block;
	});
	type Block = (typeof blocks)[number];
	const text = { x: 0, frameAnchor: 'left', textAnchor: 'start', lineAnchor: 'top', lineHeight: LINE / 12, dx: SIDE - 12 } as const;
	return {
		...compactShareFrame(width, y + 30, top, pct),
		marks: [
			Plot.text([caption.join('\n')], { ...text, y: 4, fontWeight: 600 }),
			highRule(o),
			Plot.ruleY(blocks, { y: (b: Block) => b.themeY - 8, stroke: '#e5e7eb' }),
			Plot.text(blocks, { ...text, y: 'themeY', text: 'themeLines', fontWeight: 600, fill: '#14202b' }),
			Plot.text(blocks, { ...text, y: 'heardY', text: 'heardLines', fill: '#7a3b00' }),
			Plot.ruleY(
				blocks.filter((b) => b.tracked),
				{ y: 'trackY', x1: 0, x2: 1, stroke: '#6b7280', strokeWidth: 1.5 }
			),
			...figureDots(blocks, 'trackY', o),
			Plot.text(blocks, { ...text, y: 'classY', text: 'classLines', fontWeight: 600, fill: classColour })
		]
	};
}

/** The "high" threshold on the axis, dashed. */
function highRule(o: GapChartOptions): Plot.RuleX {
	return Plot.ruleX([o.high], { stroke: MEASURED, strokeDasharray: '4 3', strokeOpacity: 0.8 });
}

/**
 * A row's figures on the axis, alike in both layouts: the primary figure as a diamond, every other figure beside it
 * as a small ring (never averaged in). `y` names the row's place: its theme on desktop, its track on a phone.
 */
function figureDots<T extends GapChartRow>(rows: readonly T[], y: keyof T & string, o: GapChartOptions): Plot.Dot[] {
	const pct = (v: number | null) => formatShare(v, o.locale, 0);
	type Other = GapChartRow['others'][number] & { readonly theme: string };
	const others = rows.flatMap((r) => r.others.map((x) => ({ theme: r.theme, [y]: r[y], ...x })));
	return [
		Plot.dot(others, { x: 'percentile', y, r: 4, stroke: MEASURED, strokeOpacity: 0.6, fill: 'white', title: (d: Other) => `${d.theme}\n${d.label}: ${pct(d.percentile)}` }),
		Plot.dot(
			rows.filter((r) => r.percentile !== null),
			{
				x: 'percentile',
				y,
				r: 7,
				stroke: MEASURED,
				strokeWidth: 2.5,
				fill: MEASURED,
				symbol: 'diamond',
				title: (r: T) => `${r.theme}\n${r.primaryLabel ? `${r.primaryLabel}: ` : `${o.measuredLabel}: `}${pct(r.percentile)}`
			}
		)
	];
}

const classColour = (r: Pick<GapChartRow, 'gapClass'>) => CLASS_COLOURS[r.gapClass];
