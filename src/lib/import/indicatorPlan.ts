/**
 * From an analysed figures file and the user's short form to the rows an import adds: one indicator, its values
 * per gemeente and period, its source, and optionally its link to a theme. Everything is checked before anything is
 * stored: a single problem refuses the whole file, with row and column; set-aside rows are reported, not refused.
 */
import type { Lens } from '$lib/analysis/lens';
import type { NameIndex } from '$lib/data/names';
import { detectDecimalSeparator, parseNumberCell } from '$lib/data/normalise';
import { TABLE_SPECS } from '$lib/data/tables';
import { fail, ok, problem, type ImportProblem, type Outcome } from './problems';
import { rowsToColumns, SetAsideTally, type ImportRecord } from './record';
import { classifyRegion } from './regions';
import { whyNotNumber, type TableAnalysis } from './statline';

export const UNITS = ['count', 'persons', 'percent', 'per_1000', 'per_km2', 'euro_1000', 'score'] as const;
export const DIRECTIONS = ['higher_worse', 'lower_worse', 'neutral'] as const;

export interface IndicatorForm {
	readonly measure: string;
	readonly label: string;
	readonly unit: (typeof UNITS)[number];
	readonly direction: (typeof DIRECTIONS)[number];
	/** What kind of figure it is (analysis/lens.ts); a survey such as the Veiligheidsmonitor is 'ervaren'. */
	readonly lens?: Lens;
	readonly themeId: string | null;
	/** The year when the file names none. */
	readonly period: number | null;
}

export interface IndicatorContext {
	readonly id: string;
	readonly fileName: string;
	readonly now: Date;
	readonly names: NameIndex;
	readonly gemeenten: ReadonlySet<string>;
	readonly indicatorIds: ReadonlySet<string>;
	readonly themeIds: ReadonlySet<string>;
}

const MAX_PROBLEMS = 25;

export function indicatorIdFor(label: string): string {
	const slug = label
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_|_$/g, '')
		.slice(0, 48);
	return `eigen_${slug || 'indicator'}`;
}

