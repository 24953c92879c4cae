/**
 * From an analysed figures file and the user's short form to the rows an import adds: one indicator, its values
 * per gemeente and period, its source, and optionally its link to a theme. Everything is checked before anything is
 * stored: a single problem refuses the whole file, with row and column; set-aside rows are reported, not refused.
 */
import type { Lens } from '$lib/analysis/lens';
import type { NameIndex } from '$lib/schema/names';
import { detectDecimalSeparator, parseNumberCell, type DecimalSeparator } from '$lib/schema/normalise';
import { TABLE_SPECS } from '$lib/schema/tables';
import { fail, ok, phrase, problem, type ImportProblem, type Outcome, type Phrase } from './problems';
import { rowsToColumns, SetAsideTally, type Columns, type ImportRecord, type SetAside } from './record';
import { classifyRegion } from './regions';
import { whyNotNumber, type Cell, type TableAnalysis } from './statline';

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
	/**
	 * An indicator Kloofmeter already has that these figures continue (a further year): the values join it, with
	 * the import as their source, and its label, unit, direction and kind stay as they are.
	 */
	readonly extends?: string | null;
	/** For a count: also the figure per 1.000 inwoners, from the population Kloofmeter has for the same year. */
	readonly perThousand?: boolean;
}

/** An indicator as the form offers it to be continued. */
export interface ExistingIndicator {
	readonly indicator_id: string;
	readonly label_nl: string;
	readonly label_en: string;
	readonly unit: string;
	readonly direction: string;
	readonly lens: string | null;
}

export interface IndicatorContext {
	readonly id: string;
	readonly fileName: string;
	readonly now: Date;
	readonly names: NameIndex;
	readonly gemeenten: ReadonlySet<string>;
	readonly indicatorIds: ReadonlySet<string>;
	readonly themeIds: ReadonlySet<string>;
	/** The indicator named in `form.extends`, and the `code|period` keys it already has values for. */
	readonly existing?: ExistingIndicator | null;
	readonly existingKeys?: readonly string[];
	/** Inhabitants on 1 January per `code|year` (KWB), for `form.perThousand`. */
	readonly population?: Readonly<Record<string, number>>;
}

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

/** The form checked against the file: what every path (the cells here, the engine over the body) plans with. */
export interface CheckedForm {
	readonly form: IndicatorForm;
	readonly label: string;
	readonly indicatorId: string;
	readonly existing: ExistingIndicator | null;
	/** The cells of the chosen measure (a survey's value cells, without their bounds). */
	readonly cells: readonly Cell[];
	readonly decimal: DecimalSeparator;
}

