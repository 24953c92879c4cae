import * as Plot from '@observablehq/plot';
import { formatValue, type Locale } from '$lib/format';
import type { InPlace } from './inPlace';
import { isNarrow } from './narrow';
import type { GemeenteFeature, GemeenteValue } from '$lib/schema/geo';

/**
 * Where a gemeente's tooltip anchors: the mean of its boundary's vertices, computed once per feature. Plot's
 * geoCentroid would compute spherical centroids of all 342 shapes on every redraw, more than half the map's cost.
 */
const anchors = new WeakMap<GemeenteFeature, [number, number]>();
function anchor(f: GemeenteFeature): [number, number] {
	let a = anchors.get(f);
	if (!a) {
		let x = 0;
		let y = 0;
		let n = 0;
		const walk = (c: unknown): void => {
			if (Array.isArray(c) && typeof c[0] === 'number') {
				x += c[0] as number;
				y += c[1] as number;
				n++;
			} else if (Array.isArray(c)) c.forEach(walk);
		};
		walk((f.geometry as { coordinates?: unknown }).coordinates);
		anchors.set(f, (a = n ? [x / n, y / n] : [0, 0]));
	}
	return a;
}

export interface ChoroplethOptions {
	readonly features: readonly GemeenteFeature[];
	readonly locale: Locale;
	readonly unit: string;
	readonly direction: string;
	readonly legendLabel: string;
	readonly missingLabel: string;
	/** Trajectory gemeenten: outlined and named. */
	readonly marked: readonly string[];
	/** A gemeente found by search: outlined in another colour and named. */
	readonly selected: string | null;
	readonly width?: number;
	/** Gemeenten whose value is flagged (analysis/outliers.ts), with why in words: marked, and said in the tip. */
	readonly outliers?: ReadonlyMap<string, string>;
}

/** Which gemeenten are drawn, and how: the parts of the map that a change of values alone leaves as they are. */
function layout(rows: readonly GemeenteValue[], o: ChoroplethOptions) {
	const byCode = new Map(rows.map((r) => [r.code, r]));
	const shown = o.features.filter((f) => byCode.has(f.properties.code));
	const value = (f: GemeenteFeature) => byCode.get(f.properties.code)?.value ?? null;
	const notes = o.outliers ?? new Map<string, string>();
	return {
		value,
		notes,
		shown,
		withValue: shown.filter((f) => value(f) !== null),
		missing: shown.filter((f) => value(f) === null),
		marked: shown.filter((f) => o.marked.includes(f.properties.code)),
		selected: shown.filter((f) => f.properties.code === o.selected),
		flagged: shown.filter((f) => notes.has(f.properties.code))
	};
}

/**
 * Gemeenten coloured by one indicator in five quantile classes (skewed figures such as crime rates would leave a
 * linear scale all pale). Darker always means less favourable for indicators with a direction. Only the gemeenten
 * in `rows` are drawn, so a province filter zooms the map to that province.
 */