export function planIndicatorImport(analysis: TableAnalysis, form: IndicatorForm, ctx: IndicatorContext): Outcome<ImportRecord> {
	const problems: ImportProblem[] = [];
	const label = form.label.trim();
	const indicatorId = indicatorIdFor(label);
	if (label === '') problems.push(problem('Geef de indicator een naam.', null, 'Naam'));
	else if (ctx.indicatorIds.has(indicatorId)) problems.push(problem(`Er is al een indicator "${label}". Kies een andere naam, of verwijder eerst de eerdere import.`, null, 'Naam'));
	if (!(UNITS as readonly string[]).includes(form.unit)) problems.push(problem('Kies een eenheid.', null, 'Eenheid'));
	if (!(DIRECTIONS as readonly string[]).includes(form.direction)) problems.push(problem('Kies een richting.', null, 'Richting'));
	if (form.themeId !== null && !ctx.themeIds.has(form.themeId)) problems.push(problem(`Onbekend thema "${form.themeId}".`, null, 'Thema'));
	if (form.themeId !== null && form.direction === 'neutral') {
		problems.push(problem('Een indicator zonder richting kan niet aan een thema gekoppeld worden: de kloof moet weten wat ongunstig is. Kies een richting of geen thema.', null, 'Thema'));
	}
	// In a survey with margins the value cells carry the figure; the bounds are read beside them below.
	const cells = analysis.cells.filter((c) => c.measure === form.measure && (c.margin === null || c.margin === undefined || c.margin === 'value'));
	if (cells.length === 0) problems.push(problem(`De kolom "${form.measure}" staat niet in het bestand.`, null, 'Kolom'));
	if (problems.length > 0) return fail(...problems);

	const decimal = detectDecimalSeparator(
		cells.slice(0, 2000).map((c) => c.raw),
		analysis.delimiter === ';' ? ',' : '.'
	);
	const tally = new SetAsideTally();
	const seen = new Map<string, number>();
	const values: Record<string, string | number | null>[] = [];
	const source = `import_${ctx.id}`;
	const periods = new Set<number>();
	let level: 'gemeente' | 'wijk' = 'gemeente';

	// A file repeats each region once per year and measure: classify each distinct label once.
	const regions = new Map<string, ReturnType<typeof classifyRegion>>();
	for (const c of cells) {
		if (problems.length >= MAX_PROBLEMS) break;
		let region = regions.get(c.region);
		if (!region) regions.set(c.region, (region = classifyRegion(c.region, ctx.names, ctx.gemeenten)));
		if (region.kind === 'aggregate') {
			tally.add('aggregate', region.label);
			continue;
		}
		if (region.kind === 'former') {
			tally.add('former', `${region.label} (${region.note})`);
			continue;
		}
		if (region.kind === 'unknown') {
			tally.add('unknown', region.label);
			continue;
		}
		const cell = parseNumberCell(c.raw, decimal);
		if (cell.kind === 'invalid') {
			problems.push(problem(whyNotNumber(cell.raw) ?? `"${cell.raw}" is geen getal (decimaalteken in dit bestand: ${decimal === ',' ? 'komma' : 'punt'}). Verbeter de cel of maak haar leeg.`, c.row, c.column));
			continue;
		}
		if (cell.kind === 'number' && !Number.isFinite(cell.value)) {
			problems.push(problem(`"${c.raw.trim()}" is te groot om als getal op te slaan. Verbeter de cel of maak haar leeg.`, c.row, c.column));
			continue;
		}
		if (cell.kind !== 'number') {
			tally.add('missing', `${c.region}${cell.kind === 'marker' ? ` ("${cell.marker}")` : ''}`);
			continue;
		}
		const period = c.period ?? form.period;
		if (period === null) {
			problems.push(problem('Dit bestand noemt geen jaar. Vul het jaar in het formulier in, of voeg een kolom "Perioden" toe.', c.row, 'Perioden'));
			break;
		}
		if (cell.value < 0 && (form.unit === 'count' || form.unit === 'persons')) {
			problems.push(problem(`Negatief aantal (${c.raw}). Een aantal kan niet kleiner zijn dan nul: controleer de cel, of kies een andere eenheid.`, c.row, c.column));
			continue;
		}
		if (form.unit === 'percent' && (cell.value < 0 || cell.value > 100)) {
			problems.push(problem(`${c.raw} ligt niet tussen 0 en 100 en kan geen percentage zijn. Controleer de cel of kies een andere eenheid.`, c.row, c.column));
			continue;
		}
		const key = `${region.code}|${period}`;
		const earlier = seen.get(key);
		if (earlier !== undefined) {
			problems.push(problem(`${c.region} in ${period} staat twee keer in het bestand (ook op rij ${earlier}). Houd één van de twee over.`, c.row, analysis.regionColumn));
			continue;
		}
		seen.set(key, c.row);
		if (region.kind === 'area') level = 'wijk';
		periods.add(period);
		values.push({ indicator_id: indicatorId, area_code: region.code, period, value: cell.value, status: null, boundary_year: 2025, source_id: source });
	}
	if (problems.length > 0) {
		if (problems.length >= MAX_PROBLEMS) problems.push(problem(`En mogelijk meer: na ${MAX_PROBLEMS} problemen is het controleren gestopt.`));
		return fail(...problems);
	}
	if (values.length === 0) {
		const set = tally.list();
		if (set.length > 0 && set.every((x) => x.reason === 'aggregate' || x.reason === 'missing') && set.some((x) => x.reason === 'aggregate')) {
			const examples = set.find((x) => x.reason === 'aggregate')!.examples.slice(0, 3).join('; ');
			return fail(
				problem(
					`Dit bestand heeft alleen cijfers voor gebieden boven de gemeente (${REASON_NL.aggregate}: ${examples}): regio, niet de gemeente. Kloofmeter koppelt zulke cijfers niet aan een gemeente. De Veiligheidsmonitor geeft kleine gemeenten vaak alleen per politie-eenheid, district of basisteam; kies bij StatLine de regio "Gemeenten" waar die er is.`
				)
			);
		}
		const why = set.map((s) => `${s.count} × ${REASON_NL[s.reason]}: ${s.examples.slice(0, 3).join('; ')}`).join(', ');
		return fail(problem(`Geen enkele rij kon aan een gemeente van 2025 worden gekoppeld${why ? ` (${why})` : ''}. Gebruik gemeentenamen of CBS-codes (GM0308).`));
	}

	const margins = analysis.margins ? surveyMargins(analysis, form.measure, decimal, values, regions, ctx) : [];
	if (analysis.margins && margins.length === 0) problems.push(problem(`Bij "${form.measure}" staan geen onder- en bovengrenzen bij de waarden van gemeenten.`, null, 'Kolom'));
	if (problems.length > 0) return fail(...problems);

	const date = ctx.now.toISOString().slice(0, 10);
	const sorted = [...periods].sort((a, b) => a - b);
	const tables: ImportRecord['tables'] = {
		indicators: rowsToColumns(
			[
				{
					indicator_id: indicatorId,
					label_nl: label,
					label_en: label,
					unit: form.unit,
					direction: form.direction,
					// A file with margins is a survey: its figures are what residents report, with their 95% interval.
					lens: form.direction === 'neutral' ? 'context' : analysis.margins ? 'ervaren' : (form.lens ?? 'geregistreerd'),
					area_level: level,
					source_ids: source,
					periods: sorted.join(';'),
					description_nl: `Eigen import uit ${ctx.fileName} (${date}), kolom "${form.measure}".`,
					description_en: `Own import from ${ctx.fileName} (${date}), column "${form.measure}".`,
					caveat_nl: 'Eigen import: niet door Kloofmeter gecontroleerd.'
				}
			],
			TABLE_SPECS.indicators.map((s) => s.name)
		),
		indicator_values: rowsToColumns(values, TABLE_SPECS.indicator_values.map((s) => s.name)),
		...(margins.length > 0 ? { indicator_margins: rowsToColumns(margins, TABLE_SPECS.indicator_margins.map((s) => s.name)) } : {}),
		sources: rowsToColumns(
			[{ source_id: source, publisher: 'Eigen import', table_id: null, title: analysis.title ?? ctx.fileName, licence: null, url: null, via: ctx.fileName, caveat_nl: 'Door de gebruiker geïmporteerd.' }],
			TABLE_SPECS.sources.map((s) => s.name)
		)
	};
	if (form.themeId) {
		tables.theme_indicator_map = rowsToColumns(
			[{ theme_id: form.themeId, indicator_id: indicatorId, rationale_nl: `Bij de import gekoppeld door de gebruiker (${date}).`, rationale_en: `Linked by the user at import (${date}).` }],
			TABLE_SPECS.theme_indicator_map.map((s) => s.name)
		);
	}
	return ok({
		id: ctx.id,
		kind: 'indicator',
		fileName: ctx.fileName,
		importedAt: ctx.now.toISOString(),
		label,
		rows: values.length,
		setAside: tally.list(),
		notes: [...analysis.notes, `Decimaalteken: ${decimal === ',' ? 'komma' : 'punt'}.`],
		tables
	});
}