export function checkIndicatorForm(analysis: TableAnalysis, formIn: IndicatorForm, ctx: IndicatorContext): Outcome<CheckedForm> {
	let form = formIn;
	const problems: ImportProblem[] = [];
	const existing = form.extends ? (ctx.existing?.indicator_id === form.extends ? ctx.existing : null) : null;
	if (form.extends && !existing) return fail(problem('noSuchIndicator', { id: form.extends }, null, { field: 'existing' }));
	// A further year of an existing indicator keeps that indicator's meaning: its unit, direction and kind.
	if (existing) form = { ...form, unit: existing.unit as IndicatorForm['unit'], direction: existing.direction as IndicatorForm['direction'], lens: (existing.lens as Lens | null) ?? undefined, themeId: null };
	const label = existing ? existing.label_nl : form.label.trim();
	const indicatorId = existing ? existing.indicator_id : indicatorIdFor(label);
	if (label === '') problems.push(problem('nameMissing', {}, null, { field: 'name' }));
	else if (!existing && ctx.indicatorIds.has(indicatorId)) problems.push(problem('nameTaken', { label }, null, { field: 'name' }));
	if (!existing && !(UNITS as readonly string[]).includes(form.unit)) problems.push(problem('unitMissing', {}, null, { field: 'unit' }));
	if (!(DIRECTIONS as readonly string[]).includes(form.direction)) problems.push(problem('directionMissing', {}, null, { field: 'direction' }));
	if (form.perThousand && form.unit !== 'count' && form.unit !== 'persons') problems.push(problem('perThousandNotCount', {}, null, { field: 'perThousand' }));
	if (form.perThousand && existing) problems.push(problem('perThousandExisting', {}, null, { field: 'perThousand' }));
	if (form.themeId !== null && !ctx.themeIds.has(form.themeId)) problems.push(problem('unknownTheme', { id: form.themeId }, null, { field: 'theme' }));
	if (form.themeId !== null && form.direction === 'neutral') problems.push(problem('themeNeedsDirection', {}, null, { field: 'theme' }));
	// In a survey with margins the value cells carry the figure; the bounds are read beside them below.
	const cells = analysis.cells.filter((c) => c.measure === form.measure && (c.margin === null || c.margin === undefined || c.margin === 'value'));
	if (cells.length === 0) problems.push(problem('noSuchMeasure', { measure: form.measure }, null, { field: 'measure' }));
	if (problems.length > 0) return fail(...problems);
	const decimal = detectDecimalSeparator(
		cells.slice(0, 2000).map((c) => c.raw),
		analysis.delimiter === ';' ? ',' : '.'
	);
	return ok({ form, label, indicatorId, existing, cells, decimal });
}

/** The most problems one refusal lists; a longer list says it stopped there. */
export const MAX_PROBLEMS = 25;

/**
 * Why a value cell refuses the file (null when it does not: a number, a marker, an empty cell). The engine path
 * classifies its cells in SQL and asks this only for the few it reports, so both word a refusal alike.
 */
export function cellProblem(raw: string, decimal: DecimalSeparator, unit: IndicatorForm['unit'], row: number, column: string): ImportProblem | null {
	const cell = parseNumberCell(raw, decimal);
	if (cell.kind === 'invalid') {
		const why = whyNotNumber(cell.raw) ?? problem('notANumber', { value: cell.raw, decimal: decimalName(decimal) });
		return { ...why, row, column };
	}
	if (cell.kind === 'number' && !Number.isFinite(cell.value)) return problem('tooLarge', { value: raw.trim() }, row, column);
	if (cell.kind !== 'number') return null;
	if (cell.value < 0 && (unit === 'count' || unit === 'persons')) return problem('negativeCount', { value: raw }, row, column);
	if (unit === 'percent' && (cell.value < 0 || cell.value > 100)) return problem('notAPercentage', { value: raw }, row, column);
	return null;
}

