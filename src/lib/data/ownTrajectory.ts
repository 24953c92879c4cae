/**
 * A trajectory the user imported, made into the same gemeente page and deck a shipped one gets at build time: the
 * rows are read from DuckDB (shipped plus imports) and go through the same pure builders (views/gapPage.ts,
 * views/deckPage.ts). The most recent imported trajectory of a gemeente is the one shown.
 */
import { COUNT_OF } from '$lib/analysis/trend';
import { queryRows } from '$lib/db/client';
import { PAGE_TABLES, pageReader } from '$lib/db/queries/trajectory';
import { isOwnId } from '$lib/schema/ids';
import { listImports } from '$lib/import/store';
import { ensureTables } from './shipped.svelte';
import { buildDeckPage, type DeckPage } from '$lib/views/deckPage';
import { buildGapPage, PEER_INDICATORS, type GapPage, type ReadTable } from '$lib/views/gapPage';

/** Whether a kept import holds a trajectory of this gemeente (IndexedDB only: DuckDB is not started for it). */
export async function hasOwnTrajectory(code: string): Promise<boolean> {
	return (await listImports()).some((r) => r.trajectoryGemeenten.includes(code));
}

async function readTables(code: string): Promise<ReadTable> {
	await ensureTables([...PAGE_TABLES, 'indicator_values', 'area_names']);
	return pageReader((s) => queryRows(s), code, [...PEER_INDICATORS, ...new Set(Object.values(COUNT_OF))]);
}

function latestOwn(read: ReadTable, code: string): string | null {
	// Imported trajectory ids carry the import's time ("eigen_imp…"), so the last by id is the latest.
	const own = read('trajectories')
		.filter((t) => t.gemeente_code === code && isOwnId(t.trajectory_id))
		.map((t) => t.trajectory_id)
		.sort();
	return own.at(-1) ?? null;
}

/** The gemeente page of the latest imported trajectory of this gemeente, or null when it has none. */
export async function loadOwnGap(code: string): Promise<GapPage | null> {
	if (!(await hasOwnTrajectory(code))) return null;
	const read = await readTables(code);
	const id = latestOwn(read, code);
	return id ? buildGapPage(read, code, id) : null;
}

/** The deck of the latest imported trajectory of this gemeente, or null when it has none. */
export async function loadOwnDeck(code: string): Promise<DeckPage | null> {
	if (!(await hasOwnTrajectory(code))) return null;
	const read = await readTables(code);
	const id = latestOwn(read, code);
	const gap = id ? buildGapPage(read, code, id) : null;
	const name = read('gemeenten').find((g) => g.code === code)?.name;
	return gap && name ? buildDeckPage(read, code, name, gap, new Date().toISOString().slice(0, 10)) : null;
}
