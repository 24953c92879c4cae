/** What an import is checked against, read from DuckDB (so earlier imports count: a name cannot be taken twice). */
import { buildNameIndex, type NameEntry, type NameIndex } from '$lib/schema/names';
import { ensureTables } from './shipped.svelte';
import { queryRows } from '$lib/db/client';
import { statement } from '$lib/db/sql';
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
	readonly themes: readonly { id: string; nl: string; en: string; definitionNl: string; definitionEn: string; mappable: boolean }[];
	readonly groups: readonly string[];
}

export async function loadImportContext(): Promise<ImportContextData> {
	await ensureTables(['area_names', 'gemeenten', 'indicators', 'themes', 'conversations', 'findings', 'indicator_values']);
	const [names, gemeenten, indicators, themes, groups, population] = await Promise.all([
		queryRows<NameEntry & Record<string, unknown>>(statement('SELECT name_form, normalised, code, status, coalesce(note, \'\') AS note FROM area_names')),
		queryRows<{ code: string; name: string }>(statement('SELECT code, name FROM gemeenten ORDER BY name')),
		queryRows<ExistingIndicator & Record<string, unknown>>(statement('SELECT indicator_id, label_nl, label_en, unit, direction, lens FROM indicators ORDER BY label_nl')),
		queryRows<{ theme_id: string; label_nl: string; label_en: string; definition_nl: string | null; definition_en: string | null }>(
			statement('SELECT theme_id, label_nl, label_en, definition_nl, definition_en FROM themes ORDER BY label_nl')
		),
		queryRows<{ g: string }>(statement('SELECT DISTINCT respondent_group AS g FROM conversations UNION SELECT DISTINCT respondent_group FROM findings WHERE respondent_group IS NOT NULL ORDER BY 1')),
		queryRows<{ area_code: string; period: number; value: number }>(
			statement("SELECT area_code, period, value FROM indicator_values WHERE indicator_id = 'bevolking' AND area_code IN (SELECT code FROM gemeenten)")
		)
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
		population: Object.fromEntries(population.map((p) => [`${p.area_code}|${p.period}`, Number(p.value)])),
		themes: themes.map((t) => ({ id: t.theme_id, nl: t.label_nl, en: t.label_en, definitionNl: t.definition_nl ?? '', definitionEn: t.definition_en ?? '', mappable: true })),
		groups: groups.map((g) => g.g)
	};
}
