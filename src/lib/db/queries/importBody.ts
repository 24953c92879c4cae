/**
 * The body of a large figures file, read and checked by DuckDB: the statements behind src/lib/import/engine.ts.
 * The head (title lines, header, delimiter, decimal, which column is what) was analysed in TypeScript; these read
 * the same cells from the rest of the file and classify each as the TypeScript checks would (indicatorPlan.ts):
 * a region set aside, a value to keep, or a problem, so only the few reported cells come back to be worded.
 *
 * Tables are TEMP (they live on the import's own connection and die with it) and named by the caller.
 */
import { quoteIdent, statement, type Statement } from '../sql';

/** What a cell is, in the order the TypeScript loop decides it. */
export const VERDICTS = ['aggregate', 'former', 'unknown', 'missing', 'existing', 'problem', 'noYear', 'keep'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** JavaScript's String.prototype.trim set (what the TypeScript checks trim), for DuckDB's trim(text, characters). */
export const JS_TRIM = ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

export interface BodyColumns {
	readonly width: number;
	readonly regionCol: number;
	readonly periodCol: number | null;
	/** The value columns of the chosen measure, in file order, each with the period its header names. */
	readonly valueCols: readonly { readonly c: number; readonly period: number | null }[];
}

const col = (c: number) => quoteIdent(`c${c}`);
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;
/**
 * Trimmed as JavaScript trims. Nearly every cell starts and ends with a visible ASCII character, which no trimming
 * removes: those skip the (slow) trim over a set of characters.
 */
const jsTrim = (x: string) => `CASE WHEN ascii(${x}) BETWEEN 33 AND 126 AND ascii(right(${x}, 1)) BETWEEN 33 AND 126 THEN ${x} ELSE trim(${x}, ${literal(JS_TRIM)}) END`;
const trimmed = (c: number) => jsTrim(`coalesce(${col(c)}, '')`);
/** Whether a cell holds more than white space: a visible ASCII first character settles it. */
const filledCell = (c: number) => `CASE WHEN ascii(${col(c)}) BETWEEN 33 AND 126 THEN 1 WHEN ${col(c)} IS NULL THEN 0 ELSE (trim(${col(c)}, ${literal(JS_TRIM)}) <> '')::INTEGER END`;
/** How many cells of a row hold more than white space (the TypeScript analysis's `filled`). */
const filledCells = (width: number) => Array.from({ length: width }, (_, c) => filledCell(c)).join(' + ');
const int = (n: number | null) => (n === null ? 'NULL' : String(Math.trunc(n)));

/**
 * The body as text, one row per record, in file order (the table's rowid is the record's place after the header).
 * Explicit columns and no sniffing: the head already said what the file is. Rows that are too short are padded.
 */
export function stageBody(table: string, file: string, width: number, skip: number, delimiter: string): Statement {
	const columns = Array.from({ length: width }, (_, c) => `${literal(`c${c}`)}: 'VARCHAR'`).join(', ');
	return statement(
		`CREATE TEMP TABLE ${quoteIdent(table)} AS SELECT * FROM read_csv(${literal(file)}, header = false, skip = ${int(skip)}, ` +
			`delim = ${literal(delimiter)}, quote = '"', escape = '"', auto_detect = false, null_padding = true, ` +
			`strict_mode = false, encoding = 'utf-8', columns = {${columns}})`
	);
}

/**
 * One row per value cell of the chosen measure: the record, the column (k, its place among the value columns), the
 * region and period text, and the value as the TypeScript parser reads it (missing, a CBS marker, a number or not).
 * Rows after `last` are the footer (tailRows); rows without a region name give no cell. No parameters (the
 * pattern is one of ours): the statement is streamed, so a cancel reaches it.
 */
export function cellsOf(table: string, stage: string, cols: BodyColumns, last: number, numberPattern: string, decimal: ',' | '.'): Statement {
	const period = cols.periodCol === null ? `''` : `coalesce(${col(cols.periodCol)}, '')`;
	const branches = cols.valueCols
		.map((v, k) => `SELECT i, ${k} AS k, region, praw, ${int(v.period)} AS hperiod, coalesce(${col(v.c)}, '') AS raw FROM body`)
		.join(' UNION ALL ');
	const number = decimal === ',' ? `replace(replace(compact, '.', ''), ',', '.')` : `replace(compact, ',', '')`;
	return statement(
		`CREATE TEMP TABLE ${quoteIdent(table)} AS
WITH s AS (SELECT rowid AS i, ${trimmed(cols.regionCol)} AS region, ${period} AS praw, * FROM ${quoteIdent(stage)} WHERE rowid <= ${int(last)}),
body AS (SELECT * FROM s WHERE region <> ''),
long AS (${branches}),
text AS (SELECT *, replace(${jsTrim('raw')}, chr(160), ' ') AS t FROM long),
typed AS (SELECT *, replace(t, ' ', '') AS compact FROM text)
SELECT i, k, i * 4096 + k AS pos, region, praw, hperiod, raw, t,
	CASE WHEN t = '' THEN 'missing' WHEN t IN ('.', 'x', '-', '?') THEN 'marker' WHEN regexp_full_match(compact, ${literal(numberPattern)}) THEN 'number' ELSE 'invalid' END AS numkind,
	TRY_CAST(${number} AS DOUBLE) AS value
FROM typed`
	);
}

/**
 * How many cells hold more than white space, for the rows of the last `tail` records: the footer is found there
 * (rows with at most one filled cell after the last with two), without a pass over the whole body.
 */
export function tailRows(stage: string, width: number, tail: number): Statement {
	return statement(
		`SELECT rowid AS i, ${filledCells(width)} AS filled FROM ${quoteIdent(stage)} WHERE rowid > (SELECT max(rowid) FROM ${quoteIdent(stage)}) - ${int(tail)} ORDER BY i`
	);
}

/** The distinct region labels and period texts, for the TypeScript classifiers (a few thousand at most). */
export const distinctRegions = (cells: string): Statement => statement(`SELECT DISTINCT region FROM ${quoteIdent(cells)}`);
export const distinctPeriods = (cells: string): Statement => statement(`SELECT DISTINCT praw FROM ${quoteIdent(cells)}`);

export interface VerdictOptions {
	readonly formPeriod: number | null;
	readonly unit: string;
	/** A table of the `code|period` keys (column `key`) the continued indicator already has. */
	readonly existing: string;
}

/** Each cell's verdict, in the order the TypeScript loop gives it (indicatorPlan.ts planIndicatorImport). */
export function verdictsOf(table: string, cells: string, regions: string, periods: string, o: VerdictOptions): Statement {
	const counted = o.unit === 'count' || o.unit === 'persons';
	return statement(
		`CREATE TEMP TABLE ${quoteIdent(table)} AS
WITH v AS (
	SELECT c.i, c.k, c.pos, c.region, c.raw, c.t, c.numkind, c.value, r.kind AS rkind, nullif(r.code, '') AS code, coalesce(TRY_CAST(nullif(p.year, '') AS INTEGER), c.hperiod, ${int(o.formPeriod)}) AS period
	FROM ${quoteIdent(cells)} c JOIN ${quoteIdent(regions)} r ON r.label = c.region JOIN ${quoteIdent(periods)} p ON p.raw = c.praw
)
SELECT *, CASE
	WHEN rkind IN ('aggregate', 'former', 'unknown') THEN rkind
	WHEN numkind = 'invalid' THEN 'problem'
	WHEN numkind = 'number' AND (value IS NULL OR isinf(value)) THEN 'problem'
	WHEN numkind <> 'number' THEN 'missing'
	WHEN period IS NULL THEN 'noYear'
	WHEN ${counted ? 'value < 0' : 'false'} THEN 'problem'
	WHEN ${o.unit === 'percent' ? '(value < 0 OR value > 100)' : 'false'} THEN 'problem'
	WHEN code || '|' || period IN (SELECT key FROM ${quoteIdent(o.existing)}) THEN 'existing'
	ELSE 'keep' END AS verdict
FROM v`
	);
}

/**
 * The cells that refuse the file, first ones first: a problem, a missing year, or a second value for one region and
 * period (with the record of the first). One more than `max` tells whether the list stopped.
 */
export function refusedCells(verdicts: string, max: number): Statement {
	const v = quoteIdent(verdicts);
	return statement(
		`WITH d AS (SELECT code, period, min(pos) AS first FROM ${v} WHERE verdict = 'keep' GROUP BY code, period HAVING count(*) > 1)
SELECT v.i, v.k, v.region, v.raw, v.period, v.verdict, d.first // 4096 AS earlier
FROM ${v} v LEFT JOIN d ON v.verdict = 'keep' AND d.code = v.code AND d.period = v.period
WHERE v.verdict IN ('problem', 'noYear') OR (d.first IS NOT NULL AND v.pos <> d.first)
ORDER BY v.pos LIMIT ${int(max)}`
	);
}

const ASIDE = `('aggregate', 'former', 'unknown', 'missing', 'existing')`;

/** What was set aside, per reason, in the order the reasons first occur. */
export const asideCounts = (verdicts: string): Statement =>
	statement(`SELECT verdict, count(*) AS n, min(pos) AS first FROM ${quoteIdent(verdicts)} WHERE verdict IN ${ASIDE} GROUP BY verdict ORDER BY first`);

/** The first `max` distinct examples per reason, as the TypeScript tally words them. */
export function asideExamples(verdicts: string, max: number): Statement {
	return statement(
		`SELECT verdict, example FROM (
	SELECT verdict, CASE verdict WHEN 'missing' THEN region || CASE WHEN numkind = 'marker' THEN ' ("' || t || '")' ELSE '' END
		WHEN 'existing' THEN region || ' ' || period ELSE region END AS example, min(pos) AS first
	FROM ${quoteIdent(verdicts)} WHERE verdict IN ${ASIDE} GROUP BY ALL
) QUALIFY row_number() OVER (PARTITION BY verdict ORDER BY first) <= ${int(max)} ORDER BY verdict, first`
	);
}

/** The kept values: how many, which periods, whether any is a wijk or buurt. */
export const keptSummary = (verdicts: string): Statement =>
	statement(
		`SELECT count(*) AS n, string_agg(DISTINCT period::VARCHAR, ';') AS periods, bool_or(rkind = 'area') AS area FROM ${quoteIdent(verdicts)} WHERE verdict = 'keep'`
	);

export const keptAreas = (verdicts: string): Statement => statement(`SELECT DISTINCT code FROM ${quoteIdent(verdicts)} WHERE verdict = 'keep'`);

/** The kept values as indicator_values rows (the types toArrowIpc gives: text and doubles), in file order. */
export const keptValues = (verdicts: string, indicatorId: string, sourceId: string): Statement =>
	statement(
		`SELECT ?::VARCHAR AS indicator_id, code AS area_code, period::DOUBLE AS period, value, NULL::VARCHAR AS status, 2025::DOUBLE AS boundary_year, ?::VARCHAR AS source_id
FROM ${quoteIdent(verdicts)} WHERE verdict = 'keep' ORDER BY pos`,
		[indicatorId, sourceId]
	);

export const dropTable = (table: string): Statement => statement(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);
