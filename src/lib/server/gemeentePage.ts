/**
 * Everything on /gemeente/[code] that needs no query, computed at build time from the shipped tables so that the
 * page is useful before DuckDB has started.
 */
import { lensOf } from '$lib/analysis/lens';
import { readShippedTable } from './static';
import type { GemeenteFacts, ProfileValue } from '$lib/schema/gemeente';
import { sourceRef, type SourceRef } from '$lib/schema/provenance';
import type { RowOf } from '$lib/schema/tables';
import { groupBy } from '$lib/analysis/groupBy';

type ValueRow = RowOf<'indicator_values'>;


let valuesByArea: Map<string, ValueRow[]> | null = null;
function valuesOf(code: string): ValueRow[] {
	valuesByArea ??= groupBy(readShippedTable('indicator_values'), (r) => r.area_code);
	return valuesByArea.get(code) ?? [];
}

let sources: Map<string, SourceRef> | null = null;
function source(id: string): SourceRef | null {
	sources ??= new Map(readShippedTable('sources').map((r) => [r.source_id, sourceRef(r)]));
	return sources.get(id) ?? null;
}

export function gemeenteCodes(): string[] {
	return readShippedTable('gemeenten').map((g) => g.code);
}

export function gemeenteFacts(code: string): GemeenteFacts | null {
	const g = readShippedTable('gemeenten').find((r) => r.code === code);
	if (!g) return null;
	return { code, name: g.name, province: g.province, inhabitants: g.inhabitants, areaKm2: g.area_land_km2, densityPerKm2: g.density_per_km2, urbanity: g.urbanity };
}

/** The latest value row of each indicator for one area. */
export function latestByIndicator(code: string): Map<string, ValueRow> {
	const latest = new Map<string, ValueRow>();
	for (const v of valuesOf(code)) {
		const seen = latest.get(v.indicator_id);
		if (!seen || v.period > seen.period) latest.set(v.indicator_id, v);
	}
	return latest;
}

/** The latest value of every indicator for this gemeente (or its absence, shown as such). */
export function latestProfile(code: string): ProfileValue[] {
	const latest = latestByIndicator(code);
	const byLabel = [...readShippedTable('indicators')].sort((a, b) => a.label_nl.localeCompare(b.label_nl, 'nl'));
	return byLabel.map((ind) => {
		const id = ind.indicator_id;
		const v = latest.get(id);
		return {
			indicatorId: id,
			labelNl: ind.label_nl,
			labelEn: ind.label_en,
			unit: ind.unit,
			direction: ind.direction as ProfileValue['direction'],
			value: v ? v.value : null,
			provenance: v
				? {
						indicatorId: id,
						label: ind.label_nl,
						period: v.period,
						boundaryYear: v.boundary_year,
						status: v.status,
						source: source(v.source_id),
						caveat: ind.caveat_nl,
						lens: lensOf(ind)
					}
				: null
		};
	});
}
