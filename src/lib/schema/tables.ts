/**
 * The tables the app ships, with the column types the loader enforces (data/SCHEMA.md is the contract).
 * Kept apart from the loader so Node tests and the data build can check the files against the same specs.
 */
import type { ColumnSpec, ColumnType } from './pipeline';

// Each helper keeps its column's literal name, type and required flag, so RowOf below can be read off the specs.
// NoInfer: inside TABLE_SPECS the `satisfies` below would otherwise widen an omitted flag to `boolean`.
type Spec<N extends string, T extends ColumnType, R extends boolean> = { readonly name: N; readonly type: T; readonly required: NoInfer<R> };
const s = <const N extends string, const R extends boolean = false>(name: N, required = false as R): Spec<N, 'string', R> => ({ name, type: 'string', required });
const n = <const N extends string, const R extends boolean = false>(name: N, required = false as R): Spec<N, 'number', R> => ({ name, type: 'number', required });
const int = <const N extends string, const R extends boolean = false>(name: N, required = false as R): Spec<N, 'integer', R> => ({ name, type: 'integer', required });
/** Area codes are required unless said otherwise: a row is about an area. */
const code = <const N extends string, const R extends boolean = true>(name: N, required = true as R): Spec<N, 'code', R> => ({ name, type: 'code', required });

export const TABLE_SPECS = {
	gemeenten: [
		code('code'),
		s('name', true),
		s('province', true),
		n('inhabitants'),
		n('area_land_km2'),
		n('density_per_km2'),
		n('urbanity')
	],
	area_names: [s('name_form', true), s('normalised', true), code('code', false), s('status', true), s('note')],
	indicators: [
		s('indicator_id', true),
		s('label_nl', true),
		s('label_en', true),
		s('unit', true),
		s('direction', true),
		s('lens'),
		s('area_level', true),
		s('source_ids', true),
		s('periods'),
		s('description_nl'),
		s('description_en'),
		s('caveat_nl')
	],
	indicator_values: [
		s('indicator_id', true),
		code('area_code'),
		int('period', true),
		n('value', true),
		s('status'),
		int('boundary_year', true),
		s('source_id', true)
	],
	/** The 95% interval of a surveyed value (key as indicator_values); only imports fill it. */
	indicator_margins: [s('indicator_id', true), code('area_code'), int('period', true), n('lower', true), n('upper', true)],
	sources: [
		s('source_id', true),
		s('publisher', true),
		s('table_id'),
		s('title', true),
		s('licence'),
		s('url'),
		s('via'),
		s('caveat_nl')
	],
	themes: [
		s('theme_id', true),
		s('label_nl', true),
		s('label_en', true),
		s('definition_nl', true),
		s('definition_en', true),
		s('domain')
	],
	theme_indicator_map: [s('theme_id', true), s('indicator_id', true), s('role'), s('rationale_nl', true), s('rationale_en')],
	trajectories: [
		s('trajectory_id', true),
		code('gemeente_code'),
		s('title', true),
		s('question_nl'),
		s('period_start'),
		s('period_end'),
		int('reference_year'),
		s('focus_wijken'),
		s('method_nl'),
		s('partners'),
		s('scope_themes'),
		s('scope_note_nl'),
		s('aanleiding_nl'),
		s('opvolging_nl'),
		s('gemeente_vergelijking_nl'),
		s('applies_beyond_wijk_nl'),
		s('source_complete'),
		s('source_ref'),
		s('reconstructed')
	],
	conversations: [
		s('trajectory_id', true),
		s('respondent_group', true),
		int('n_conversations'),
		s('quantifier'),
		s('detail_nl'),
		s('source_ref')
	],
	findings: [
		s('finding_id', true),
		s('trajectory_id', true),
		s('theme_id', true),
		s('stance', true),
		int('severity'),
		s('wijk'),
		s('speaker'),
		s('respondent_group'),
		s('source_type'),
		s('respondent_id'),
		s('quantifier'),
		s('subject_quantifier'),
		s('researcher_assessment'),
		s('paraphrase_nl', true),
		s('anchor'),
		s('source_ref')
	],
	programme_findings: [
		s('finding_id', true),
		s('theme_id', true),
		s('stance', true),
		s('speaker', true),
		s('paraphrase_nl', true),
		s('anchor', true),
		s('source_ref', true)
	]
} as const satisfies Record<string, readonly ColumnSpec[]>;

export type TableName = keyof typeof TABLE_SPECS;
export const TABLE_NAMES = Object.keys(TABLE_SPECS) as TableName[];

/**
 * The levels the shipped values come in, one Arrow file each (scripts/build-arrow.ts): a view whose every query keeps
 * to gemeenten (the overview) loads only the gemeente rows, a quarter of the values, and its first answer comes
 * sooner (#15). A gemeente's code starts with GM; wijken (WK) and buurten (BU) are the rest.
 */
export type ValueLevel = 'gemeente' | 'wijk';
export const VALUE_LEVELS: readonly ValueLevel[] = ['gemeente', 'wijk'];
export const valueLevelOf = (areaCode: string): ValueLevel => (areaCode.startsWith('GM') ? 'gemeente' : 'wijk');

type Column<N extends TableName> = (typeof TABLE_SPECS)[N][number];
/** What `typeRecords` gives for a column: numbers for number and integer columns, strings for string and code. */
type CellOf<C extends ColumnSpec> = (C['type'] extends 'number' | 'integer' ? number : string) | (C['required'] extends true ? never : null);

/**
 * A typed row of a shipped table, read off its spec: `typeRecords` (pipeline.ts) refuses a record with an empty
 * required cell, so only the other columns can be null.
 */
export type RowOf<N extends TableName> = { readonly [C in Column<N> as C['name']]: CellOf<C> };

/** The rows of a table by name, typed by its spec: the shipped CSV files at build time, DuckDB in the browser. */
export type ReadTable = <N extends TableName>(name: N) => readonly RowOf<N>[];
