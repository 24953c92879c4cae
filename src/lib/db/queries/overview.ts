import { quoteIdent, statement, type Statement } from '../sql';

export interface GemeenteSizeRow extends Record<string, unknown> {
	code: string;
	name: string;
	province: string;
	inhabitants: number;
}

/** Every gemeente with its inhabitants, provinces in alphabetical order; optionally one province only. */
export function gemeenteSizes(province: string | null = null): Statement {
	return statement(
		`SELECT code, name, province, inhabitants
		   FROM gemeenten
		  WHERE inhabitants IS NOT NULL AND (? IS NULL OR province = ?)
		  ORDER BY province, inhabitants DESC, code`,
		[province, province]
	);
}

export interface LoadedSummaryRow extends Record<string, unknown> {
	gemeenten: number;
	provinces: number;
	inhabitants: number;
}

export function loadedSummary(): Statement {
	return statement(
		`SELECT count(*) AS gemeenten, count(DISTINCT province) AS provinces, sum(inhabitants) AS inhabitants
		   FROM gemeenten`
	);
}

export interface TableCountRow extends Record<string, unknown> {
	rows: number;
}

/** Row count of one loaded table; the name is quoted, since imported tables may carry any name. */
export function tableRowCount(table: string): Statement {
	return statement(`SELECT count(*) AS "rows" FROM ${quoteIdent(table)}`);
}
