/**
 * Where a number comes from, in one shape for every number on screen: the Provenance popover renders it.
 * Built from the shipped catalogue rows; imported data will build the same shape from its import record.
 */
import type { RowOf } from './tables';

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

export function sourceRef(row: RowOf<'sources'>): SourceRef {
	return { sourceId: row.source_id, publisher: row.publisher, tableId: row.table_id, title: row.title, licence: row.licence, url: row.url };
}
