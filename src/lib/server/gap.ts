/**
 * The gap for a gemeente with a trajectory, computed at build time from the shipped tables with the same pure
 * analysis the client uses (views/gapPage.ts), for both reference sets, so the page shows it before DuckDB starts.
 */
import { buildGapPage, type GapPage } from '$lib/views/gapPage';
import { readShippedTable } from './static';

export type { GapPage, ThemeView, TrajectoryView } from '$lib/views/gapPage';

export function gapPage(code: string): GapPage | null {
	return buildGapPage(readShippedTable, code);
}