export function planIndicatorImport(analysis: TableAnalysis, formIn: IndicatorForm, ctx: IndicatorContext): Outcome<ImportRecord> {
	const checked = checkIndicatorForm(analysis, formIn, ctx);
	if (!checked.ok) return checked;
	const { form, label, existing, cells, decimal } = checked.value;
	const indicatorId = checked.value.indicatorId;
	const problems: ImportProblem[] = [];
	const tally = new SetAsideTally();
	const seen = new Map<string, number>();
	const values: Record<string, string | number | null>[] = [];
	const source = `import_${ctx.id}`;
	const periods = new Set<number>();
	let level: 'gemeente' | 'wijk' = 'gemeente';
	// The values the continued indicator already has: Kloofmeter's own stay, the file's same ones are set aside.
	const shipped = new Set(existing ? (ctx.existingKeys ?? []) : []);

	// A file repeats each region once per year and measure: classify each distinct label once.
	const regions = new Map<string, ReturnType<typeof classifyRegion>>();
	for (const c of cells) {
		if (problems.length >= MAX_PROBLEMS) break;
		let region = regions.get(c.region);
		if (!region) regions.set(c.region, (region = classifyRegion(c.region, ctx.names, ctx.gemeenten)));
		if (region.kind === 'aggregate' || region.kind === 'former' || region.kind === 'unknown') {
			tally.add(region.kind, regionExample(region));
			continue;
		}
		const bad = cellProblem(c.raw, decimal, form.unit, c.row, c.column);
		if (bad && (bad.code !== 'negativeCount' && bad.code !== 'notAPercentage')) {
			problems.push(bad);
			continue;
		}
		const cell = parseNumberCell(c.raw, decimal);
		if (cell.kind !== 'number') {
			tally.add('missing', `${c.region}${cell.kind === 'marker' ? ` ("${cell.marker}")` : ''}`);
			continue;
		}
		const period = c.period ?? form.period;
		if (period === null) {
			problems.push(problem('noYear', {}, c.row, { field: 'period' }));
			break;
		}
		if (bad) {
			problems.push(bad);
			continue;
		}
		const key = `${region.code}|${period}`;
		if (shipped.has(key)) {
			tally.add('existing', `${c.region} ${period}`);
			continue;
		}
		const earlier = seen.get(key);
		if (earlier !== undefined) {
			problems.push(problem('duplicateKey', { region: c.region, period, earlier }, c.row, analysis.regionColumn));
			continue;
		}
		seen.set(key, c.row);
		if (region.kind === 'area') level = 'wijk';
		periods.add(period);
		values.push({ indicator_id: indicatorId, area_code: region.code, period, value: cell.value, status: null, boundary_year: 2025, source_id: source });
	}
	if (problems.length > 0) {
		if (problems.length >= MAX_PROBLEMS) problems.push(problem('stopped', { max: MAX_PROBLEMS }));
		return fail(...problems);
	}
	if (values.length === 0) return nothingLinked(tally.list(), label);

	const margins = analysis.margins ? surveyMargins(analysis, form.measure, decimal, values, regions, ctx) : [];
	if (analysis.margins && margins.length === 0) return fail(problem('noMargins', { measure: form.measure }, null, { field: 'measure' }));
	const rate = form.perThousand ? perThousand(values, label, form, ctx) : null;
	if (rate && !rate.ok) return rate;
	return ok(
		indicatorRecord(analysis, checked.value, ctx, {
			periods,
			level,
			setAside: tally.list(),
			values: rowsToColumns([...values, ...(rate?.ok ? rate.value.values : [])], TABLE_SPECS.indicator_values.map((s) => s.name)),
			rows: values.length + (rate?.ok ? rate.value.values.length : 0),
			margins,
			rate: rate?.ok ? rate.value : null
		})
	);
}

/** A set-aside region as its example: its label, with the name table's note for a former gemeente. */
export function regionExample(region: Exclude<ReturnType<typeof classifyRegion>, { kind: 'gemeente' | 'area' }>): Phrase {
	return region.kind === 'former' ? phrase('import.phrase.region.withNote', { label: region.label, note: region.note }) : region.label;
}

/** Why a file that refuses nothing still adds nothing, from what was set aside. */
export function nothingLinked(set: readonly SetAside[], label: string): Outcome<never> {
	if (set.length > 0 && set.every((x) => x.reason === 'aggregate' || x.reason === 'missing') && set.some((x) => x.reason === 'aggregate')) {
		const examples = set.find((x) => x.reason === 'aggregate')!.examples;
		return fail(problem('onlyAggregates', { reason: phrase('import.phrase.aside.aggregate'), examples: firstExamples(examples) }));
	}
	if (set.length > 0 && set.some((x) => x.reason === 'existing') && set.every((x) => x.reason === 'existing' || x.reason === 'aggregate' || x.reason === 'missing'))
		return fail(problem('nothingNew', { label }));
	if (set.length === 0) return fail(problem('noneLinked'));
	const why = set.map((s) => phrase('import.phrase.aside', { count: s.count, reason: phrase(`import.phrase.aside.${s.reason}`), examples: firstExamples(s.examples) }));
	return fail(problem('noneLinkedWhy', { why: { list: why, separator: ', ' } }));
}

