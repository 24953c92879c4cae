/**
 * Everything on /gemeente/[code] that needs no query, computed at build time from the shipped tables so that the
 * page is useful before DuckDB has started.
 */
import { lensOf } from '$lib/analysis/lens';
import { readShippedTable } from './static';
import type { GemeenteFacts, ProfileValue } from '$lib/schema/gemeente';
import { sourceRef, type SourceRef } from '$lib/schema/provenance';

type Row = Readonly<Record<string, string | number | null>>;

function index<K>(rows: readonly Row[], key: (r: Row) => K): Map<K, Row[]> {
	const map = new Map<K, Row[]>();
	for (const r of rows) {
		const k = key(r);
		const list = map.get(k);
		if (list) list.push(r);
		else map.set(k, [r]);
	}
	return map;
}

let valuesByArea: Map<string, Row[]> | null = null;
function valuesOf(code: string): Row[] {
	valuesByArea ??= index(readShippedTable('indicator_values'), (r) => String(r.area_code));
	return valuesByArea.get(code) ?? [];
}

let sources: Map<string, SourceRef> | null = null;
function source(id: string): SourceRef | null {
	sources ??= new Map(readShippedTable('sources').map((r) => [String(r.source_id), sourceRef(r)]));
	return sources.get(id) ?? null;
}

export function gemeenteCodes(): string[] {
	return readShippedTable('gemeenten').map((g) => String(g.code));
}

export function gemeenteFacts(code: string): GemeenteFacts | null {
	const g = readShippedTable('gemeenten').find((r) => r.code === code);
	if (!g) return null;
	return {
		code,
		name: String(g.name),
		province: String(g.province),
		inhabitants: g.inhabitants as number | null,
		areaKm2: g.area_land_km2 as number | null,
		densityPerKm2: g.density_per_km2 as number | null,
		urbanity: g.urbanity as number | null
	};
}

/** The latest value row of each indicator for one area. */
export function latestByIndicator(code: string): Map<string, Row> {
	const latest = new Map<string, Row>();
	for (const v of valuesOf(code)) {
		const id = String(v.indicator_id);
		const seen = latest.get(id);
		if (!seen || (v.period as number) > (seen.period as number)) latest.set(id, v);
	}
	return latest;
}

/** The latest value of every indicator for this gemeente (or its absence, shown as such). */
export function latestProfile(code: string): ProfileValue[] {
	const latest = latestByIndicator(code);
	const byLabel = [...readShippedTable('indicators')].sort((a, b) => String(a.label_nl).localeCompare(String(b.label_nl), 'nl'));
	return byLabel.map((ind) => {
		const id = String(ind.indicator_id);
		const v = latest.get(id);
		return {
			indicatorId: id,
			labelNl: String(ind.label_nl),
			labelEn: String(ind.label_en),
			unit: String(ind.unit),
			direction: ind.direction as ProfileValue['direction'],
			value: v ? (v.value as number) : null,
			provenance: v
				? {
						indicatorId: id,
						label: String(ind.label_nl),
						period: v.period as number,
						boundaryYear: v.boundary_year as number,
						status: (v.status as string | null) ?? null,
						source: source(String(v.source_id)),
						caveat: (ind.caveat_nl as string | null) ?? null,
						lens: lensOf({ indicator_id: id, direction: String(ind.direction), lens: (ind.lens as string | null) ?? null })
					}
				: null
		};
	});
}
