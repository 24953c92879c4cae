/** SQL the import forms need: what an import is checked against (the import context), and further years' keys. */
import type { NameEntry } from '$lib/schema/names';
import { statement, type Statement } from '../sql';

export interface IndicatorKeyRow extends Record<string, unknown> {
	area_code: string;
	period: number;
}

/** The (area, period) pairs an indicator has values for: a further year must not repeat one. */
export function indicatorKeys(indicatorId: string): Statement {
	return statement('SELECT area_code, period FROM indicator_values WHERE indicator_id = ?', [indicatorId]);
}

export type AreaNameRow = NameEntry & Record<string, unknown>;

/** Every name form the shipped name table knows (current, renamed, merged), for matching a file's region names. */
export function areaNameRows(): Statement {
	return statement(`SELECT name_form, normalised, code, status, coalesce(note, '') AS note FROM area_names`);
}

export interface GemeenteNameRow extends Record<string, unknown> {
	code: string;
	name: string;
}

export function gemeenteNames(): Statement {
	return statement('SELECT code, name FROM gemeenten ORDER BY name');
}

/** An indicator as a form or a table names it. */
export interface IndicatorChoiceRow extends Record<string, unknown> {
	indicator_id: string;
	label_nl: string;
	label_en: string;
	unit: string;
	direction: string;
	lens: string | null;
}

/** The indicators a file's figures can be a further year of, by Dutch label. */
export function indicatorChoices(): Statement {
	return statement('SELECT indicator_id, label_nl, label_en, unit, direction, lens FROM indicators ORDER BY label_nl');
}

export interface RespondentGroupRow extends Record<string, unknown> {
	group: string;
}

/** The respondent groups loaded trajectories use, for mapping an import's own groups onto. */
export function respondentGroups(): Statement {
	return statement(
		`SELECT DISTINCT respondent_group AS "group" FROM conversations
		 UNION SELECT DISTINCT respondent_group FROM findings WHERE respondent_group IS NOT NULL
		 ORDER BY 1`
	);
}

export interface InhabitantsRow extends Record<string, unknown> {
	area_code: string;
	period: number;
	value: number;
}

/** Inhabitants on 1 January per gemeente and year, as Kloofmeter has them, for figures per 1.000 inwoners. */
export function inhabitantsByYear(indicatorId: string): Statement {
	return statement('SELECT area_code, period, value FROM indicator_values WHERE indicator_id = ? AND area_code IN (SELECT code FROM gemeenten)', [indicatorId]);
}
