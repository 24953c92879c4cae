/**
 * The user's own figures for one gemeente, read from DuckDB for the pages that are otherwise prerendered (the
 * gemeente page, the deck). Null when no kept import concerns the gemeente, so the engine is not started for nothing.
 */
import type { PairGap } from '$lib/analysis/compare';
import { queryRows } from '$lib/db/client';
import { NO_FILTERS } from '$lib/schema/filters';
import { importedReference, importedValues, themeLabels, type ImportedValueRow, type ReferenceValueRow, type ThemeLabelRow } from '$lib/db/queries/compare';
import { isOwnId } from '$lib/schema/ids';
import { comparePairs, loadCompareBase, loadCompareSelection, type CompareBase } from './compare';
import { listImports } from '$lib/import/store';
import { ensureTables } from './shipped.svelte';

export interface ImportedData {
	readonly values: ImportedValueRow[];
	readonly reference: ReferenceValueRow[];
	readonly themeNames: ReadonlyMap<string, { readonly nl: string; readonly en: string }>;
	/** A kept import holds a trajectory of this gemeente (its gap is drawn from the comparison's analysis). */
	readonly hasTrajectory: boolean;
}

export async function loadImported(code: string): Promise<ImportedData | null> {
	const imports = await listImports();
	if (!imports.some((r) => r.areas.includes(code) || r.trajectoryGemeenten.includes(code))) return null;
	await ensureTables(['gemeenten', 'indicators', 'indicator_values', 'indicator_margins', 'theme_indicator_map', 'themes', 'sources']);
	const [values, reference, themes] = await Promise.all([
		queryRows<ImportedValueRow>(importedValues(code)),
		queryRows<ReferenceValueRow>(importedReference(code)),
		queryRows<ThemeLabelRow>(themeLabels())
	]);
	return {
		values,
		reference,
		themeNames: new Map(themes.map((x) => [x.theme_id, { nl: x.label_nl, en: x.label_en }])),
		hasTrajectory: imports.some((r) => r.trajectoryGemeenten.includes(code))
	};
}

export interface OwnOnGemeente {
	readonly figures: ImportedData;
	/** The gap of the gemeente's most recent imported trajectory, with the base its labels come from. */
	readonly trajectory: { readonly base: CompareBase; readonly pairs: PairGap[] } | null;
}

/**
 * What the gemeente page adds from the user's imports: own figures, and the gap of an imported trajectory unless
 * the page already shows it as its own (withTrajectory false). Null when no kept import concerns the gemeente.
 */
export async function loadOwnOnGemeente(code: string, withTrajectory: boolean, dataVersion: number): Promise<OwnOnGemeente | null> {
	const figures = await loadImported(code);
	if (!figures) return null;
	if (!figures.hasTrajectory || !withTrajectory) return { figures, trajectory: null };
	const [base, selection] = await Promise.all([loadCompareBase(dataVersion), loadCompareSelection(NO_FILTERS, dataVersion)]);
	// The most recent imported trajectory of this gemeente (its id carries the import's time).
	const own = selection.trajectories
		.filter((tr) => tr.code === code && isOwnId(tr.trajectoryId))
		.sort((a, b) => a.trajectoryId.localeCompare(b.trajectoryId))
		.slice(-1);
	const pairs = comparePairs(base, { ...selection, trajectories: own }, 'all').filter((p) => p.raised || p.measured.percentile !== null);
	return { figures, trajectory: { base, pairs } };
}
