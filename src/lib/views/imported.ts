/**
 * A gemeente's own imported figures as the gemeente page shows them: each with its kind of figure, its position
 * among the gemeenten that have it (and the positions of its 95% interval, for a survey with margins), the theme the
 * user linked it to, and what heard and the kinds of figure mean together for that theme. Pure; tested in Node.
 */
import type { Thresholds } from '$lib/analysis/classify';
import type { ThemeGap } from '$lib/analysis/gap';
import { lensOf, themeReading, type Lens, type LensReading } from '$lib/analysis/lens';
import { percentileRank } from '$lib/analysis/measured';
import type { ImportedValueRow, ReferenceValueRow } from '$lib/db/queries/compare';

export interface ImportedFigure {
	readonly indicatorId: string;
	readonly labelNl: string;
	readonly labelEn: string;
	readonly unit: string;
	readonly lens: Lens;
	readonly period: number;
	readonly value: number;
	readonly lower: number | null;
	readonly upper: number | null;
	readonly source: string;
	readonly themeId: string | null;
	/** Position among the gemeenten with a value that year (0 = most favourable); null without a direction. */
	readonly percentile: number | null;
	/** Positions of the interval's bounds among the same values: how far the margin lets the position move. */
	readonly percentileLo: number | null;
	readonly percentileHi: number | null;
	readonly referenceSize: number;
	readonly reading: LensReading | null;
}

export function importedFigures(
	values: readonly ImportedValueRow[],
	reference: readonly ReferenceValueRow[],
	gapRows: readonly ThemeGap[],
	thresholds: Thresholds,
	lensOfShipped: (indicatorId: string) => Lens
): ImportedFigure[] {
	const refOf = new Map<string, number[]>();
	for (const r of reference) {
		const key = `${r.indicator_id}|${r.period}`;
		const list = refOf.get(key);
		if (list) list.push(Number(r.value));
		else refOf.set(key, [Number(r.value)]);
	}
	return values.map((v) => {
		const ref = refOf.get(`${v.indicator_id}|${v.period}`) ?? [Number(v.value)];
		const lens = lensOf({ indicator_id: v.indicator_id, direction: v.direction, lens: v.lens });
		const own = Number(v.value);
		const percentile = percentileRank(own, ref, v.direction);
		// A bound is placed among the other gemeenten's values as if it were this gemeente's value.
		const others = [...ref];
		others.splice(others.indexOf(own), others.indexOf(own) === -1 ? 0 : 1);
		const rank = (x: number | null) => (x === null ? null : percentileRank(x, [...others, x], v.direction));
		const bounds = [rank(v.lower === null ? null : Number(v.lower)), rank(v.upper === null ? null : Number(v.upper))].filter((p): p is number => p !== null);
		const row = v.theme_id ? gapRows.find((g) => g.themeId === v.theme_id) : undefined;
		const reading = row && percentile !== null ? themeReading(row, thresholds, lensOfShipped, [{ lens, high: percentile >= thresholds.high }]) : null;
		return {
			indicatorId: v.indicator_id,
			labelNl: v.label_nl,
			labelEn: v.label_en,
			unit: v.unit,
			lens,
			period: Number(v.period),
			value: Number(v.value),
			lower: v.lower === null ? null : Number(v.lower),
			upper: v.upper === null ? null : Number(v.upper),
			source: v.source,
			themeId: v.theme_id,
			percentile,
			percentileLo: bounds.length === 2 ? Math.min(...bounds) : null,
			percentileHi: bounds.length === 2 ? Math.max(...bounds) : null,
			referenceSize: ref.length,
			reading
		};
	});
}