/**
 * The 95% interval beside each imported value: the file's lower and upper bound for the same region, period and
 * measure. A value without both bounds keeps no interval; bounds that do not enclose their value are not kept.
 */
function surveyMargins(
	analysis: TableAnalysis,
	measure: string,
	decimal: ReturnType<typeof detectDecimalSeparator>,
	values: readonly Record<string, string | number | null>[],
	regions: ReadonlyMap<string, ReturnType<typeof classifyRegion>>,
	ctx: IndicatorContext
): Record<string, string | number | null>[] {
	const bounds = new Map<string, { lower?: number; upper?: number }>();
	for (const c of analysis.cells) {
		if (c.measure !== measure || (c.margin !== 'lower' && c.margin !== 'upper') || c.period === null) continue;
		const region = regions.get(c.region) ?? classifyRegion(c.region, ctx.names, ctx.gemeenten);
		if (region.kind !== 'gemeente' && region.kind !== 'area') continue;
		const cell = parseNumberCell(c.raw, decimal);
		if (cell.kind !== 'number' || !Number.isFinite(cell.value)) continue;
		const key = `${region.code}|${c.period}`;
		bounds.set(key, { ...bounds.get(key), [c.margin]: cell.value });
	}
	return values.flatMap((v) => {
		const b = bounds.get(`${v.area_code}|${v.period}`);
		const value = v.value as number;
		if (b?.lower === undefined || b.upper === undefined || b.lower > value || b.upper < value) return [];
		return [{ indicator_id: v.indicator_id ?? null, area_code: v.area_code ?? null, period: v.period ?? null, lower: b.lower, upper: b.upper }];
	});
}

export const REASON_NL: Record<'aggregate' | 'former' | 'unknown' | 'missing', string> = {
	aggregate: 'Nederland, landsdeel, provincie of regio',
	former: 'voormalige gemeente (samengevoegd of gesplitst)',
	unknown: 'onbekende naam',
	missing: 'geen waarde (leeg of een teken als "." of "x")'
};