interface Accepted {
	readonly periods: ReadonlySet<number>;
	readonly level: 'gemeente' | 'wijk';
	readonly setAside: readonly SetAside[];
	/** The indicator_values rows in columns; null when they travel as Arrow bytes made by the engine. */
	readonly values: Columns | null;
	readonly rows: number;
	readonly margins: readonly Row[];
	readonly rate: { indicatorId: string; indicator: Row; notes: Phrase[] } | null;
}

/** The import as kept, around its accepted values: the indicator, its source, its theme link, the notes. */
export function indicatorRecord(analysis: TableAnalysis, checked: CheckedForm, ctx: IndicatorContext, accepted: Accepted): ImportRecord {
	const { form, label, indicatorId, existing, decimal } = checked;
	const { rate, margins } = accepted;
	const source = `import_${ctx.id}`;
	const date = ctx.now.toISOString().slice(0, 10);
	const sorted = [...accepted.periods].sort((a, b) => a - b);
	const notes: Phrase[] = [...analysis.notes, phrase('import.note.decimal', { decimal: decimalName(decimal) }), ...(rate ? rate.notes : [])];
	if (existing) notes.push(phrase('import.note.existing', { label: existing.label_nl, years: sorted.join(', ') }));
	const themeTarget = rate ? rate.indicatorId : indicatorId;
	const tables: ImportRecord['tables'] = {
		...(existing ? {} : { indicators: rowsToColumns(
			[
				{
					indicator_id: indicatorId,
					label_nl: label,
					label_en: label,
					unit: form.unit,
					direction: form.direction,
					// A file with margins is a survey: its figures are what residents report, with their 95% interval.
					lens: form.direction === 'neutral' ? 'context' : analysis.margins ? 'ervaren' : (form.lens ?? 'geregistreerd'),
					area_level: accepted.level,
					source_ids: source,
					periods: sorted.join(';'),
					description_nl: `Eigen import uit ${ctx.fileName} (${date}), kolom "${form.measure}".`,
					description_en: `Own import from ${ctx.fileName} (${date}), column "${form.measure}".`,
					caveat_nl: 'Eigen import: niet door Kloofmeter gecontroleerd.'
				},
				...(rate ? [rate.indicator] : [])
			],
			TABLE_SPECS.indicators.map((s) => s.name)
		) }),
		...(accepted.values ? { indicator_values: accepted.values } : {}),
		...(margins.length > 0 ? { indicator_margins: rowsToColumns(margins, TABLE_SPECS.indicator_margins.map((s) => s.name)) } : {}),
		sources: rowsToColumns(
			// The source as the user gave it: the file's own title (as downloaded) and the file's name.
			[{ source_id: source, publisher: 'Eigen import', table_id: null, title: analysis.title ?? ctx.fileName, licence: null, url: null, via: ctx.fileName, caveat_nl: 'Door de gebruiker geïmporteerd.' }],
			TABLE_SPECS.sources.map((s) => s.name)
		)
	};
	if (form.themeId) {
		tables.theme_indicator_map = rowsToColumns(
			[{ theme_id: form.themeId, indicator_id: themeTarget, rationale_nl: `Bij de import gekoppeld door de gebruiker (${date}).`, rationale_en: `Linked by the user at import (${date}).` }],
			TABLE_SPECS.theme_indicator_map.map((s) => s.name)
		);
	}
	return {
		id: ctx.id,
		kind: 'indicator',
		fileName: ctx.fileName,
		importedAt: ctx.now.toISOString(),
		label,
		rows: accepted.rows,
		setAside: accepted.setAside,
		notes,
		tables
	};
}

type Row = Record<string, string | number | null>;

