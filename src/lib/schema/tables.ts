/**
 * The tables the app ships, with the column types the loader enforces (data/SCHEMA.md is the contract).
 * Kept apart from the loader so Node tests and the data build can check the files against the same specs.
 */
import type { ColumnSpec } from './pipeline';

const s = (name: string, required = false): ColumnSpec => ({ name, type: 'string', required });
const n = (name: string, required = false): ColumnSpec => ({ name, type: 'number', required });
const code = (name: string, required = true): ColumnSpec => ({ name, type: 'code', required });

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
		{ name: 'period', type: 'integer', required: true },
		n('value', true),
		s('status'),
		{ name: 'boundary_year', type: 'integer', required: true },
		s('source_id', true)
	],
	/** The 95% interval of a surveyed value (key as indicator_values); only imports fill it. */
	indicator_margins: [s('indicator_id', true), code('area_code'), { name: 'period', type: 'integer', required: true }, n('lower', true), n('upper', true)],
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
		{ name: 'reference_year', type: 'integer' },
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
		{ name: 'n_conversations', type: 'integer' },
		s('quantifier'),
		s('detail_nl'),
		s('source_ref')
	],
	findings: [
		s('finding_id', true),
		s('trajectory_id', true),
		s('theme_id', true),
		s('stance', true),
		{ name: 'severity', type: 'integer' },
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
