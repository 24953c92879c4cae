/**
 * The overview map's default view and its indicator list, computed at build time from the shipped files with the
 * rules of the DuckDB queries the page runs later (db/queries/overview.ts: mapIndicators, mapValues, mapCounts), so
 * the first chart draws without waiting for the engine. tests/unit/db/overviewMap.sql.test.ts holds the two to the
 * same rows.
 */
import { NEIGHBOUR_YEARS } from '$lib/analysis/outliers';
import type { MapCountRow, MapIndicatorRow, MapValueRow } from '$lib/db/queries/overview';
import type { ReadTable } from '$lib/schema/tables';
import { countIndicatorOf, DEFAULT_INDICATOR } from '$lib/views/overview';
import { readShippedTable } from './static';

export interface DefaultMap {
	readonly indicators: MapIndicatorRow[];
	readonly rows: MapValueRow[];
	/** The counts the one-year-jump rule reads; null when the indicator has none. */
	readonly counts: MapCountRow[] | null;
	readonly period: number;
}

// SQL's ORDER BY on text compares code points, not the locale: so does this.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `read` is the shipped files; the parity test adds rows to them, as it does to DuckDB's tables. */
export function defaultMap(read: ReadTable = readShippedTable): DefaultMap {
	const gemeenten = read('gemeenten');
	const codes = new Set(gemeenten.map((g) => g.code));
	const values = read('indicator_values').filter((v) => codes.has(v.area_code));
	const periods = new Map<string, Set<number>>();
	for (const v of values) {
		if (!periods.has(v.indicator_id)) periods.set(v.indicator_id, new Set());
		periods.get(v.indicator_id)!.add(v.period);
	}
	const indicators = read('indicators')
		.filter((i) => periods.has(i.indicator_id))
		.map((i) => ({
			indicator_id: i.indicator_id,
			label_nl: i.label_nl,
			label_en: i.label_en,
			unit: i.unit,
			direction: i.direction,
			periods: [...periods.get(i.indicator_id)!].sort((a, b) => a - b)
		}))
		.sort((a, b) => byText(a.label_nl, b.label_nl));
	const period = Math.max(...(periods.get(DEFAULT_INDICATOR) ?? new Set([0])));
	const own = new Map(values.filter((v) => v.indicator_id === DEFAULT_INDICATOR && v.period === period).map((v) => [v.area_code, v]));
	const rows = gemeenten
		.map((g) => {
			const v = own.get(g.code);
			return { code: g.code, name: g.name, province: g.province, inhabitants: g.inhabitants, value: v?.value ?? null, status: v?.status ?? null, source_id: v?.source_id ?? null };
		})
		.sort((a, b) => byText(a.province, b.province) || byText(a.code, b.code));
	const unit = indicators.find((i) => i.indicator_id === DEFAULT_INDICATOR)?.unit ?? '';
	const countId = countIndicatorOf(DEFAULT_INDICATOR, unit);
	const counts = countId
		? values
				.filter((v) => v.indicator_id === countId && Math.abs(v.period - period) <= NEIGHBOUR_YEARS)
				.map((v) => ({ code: v.area_code, period: v.period, value: v.value }))
				.sort((a, b) => byText(a.code, b.code) || a.period - b.period)
		: null;
	return { indicators, rows, counts, period };
}
