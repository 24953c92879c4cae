import type { GemeenteValue } from '$lib/schema/geo';
import { quoteIdent, statement, type Statement } from '../sql';

export interface MapIndicatorRow extends Record<string, unknown> {
	indicator_id: string;
	label_nl: string;
	label_en: string;
	unit: string;
	direction: string;
	/** Periods with gemeente-level values, ascending. */
	periods: number[];
}

/** Indicators that can colour the map: those with values for gemeenten of the current boundaries. */
export function mapIndicators(): Statement {
	return statement(
		`SELECT i.indicator_id, i.label_nl, i.label_en, i.unit, i.direction, list(DISTINCT v.period ORDER BY v.period) AS periods
		   FROM indicators i JOIN indicator_values v ON v.indicator_id = i.indicator_id
		  WHERE v.area_code IN (SELECT code FROM gemeenten)
		  GROUP BY ALL
		  ORDER BY i.label_nl`
	);
}

/** The rows of mapValues: the map's own shape (schema/geo.ts), as DuckDB answers it. */
export interface MapValueRow extends GemeenteValue, Record<string, unknown> {}

/** Every gemeente with its value for one indicator and period (or none); optionally one province only. */
export function mapValues(indicatorId: string, period: number, province: string | null = null): Statement {
	return statement(
		`SELECT g.code, g.name, g.province, g.inhabitants, v.value, v.status, v.source_id
		   FROM gemeenten g
		   LEFT JOIN indicator_values v ON v.area_code = g.code AND v.indicator_id = ? AND v.period = ?
		  WHERE ?::VARCHAR IS NULL OR g.province = ?
		  ORDER BY g.province, g.code`,
		[indicatorId, period, province, province]
	);
}

export interface MapCountRow extends Record<string, unknown> {
	code: string;
	period: number;
	value: number;
}

/**
 * The counts behind a map's value in the years around its period (a rate is judged on its counts, a count on
 * itself): what the one-year-jump rule compares a year with. Gemeenten of the current boundaries only.
 */
export function mapCounts(countIndicatorId: string, period: number, years: number): Statement {
	return statement(
		`SELECT v.area_code AS code, v.period, v.value
		   FROM indicator_values v
		  WHERE v.indicator_id = ? AND v.period BETWEEN ? AND ? AND v.value IS NOT NULL
		    AND v.area_code IN (SELECT code FROM gemeenten)
		  ORDER BY v.area_code, v.period`,
		[countIndicatorId, period - years, period + years]
	);
}

export interface MapSourceRow extends Record<string, unknown> {
	source_id: string;
	publisher: string | null;
	title: string | null;
	via: string | null;
}

/** The sources of one indicator's gemeente values in one period, as their rows say them (the map's caption). */
export function mapSourceRows(indicatorId: string, period: number): Statement {
	return statement(
		`SELECT DISTINCT s.source_id, s.publisher, s.title, s.via
		   FROM indicator_values v JOIN sources s ON s.source_id = v.source_id
		  WHERE v.indicator_id = ? AND v.period = ? AND v.area_code IN (SELECT code FROM gemeenten)
		  ORDER BY s.source_id`,
		[indicatorId, period]
	);
}

export interface TableCountRow extends Record<string, unknown> {
	rows: number;
}

/** Row count of one loaded table; the name is quoted, since imported tables may carry any name. */
export function tableRowCount(table: string): Statement {
	return statement(`SELECT count(*) AS "rows" FROM ${quoteIdent(table)}`);
}