/** The years Kloofmeter has inhabitants for, and which of a file's years can and cannot be put per 1.000 inwoners. */
export function populationYears(population: Readonly<Record<string, number>>, periods: readonly number[]): { known: number[]; used: number[]; missing: number[] } {
	const known = [...new Set(Object.keys(population).map((k) => Number(k.split('|')[1])))].sort((a, b) => a - b);
	return { known, used: periods.filter((p) => known.includes(p)), missing: periods.filter((p) => !known.includes(p)) };
}

/**
 * A count per 1.000 inwoners, with the inhabitants Kloofmeter has on 1 January of the figure's own year (CBS
 * Kerncijfers wijken en buurten). Years never mix: a year without an inhabitant count is not computed, and the
 * notes say which years were and which were not. No year at all refuses the request with the years there are.
 */
function perThousand(values: readonly Row[], label: string, form: IndicatorForm, ctx: IndicatorContext): Outcome<{ indicatorId: string; indicator: Row; values: Row[]; notes: Phrase[] }> {
	const population = ctx.population ?? {};
	const { known } = populationYears(population, []);
	const rateLabel = `${label} per 1.000 inwoners`;
	const indicatorId = indicatorIdFor(rateLabel);
	const out: Row[] = [];
	const used = new Set<number>();
	const noYear = new Set<number>();
	const noGemeente = new Map<number, number>();
	for (const v of values) {
		const year = v.period as number;
		if (!known.includes(year)) {
			noYear.add(year);
			continue;
		}
		const inhabitants = population[`${v.area_code}|${year}`];
		if (!inhabitants) {
			noGemeente.set(year, (noGemeente.get(year) ?? 0) + 1);
			continue;
		}
		used.add(year);
		out.push({ ...v, indicator_id: indicatorId, value: Math.round(((v.value as number) * 1000 * 10000) / inhabitants) / 10000 });
	}
	const list = (ys: Iterable<number>) => [...ys].sort((a, b) => a - b).join(', ');
	if (out.length === 0)
		return fail(problem('perThousandNoYear', { missing: list(noYear), known: list(known) }, null, { field: 'perThousand' }));
	const years = list(used);
	const notes: Phrase[] = [phrase('import.note.perThousand', { years })];
	if (noYear.size > 0) notes.push(phrase('import.note.perThousandNoYear', { missing: list(noYear), known: list(known) }));
	for (const [year, n] of noGemeente) notes.push(phrase('import.note.perThousandNoGemeente', { n, year }));
	if (form.themeId) notes.push(phrase('import.note.perThousandTheme'));
	const date = ctx.now.toISOString().slice(0, 10);
	return ok({
		indicatorId,
		values: out,
		notes,
		indicator: {
			indicator_id: indicatorId,
			label_nl: rateLabel,
			label_en: `${label} per 1,000 inhabitants`,
			unit: 'per_1000',
			direction: form.direction,
			lens: form.direction === 'neutral' ? 'context' : (form.lens ?? 'geregistreerd'),
			area_level: 'gemeente',
			source_ids: `import_${ctx.id}`,
			periods: years.replaceAll(', ', ';'),
			description_nl: `Berekend uit "${label}" (eigen import uit ${ctx.fileName}, ${date}) en het aantal inwoners op 1 januari van hetzelfde jaar (CBS Kerncijfers wijken en buurten; inwonertal van ${years}).`,
			description_en: `Computed from "${label}" (own import from ${ctx.fileName}, ${date}) and the inhabitants on 1 January of the same year (CBS Key figures for districts and neighbourhoods; inhabitants of ${years}).`,
			caveat_nl: `Eigen import, per 1.000 inwoners op 1 januari ${years}: niet door Kloofmeter gecontroleerd.`
		}
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

/** A refusal names a few of what was set aside, not all twelve kept. */
const firstExamples = (examples: readonly Phrase[]): Phrase => ({ list: examples.slice(0, 3), separator: '; ' });

const decimalName = (decimal: ',' | '.') => phrase(decimal === ',' ? 'import.phrase.decimal.comma' : 'import.phrase.decimal.point');
