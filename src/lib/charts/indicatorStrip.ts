import type { GemeenteValue } from '$lib/schema/geo';
import * as Plot from '@observablehq/plot';
import { formatValue, type Locale } from '$lib/format';
import { robustDomain } from '$lib/analysis/outliers';
import { isNarrow, ticksFor } from './narrow';

export interface IndicatorStripOptions {
	readonly locale: Locale;
	readonly unit: string;
	/** Codes of gemeenten to mark (the trajectory gemeenten, and a searched one), drawn on top and labelled. */
	readonly highlight: readonly string[];
	readonly xLabel: string;
	/** Log scale for counts that span orders of magnitude (inhabitants, densities). */
	readonly log?: boolean;
	readonly width?: number;
	/** Gemeenten whose value is flagged (analysis/outliers.ts), with why in words: ringed, and said in the tip. */
	readonly outliers?: ReadonlyMap<string, string>;
	/** Tip line names for the real value and the flag. */
	readonly valueLabel?: string;
	readonly noteLabel?: string;
}

/** One indicator's values as a strip per province: where each gemeente stands; marked gemeenten labelled. */
export function indicatorStripSpec(rows: readonly GemeenteValue[], o: IndicatorStripOptions): Plot.PlotOptions {
	// A value far outside the others' range (Rozendaal's 193,9 against at most 88) would squeeze 341 gemeenten into a
	// fifth of the axis: the axis holds the robust range, and such a value sits at its edge with its real value written.
	const range = robustDomain(
		rows.flatMap((r) => (r.value !== null && (!o.log || r.value > 0) ? [r.value] : [])),
		o.log
	);
	const [lo, hi] = range?.domain ?? [0, 1];
	const notes = o.outliers ?? new Map<string, string>();
	const known = rows
		.filter((r): r is GemeenteValue & { value: number } => r.value !== null && (!o.log || r.value > 0))
		.map((r) => ({ ...r, shown: Math.min(hi, Math.max(lo, r.value)), beyond: r.value > hi ? 1 : r.value < lo ? -1 : 0, note: notes.get(r.code) ?? '' }));
	type Placed = (typeof known)[number];
	const beyond = known.filter((r) => r.beyond !== 0);
	const flagged = known.filter((r) => r.note !== '');
	const marked = new Set(o.highlight);
	const others = known.filter((r) => !marked.has(r.code));
	const highlighted = known.filter((r) => marked.has(r.code));
	// Two marked gemeenten in one province (Baarn and Montfoort) would print their names on top of each other:
	// alternate the labels above and below the dots.
	// A highlighted gemeente beyond the axis is already named by its edge label.
	const named = highlighted.filter((r) => r.beyond === 0);
	const above = named.filter((_, i) => i % 2 === 0);
	const below = named.filter((_, i) => i % 2 === 1);
	const label = { x: 'shown', y: 'province', text: 'name', fontWeight: 600, fill: '#7c2d12' } as const;
	const provinces = [...new Set(rows.map((r) => r.province))].sort((a, b) => a.localeCompare(b, 'nl'));
	const fmt = (d: number) => formatValue(d, o.unit, o.locale);
	return {
		width: o.width ?? 760,
		height: 80 + provinces.length * 32 + (isNarrow(o.width) ? 24 : 0),
		...(isNarrow(o.width) ? { marginTop: 44 } : {}),
		marginLeft: isNarrow(o.width) ? 104 : 120,
		marginRight: isNarrow(o.width) ? 16 : 30,
		marginBottom: 44,
		// On a phone the axis label would run off the edge: it is written, wrapped, above the strips instead.
		x: { type: o.log ? 'log' : 'linear', ...(range?.clipped ? { domain: [lo, hi] } : {}), label: isNarrow(o.width) ? null : o.xLabel, labelAnchor: 'center', labelOffset: 38, grid: true, tickFormat: fmt, ticks: isNarrow(o.width) ? ticksFor(o.width - 120, 6) : 6 },
		y: { label: null, domain: provinces },
		marks: [
			...(isNarrow(o.width) ? [Plot.text([o.xLabel], { frameAnchor: 'top-left', textAnchor: 'start', lineAnchor: 'top', dx: -100, dy: -40, lineWidth: (o.width - 8) / 12, fontWeight: 600 })] : []),
			Plot.dot(others, { x: 'shown', y: 'province', r: 3.5, fill: '#7a8a99', fillOpacity: 0.55, stroke: 'white', strokeWidth: 0.5 }),
			Plot.dot(highlighted, { x: 'shown', y: 'province', r: 6, fill: '#c2410c', stroke: 'white' }),
			// A hollow square, not another circle: every gemeente is exactly one circle.
			Plot.dot(flagged, { x: 'shown', y: 'province', r: 8, symbol: 'square2', stroke: '#a4161a', strokeWidth: 1.5 }),
			...([1, -1] as const).map((side) =>
				Plot.text(
					beyond.filter((r) => r.beyond === side),
					{
						x: 'shown',
						y: 'province',
						text: (r: Placed) => (side > 0 ? `${r.name} ${fmt(r.value)} →` : `← ${r.name} ${fmt(r.value)}`),
						textAnchor: side > 0 ? 'end' : 'start',
						dy: -13,
						fontWeight: 700,
						fill: '#a4161a'
					}
				)
			),
			Plot.text(above, { ...label, dy: -12 }),
			Plot.text(below, { ...label, dy: 13 }),
			Plot.tip(
				known,
				Plot.pointer({
					x: 'shown',
					y: 'province',
					channels: { Gemeente: 'name', [o.valueLabel ?? 'Waarde']: 'value', ...(notes.size > 0 ? { [o.noteLabel ?? 'Let op']: 'note' } : {}) },
					format: { x: false, y: true, Gemeente: true, [o.valueLabel ?? 'Waarde']: fmt, ...(notes.size > 0 ? { [o.noteLabel ?? 'Let op']: true } : {}) }
				})
			)
		]
	};
}
