/**
 * Where a number comes from, in one shape for every number on screen: the Provenance popover renders it.
 * Built from the shipped catalogue rows; imported data will build the same shape from its import record.
 */
export interface SourceRef {
	readonly sourceId: string;
	readonly publisher: string;
	readonly tableId: string | null;
	readonly title: string;
	readonly licence: string | null;
	readonly url: string | null;
}

export interface ValueProvenance {
	readonly indicatorId: string;
	readonly label: string;
	readonly period: number;
	readonly boundaryYear: number;
	readonly status: string | null;
	readonly source: SourceRef | null;
	readonly caveat: string | null;
	/** What kind of figure (analysis/lens.ts): registered, surveyed, modelled or context. */
	readonly lens?: string | null;
}

type Row = Readonly<Record<string, string | number | null>>;

export function sourceRef(row: Row): SourceRef {
	return {
		sourceId: String(row.source_id),
		publisher: String(row.publisher),
		tableId: (row.table_id as string | null) ?? null,
		title: String(row.title),
		licence: (row.licence as string | null) ?? null,
		url: (row.url as string | null) ?? null
	};
}
