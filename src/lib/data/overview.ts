/**
 * The data behind the overview's map and strip, read from DuckDB: the indicators that can colour the map (the
 * shipped ones plus imports), and one selection's values, counts and sources. The prerendered default view needs
 * no query; `isPrerenderedView` says which selection that is.
 */
import { keptPromise } from '$lib/kept';
import { NEIGHBOUR_YEARS } from '$lib/analysis/outliers';
import { queryRows } from '$lib/db/client';
import { mapCounts, mapIndicators, mapSourceRows, mapValues, type MapCountRow, type MapIndicatorRow, type MapSourceRow, type MapValueRow } from '$lib/db/queries/overview';
import { countIndicatorOf } from '$lib/views/overview';
import { ensureTables, GEMEENTE_VALUES } from './shipped.svelte';

// Every statement of the map keeps to gemeenten by its own SQL (the current ones: a join or `IN gemeenten`), so the
// wijk values need not be loaded for it.
const MAP_TABLES = ['gemeenten', 'indicators', GEMEENTE_VALUES] as const;

export async function loadMapIndicators(): Promise<MapIndicatorRow[]> {
	await ensureTables(MAP_TABLES);
	return queryRows<MapIndicatorRow>(mapIndicators());
}

export interface MapQuestion {
	readonly indicatorId: string;
	readonly unit: string;
	readonly period: number;
	readonly province: string | null;
	/** The data version (dataStatus.version): an import or a removal makes every kept answer stale. */
	readonly version: number;
}

export interface MapSelection {
	readonly rows: MapValueRow[];
	/** The counts the one-year-jump rule reads; null for an indicator without counts behind it. */
	readonly counts: MapCountRow[] | null;
	/** An imported figure's source as the user gave it (the caption never names an import's internal id). */
	readonly sources: MapSourceRow[];
}

// The whole country's answer for an indicator and period, kept for the last few questions: a province is a filter
// of it (mapValues orders by province, then code), so choosing or clearing a province asks DuckDB nothing.
const KEPT = 8;
const countryWide = new Map<string, Promise<MapSelection>>();

/**
 * `shipped`: the sources the page already names (prerendered labels). Only a row from another source (an import)
 * needs the sources table, so a change of shipped figures asks DuckDB one question less.
 */
export function loadMapSelection(q: MapQuestion, shipped: Readonly<Record<string, string>>): Promise<MapSelection> {
	const key = JSON.stringify([q.version, q.indicatorId, q.unit, q.period]);
	const all = keptPromise(countryWide, key, () => loadCountry(q, shipped));
	if (countryWide.size > KEPT) countryWide.delete(countryWide.keys().next().value!);
	return q.province === null ? all : all.then((s) => ({ ...s, rows: s.rows.filter((r) => r.province === q.province) }));
}

async function loadCountry(q: MapQuestion, shipped: Readonly<Record<string, string>>): Promise<MapSelection> {
	await ensureTables(MAP_TABLES);
	const countId = countIndicatorOf(q.indicatorId, q.unit);
	const [rows, counts] = await Promise.all([
		queryRows<MapValueRow>(mapValues(q.indicatorId, q.period)),
		countId ? queryRows<MapCountRow>(mapCounts(countId, q.period, NEIGHBOUR_YEARS)) : Promise.resolve(null)
	]);
	const unnamed = rows.some((r) => r.source_id !== null && !Object.hasOwn(shipped, r.source_id));
	const sources = unnamed ? await ensureTables(['sources']).then(() => queryRows<MapSourceRow>(mapSourceRows(q.indicatorId, q.period))) : [];
	return { rows, counts, sources };
}

/** Whether a question is the one the page was prerendered with, while no import has changed the data. */
export function isPrerenderedView(q: MapQuestion, prerendered: { indicatorId: string; period: number }, dataVersion: number): boolean {
	return dataVersion === 0 && q.indicatorId === prerendered.indicatorId && q.period === prerendered.period && q.province === null;
}
