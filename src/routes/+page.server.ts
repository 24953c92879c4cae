import { frontPage } from '$lib/server/front';
import { gemeenteList } from '$lib/server/gemeenteList';
import { readShippedTable } from '$lib/server/static';
import { NEIGHBOUR_YEARS } from '$lib/analysis/outliers';
import type { MapCountRow, MapIndicatorRow, MapValueRow } from '$lib/db/queries/overview';
import { countIndicatorOf, DEFAULT_INDICATOR } from '$lib/views/overview';

/**
 * The map's default view and the indicator list, computed at build time from the shipped files with the rules of
 * the DuckDB queries (mapIndicators, mapValues), so the first chart draws without waiting for the engine.
 */
function defaultMap(): { indicators: MapIndicatorRow[]; rows: MapValueRow[]; counts: MapCountRow[] | null; period: number } {
	const codes = new Set(readShippedTable('gemeenten').map((g) => String(g.code)));
	const values = readShippedTable('indicator_values').filter((v) => codes.has(String(v.area_code)));
	const periods = new Map<string, Set<number>>();
	for (const v of values) {
		const id = String(v.indicator_id);
		if (!periods.has(id)) periods.set(id, new Set());
		periods.get(id)!.add(v.period as number);
	}
	const indicators = readShippedTable('indicators')
		.filter((i) => periods.has(String(i.indicator_id)))
		.map((i) => ({
			indicator_id: String(i.indicator_id),
			label_nl: String(i.label_nl),
			label_en: String(i.label_en),
			unit: String(i.unit),
			direction: String(i.direction),
			periods: [...periods.get(String(i.indicator_id))!].sort((a, b) => a - b)
		}))
		.sort((a, b) => (a.label_nl < b.label_nl ? -1 : a.label_nl > b.label_nl ? 1 : 0));
	const period = Math.max(...(periods.get(DEFAULT_INDICATOR) ?? new Set([0])));
	const own = new Map(values.filter((v) => v.indicator_id === DEFAULT_INDICATOR && v.period === period).map((v) => [String(v.area_code), v]));
	const rows = readShippedTable('gemeenten')
		.map((g) => {
			const v = own.get(String(g.code));
			return { code: String(g.code), name: String(g.name), province: String(g.province), inhabitants: (g.inhabitants as number | null) ?? null, value: (v?.value as number | undefined) ?? null, status: (v?.status as string | null) ?? null, source_id: v ? String(v.source_id) : null };
		})
		.sort((a, b) => (a.province < b.province ? -1 : a.province > b.province ? 1 : a.code < b.code ? -1 : 1));
	// The counts the one-year-jump rule reads (mapCounts), for the same view.
	const unit = indicators.find((i) => i.indicator_id === DEFAULT_INDICATOR)?.unit ?? '';
	const countId = countIndicatorOf(DEFAULT_INDICATOR, unit);
	const counts = countId
		? values
				.filter((v) => v.indicator_id === countId && v.value !== null && Math.abs((v.period as number) - period) <= NEIGHBOUR_YEARS)
				.map((v) => ({ code: String(v.area_code), period: v.period as number, value: v.value as number }))
				.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.period - b.period))
		: null;
	return { indicators, rows, counts, period };
}

export function load() {
	const gemeenten = readShippedTable('gemeenten');
	const provinces = new Set(gemeenten.map((g) => g.province as string));
	return {
		summary: {
			gemeenten: gemeenten.length,
			provinces: provinces.size,
			inhabitants: gemeenten.reduce((sum, g) => sum + ((g.inhabitants as number | null) ?? 0), 0),
			indicators: readShippedTable('indicators').length,
			values: readShippedTable('indicator_values').length,
			trajectories: readShippedTable('trajectories').length,
			findings: readShippedTable('findings').length,
			themes: readShippedTable('themes').length
		},
		provinces: [...provinces].sort((a, b) => a.localeCompare(b, 'nl')),
		trajectoryCodes: readShippedTable('trajectories').map((t) => t.gemeente_code as string),
		search: gemeenteList().map(({ code, name, forms }) => ({ code, name, forms })),
		map: defaultMap(),
		front: frontPage(),
		sources: Object.fromEntries(readShippedTable('sources').map((s) => [String(s.source_id), `${String(s.publisher)}, ${String(s.title)}`]))
	};
}
