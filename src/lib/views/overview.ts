/** What the overview writes beside the map, from the rows the map draws. Pure. */
import { flagOutliers, type OutlierFlag, type Point } from '$lib/analysis/outliers';
import { COUNT_OF } from '$lib/analysis/trend';
import type { MapCountRow, MapSourceRow } from '$lib/db/queries/overview';
import type { GemeenteValue } from '$lib/schema/geo';

/** The indicator the map opens with: registered crime, the figure councils compare residents' signals with. */
export const DEFAULT_INDICATOR = 'misdrijven_per_1000';

export interface MapSummary {
	readonly withValue: number;
	readonly total: number;
	readonly median: number | null;
}

export function mapSummary(rows: readonly GemeenteValue[]): MapSummary {
	const values = rows.map((r) => r.value).filter((v): v is number => v !== null).sort((a, b) => a - b);
	const mid = values.length / 2;
	const median = values.length === 0 ? null : values.length % 2 === 1 ? values[Math.floor(mid)]! : (values[mid - 1]! + values[mid]!) / 2;
	return { withValue: values.length, total: rows.length, median };
}

/** 1 = highest value; ties share the best rank. Null when the gemeente has no value. */
export function rankOf(rows: readonly GemeenteValue[], code: string): { rank: number; n: number } | null {
	const own = rows.find((r) => r.code === code)?.value;
	if (own === null || own === undefined) return null;
	const values = rows.map((r) => r.value).filter((v): v is number => v !== null);
	return { rank: values.filter((v) => v > own).length + 1, n: values.length };
}

/** The indicator's default period: its latest. */
export function latestPeriod(periods: readonly number[]): number | null {
	return periods.length === 0 ? null : Math.max(...periods);
}

/** The strip's sentence: where the figures run from and to, and who sits at each end. */
export function stripSummary(
	rows: readonly GemeenteValue[],
	format: (v: number | null) => string,
	template: (p: { low: string; lowName: string; high: string; highName: string }) => string,
	noteOf: (code: string) => string | undefined = () => undefined
): string | null {
	const known = rows.filter((r) => r.value !== null);
	if (known.length === 0) return null;
	let low = known[0]!;
	let high = known[0]!;
	for (const r of known) {
		if (r.value! < low.value!) low = r;
		if (r.value! > high.value!) high = r;
	}
	// An end of the range held by a flagged value says so where it is named: the reader takes the sentence as a ranking.
	const named = (r: GemeenteValue) => (noteOf(r.code) ? `${r.name} (⚠ ${noteOf(r.code)})` : r.name);
	return template({ low: format(low.value), lowName: named(low), high: format(high.value), highName: named(high) });
}

/** The count a map's value is judged on for a one-year jump: a rate's own count, or the value itself if a count. */
export function countIndicatorOf(indicatorId: string, unit: string): string | null {
	return COUNT_OF[indicatorId] ?? (unit === 'count' ? indicatorId : null);
}

/** The map's outliers (analysis/outliers.ts) from its rows and the counts around its period. */
export function mapOutliers(rows: readonly GemeenteValue[], counts: readonly MapCountRow[] | null, o: { unit: string; period: number; log: boolean }): Map<string, OutlierFlag> {
	let series: Map<string, Point[]> | null = null;
	if (counts) {
		series = new Map();
		for (const c of counts) {
			if (!series.has(c.code)) series.set(c.code, []);
			series.get(c.code)!.push({ period: c.period, value: c.value });
		}
	}
	return flagOutliers(rows, { unit: o.unit, period: o.period, counts: series, log: o.log });
}

export interface OutlierWords {
	readonly jump: (p: { count: string; period: number; against: string }) => string;
	readonly small: (p: { inhabitants: string }) => string;
	readonly and: string;
}

/** Why a value is flagged, in words: "355 in 2023 tegen 44 in 2022 (sprong in één jaar)". */
export function outlierNote(flag: OutlierFlag, count: (v: number) => string, words: OutlierWords): string {
	const parts: string[] = [];
	if (flag.jump) parts.push(words.jump({ count: count(flag.jump.count), period: flag.jump.period, against: flag.jump.neighbours.map((n) => `${count(n.value)} (${n.period})`).join(` ${words.and} `) }));
	if (flag.reasons.includes('small_population') && flag.inhabitants !== null) parts.push(words.small({ inhabitants: count(flag.inhabitants) }));
	return parts.join('; ');
}

/**
 * The sources under the map, each once: a shipped source by its prerendered publisher and title, an imported one by
 * what the user gave (the file's title and name), never by the id Kloofmeter keeps it under.
 */
export function mapSources(rows: readonly GemeenteValue[], shipped: Readonly<Record<string, string>>, sources: readonly MapSourceRow[], locale: 'nl' | 'en' = 'nl'): string {
	const byId = new Map(sources.map((s) => [s.source_id, s]));
	const ids = [...new Set(rows.map((r) => r.source_id).filter((s): s is string => !!s))];
	return ids.map((id) => shipped[id] ?? sourceLabel(byId.get(id), locale)).join('; ');
}

function sourceLabel(s: MapSourceRow | undefined, locale: 'nl' | 'en'): string {
	const own = locale === 'nl' ? 'eigen import' : 'own import';
	const title = s?.title ?? s?.via;
	if (!title) return own;
	return s?.via && s.via !== title ? `${title} (${own}, ${s.via})` : `${title} (${own})`;
}
