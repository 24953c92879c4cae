/**
 * The user's own figures for one gemeente, read from DuckDB for the pages that are otherwise prerendered (the
 * gemeente page, the deck). Null when no kept import concerns the gemeente, so the engine is not started for nothing.
 */
import { queryRows } from '$lib/db/client';
import { importedReference, importedValues, themeLabels, type ImportedValueRow, type ReferenceValueRow, type ThemeLabelRow } from '$lib/db/queries/compare';
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
