/** The indicator catalogue with its sources, for the data page and the method page (build time). */
import { lensOf } from '$lib/analysis/lens';
import { readShippedTable } from './static';
import { sourceRef, type SourceRef } from '$lib/schema/provenance';
import { TABLE_NAMES, type TableName } from '$lib/schema/tables';

export interface CatalogueEntry {
	readonly indicatorId: string;
	readonly labelNl: string;
	readonly labelEn: string;
	readonly unit: string;
	readonly direction: string;
	readonly lens: string;
	readonly areaLevel: string;
	readonly periods: string;
	readonly descriptionNl: string | null;
	readonly descriptionEn: string | null;
	readonly caveatNl: string | null;
	readonly sources: SourceRef[];
	readonly values: number;
}

export function indicatorCatalogue(): CatalogueEntry[] {
	const sources = new Map(readShippedTable('sources').map((r) => [r.source_id, sourceRef(r)]));
	const counts = new Map<string, number>();
	for (const v of readShippedTable('indicator_values')) counts.set(v.indicator_id, (counts.get(v.indicator_id) ?? 0) + 1);
	return readShippedTable('indicators')
		.map((r) => ({
			indicatorId: r.indicator_id,
			labelNl: r.label_nl,
			labelEn: r.label_en,
			unit: r.unit,
			direction: r.direction,
			lens: lensOf(r),
			areaLevel: r.area_level,
			periods: r.periods ?? '',
			descriptionNl: r.description_nl,
			descriptionEn: r.description_en,
			caveatNl: r.caveat_nl,
			sources: r.source_ids
				.split(';')
				.map((id) => sources.get(id))
				.filter((s): s is SourceRef => s !== undefined),
			values: counts.get(r.indicator_id) ?? 0
		}))
		.sort((a, b) => a.labelNl.localeCompare(b.labelNl, 'nl'));
}

export function sourceList(): SourceRef[] {
	return readShippedTable('sources').map(sourceRef);
}

/** Rows per shipped table as built, to set beside what DuckDB reports once loaded. */
function shippedRowCounts(names: readonly TableName[]): Record<string, number> {
	return Object.fromEntries(names.map((n) => [n, readShippedTable(n).length]));
}

/** The data page: the catalogue, the sources and the tables there are to load, with their row counts. */
export function dataPage() {
	const counts = shippedRowCounts(TABLE_NAMES);
	// A table the build did not write (e.g. no coded findings yet) is not offered for loading.
	const tables = TABLE_NAMES.filter((n) => counts[n]! > 0);
	return { catalogue: indicatorCatalogue(), sources: sourceList(), tables, counts };
}
