/** What an import is checked against, read from DuckDB (so earlier imports count: a name cannot be taken twice). */
import { buildNameIndex, type NameIndex } from '$lib/schema/names';
import { ensureTables } from './shipped.svelte';
import { queryRows } from '$lib/db/client';
import type { QueryRunner } from '$lib/db/sql';
import { themeLabels, type ThemeLabelRow } from '$lib/db/queries/compare';
import {
	areaNameRows,
	gemeenteNames,
	indicatorChoices,
	inhabitantsByYear,
	respondentGroups,
	type AreaNameRow,
	type GemeenteNameRow,
	type IndicatorChoiceRow,
	type InhabitantsRow,
	type RespondentGroupRow
} from '$lib/db/queries/imports';
import type { ExistingIndicator } from '$lib/import/indicatorPlan';

export interface ImportContextData {
	readonly names: NameIndex;
	readonly gemeenten: ReadonlySet<string>;
	/** The gemeenten with every other name form the shipped name table knows (for proposing one from a file name). */
	readonly gemeenteList: readonly { code: string; name: string; forms: readonly string[] }[];
	readonly indicatorIds: ReadonlySet<string>;
	/** The indicators a file's figures can be a further year of. */
	readonly indicatorList: readonly ExistingIndicator[];
	/** Inhabitants on 1 January per `code|year`, as Kloofmeter has them (KWB), for figures per 1.000 inwoners. */
	readonly population: Readonly<Record<string, number>>;
	readonly themes: readonly { id: string; nl: string; en: string; definitionNl: string; definitionEn: string }[];
	readonly groups: readonly string[];
}

/** Kloofmeter's own inhabitants figure (KWB, 1 January). */
const INHABITANTS = 'bevolking';

export const IMPORT_CONTEXT_TABLES = ['area_names', 'gemeenten', 'indicators', 'themes', 'conversations', 'findings', 'indicator_values'] as const;

export async function loadImportContext(): Promise<ImportContextData> {
	await ensureTables(IMPORT_CONTEXT_TABLES);
	return readImportContext(queryRows);
}

/** The context over any engine (the Node tests read it from the shipped tables). */
export async function readImportContext(run: QueryRunner): Promise<ImportContextData> {
	const [names, gemeenten, indicators, themes, groups, population] = await Promise.all([
		run<AreaNameRow>(areaNameRows()),
		run<GemeenteNameRow>(gemeenteNames()),
		run<IndicatorChoiceRow>(indicatorChoices()),
		run<ThemeLabelRow>(themeLabels()),
		run<RespondentGroupRow>(respondentGroups()),
		run<InhabitantsRow>(inhabitantsByYear(INHABITANTS))
	]);
	// Current and renamed forms only: a merged gemeente's old name may be the file's subject, not its successor.
	const forms = new Map<string, string[]>();
	for (const n of names) if (n.code && (n.status === 'current' || n.status === 'renamed')) forms.set(n.code, [...(forms.get(n.code) ?? []), n.name_form]);
	return {
		names: buildNameIndex(names),
		gemeenten: new Set(gemeenten.map((g) => g.code)),
		gemeenteList: gemeenten.map((g) => ({ ...g, forms: forms.get(g.code) ?? [] })),
		indicatorIds: new Set(indicators.map((i) => i.indicator_id)),
		indicatorList: indicators.map(({ indicator_id, label_nl, label_en, unit, direction, lens }) => ({ indicator_id, label_nl, label_en, unit, direction, lens })),
		population: Object.fromEntries(population.map((p) => [`${p.area_code}|${p.period}`, p.value])),
		// By Dutch label, as DuckDB orders text (by code point), for the theme lists of the forms.
		themes: [...themes]
			.sort((a, b) => (a.label_nl < b.label_nl ? -1 : a.label_nl > b.label_nl ? 1 : 0))
			.map((t) => ({ id: t.theme_id, nl: t.label_nl, en: t.label_en, definitionNl: t.definition_nl ?? '', definitionEn: t.definition_en ?? '' })),
		groups: groups.map((g) => g.group)
	};
}