export function choroplethSpec(rows: readonly GemeenteValue[], o: ChoroplethOptions): Plot.PlotOptions {
	const { value, notes, shown, withValue, missing, marked, selected, flagged } = layout(rows, o);
	const fmt = (v: number | null) => formatValue(v, o.unit, o.locale);
	const scheme = o.direction === 'neutral' ? 'purples' : 'oranges';
	const label = (f: GemeenteFeature) => f.properties.name;
	const tip = (f: GemeenteFeature) => {
		const note = notes.get(f.properties.code);
		return `${f.properties.name}\n${value(f) === null ? o.missingLabel : fmt(value(f))}${note ? `\n⚠ ${note}` : ''}`;
	};
	return {
		width: o.width ?? 640,
		height: Math.round((o.width ?? 640) * 1.1),
		projection: { type: 'mercator', domain: { type: 'FeatureCollection', features: shown } as never },
		color: {
			type: 'quantile',
			n: 5,
			scheme,
			reverse: o.direction === 'lower_worse',
			// On a phone the legend's title would run off its 240 px; the chart's title above it says the same.
			label: isNarrow(o.width) ? null : o.legendLabel,
			legend: true,
			tickFormat: (d: number) => fmt(d)
		},
		marks: [
			Plot.geo(withValue, { fill: value, stroke: 'white', strokeWidth: 0.4 }),
			Plot.geo(missing, { fill: '#ffffff', stroke: '#9ca3af', strokeWidth: 0.6, strokeDasharray: '2 2' }),
			Plot.geo(marked, { stroke: '#111827', strokeWidth: 2 }),
			Plot.geo(selected, { stroke: '#0072b2', strokeWidth: 3 }),
			// Quantile classes are not stretched by an outlier, but its colour still claims a place it may not hold.
			Plot.dot(flagged, { x: (f: GemeenteFeature) => anchor(f)[0], y: (f: GemeenteFeature) => anchor(f)[1], r: 7, symbol: 'square2', stroke: '#a4161a', strokeWidth: 2 }),
			Plot.text(marked.concat(selected), Plot.geoCentroid({ text: label, fontWeight: 700, fill: '#111827', stroke: 'white', strokeWidth: 3, paintOrder: 'stroke', dy: -12 })),
			// The words are also taken when the tip shows (format, by the gemeente's place in `shown`): a recoloured map
			// (recolourChoropleth) hands the drawn tip the new rows' words without drawing the map again.
			Plot.tip(shown, Plot.pointer({ x: (f: GemeenteFeature) => anchor(f)[0], y: (f: GemeenteFeature) => anchor(f)[1], title: tip, format: { title: (_: unknown, i: number) => tip(shown[i]!) } }))
		]
	};
}

/**
 * Recolours a drawn map in place for new values, when only the values changed: same features, same gemeenten drawn
 * filled and empty, outlined, named and flagged, at the same width. Plot would otherwise project and build all 342
 * paths again for new fills. The fills and the legend come from the same colour scale Plot makes of `next` (its
 * options and the values of the filled gemeenten), and the drawn tip takes the new words. Returns false (and
 * changes nothing) when the map must be drawn anew.
 */
export const recolourChoropleth: InPlace<GemeenteValue, ChoroplethOptions> = (figure, drawn, before, next) => {
	if (before.options.features !== next.options.features || (before.options.width ?? 640) !== (next.options.width ?? 640)) return false;
	const was = layout(before.rows, before.options);
	const now = layout(next.rows, next.options);
	const codes = (fs: readonly GemeenteFeature[]) => fs.map((f) => f.properties.code).join();
	if ((['shown', 'withValue', 'marked', 'selected', 'flagged'] as const).some((k) => codes(was[k]) !== codes(now[k]))) return false;
	const paths = figure.querySelector('svg g[data-mark="geo"], svg g[aria-label="geo"]')?.querySelectorAll(':scope > path');
	const legend = figure.querySelector(':scope > svg[class$="-ramp"]');
	const tip = (m: Plot.Markish | undefined) => (m instanceof Plot.Tip ? (m as unknown as { format: Record<string, unknown> }) : null);
	const liveTip = tip(drawn.marks?.find((m) => m instanceof Plot.Tip));
	const nextTip = tip(next.plot.marks?.find((m) => m instanceof Plot.Tip));
	if (!paths || paths.length !== now.withValue.length || !legend || !liveTip || !nextTip) return false;
	const values = now.withValue.map(now.value) as number[];
	const color = { ...(next.plot.color as Plot.ScaleOptions), domain: values };
	const scale = Plot.scale({ color });
	const fresh = Plot.legend({ color, document: figure.ownerDocument } as Plot.LegendScales);
	paths.forEach((p, i) => p.setAttribute('fill', String(scale.apply(values[i]))));
	legend.replaceWith(fresh);
	liveTip.format.title = nextTip.format.title;
	return true;
};
