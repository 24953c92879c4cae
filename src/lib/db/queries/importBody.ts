/**
 * The body of a large figures file, read and checked by DuckDB: the statements behind src/lib/import/engine.ts.
 * The head (title lines, header, delimiter, decimal, which column is what) was analysed in TypeScript; these read
 * the same cells from the rest of the file and classify each as the TypeScript checks would (indicatorPlan.ts):
 * a region set aside, a value to keep, or a problem, so only the few reported cells come back to be worded.
 *
 * The file is scanned, not staged: a 200 MB body kept as text would not fit the engine's memory twice over. A
 * first scan reads the lines raw and refuses the file for a line the TypeScript analysis refuses it for (bodyLines);
 * only then, with every line one record of fields, are the cells read: a second scan finds the distinct region and period texts and where the footer starts; a third keeps one small row
 * per value cell (its place, region and code ids, period, value, verdict); a fourth, only when a refusal names cells,
 * reads those cells' text again. Records are numbered in file order (row_number() over the single-threaded scan).
 *
 * Tables are named by the caller (import_<id>_…), who drops them; the verdicts are TEMP, so a lost connection
 * takes them along.
 */
import { quoteIdent, statement, type Statement } from '../sql';

/** What a cell is, in the order the TypeScript loop decides it; kept as its place in this list (1 = aggregate). */
export const VERDICTS = ['aggregate', 'former', 'unknown', 'missing', 'existing', 'problem', 'noYear', 'keep'] as const;
export type Verdict = (typeof VERDICTS)[number];
const V = (v: Verdict) => String(VERDICTS.indexOf(v) + 1);
/** The CBS markers, kept as their place in this list (1 = '.'). */
export const MARKERS = ['.', 'x', '-', '?'] as const;
const ASIDE = `(${V('aggregate')}, ${V('former')}, ${V('unknown')}, ${V('missing')}, ${V('existing')})`;

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
/** Whether a cell holds more than white space: a visible ASCII first character settles it. */
const filledCell = (c: number) => `CASE WHEN ascii(${col(c)}) BETWEEN 33 AND 126 THEN 1 WHEN ${col(c)} IS NULL THEN 0 ELSE (trim(${col(c)}, ${literal(JS_TRIM)}) <> '')::INTEGER END`;
/** How many cells of a row hold more than white space (the TypeScript analysis's `filled`). */
const filledCells = (width: number) => Array.from({ length: width }, (_, c) => filledCell(c)).join(' + ');
/**
 * A list of record numbers, as DOUBLE[]: the page's engine hands BIGINT out as doubles (castBigIntToDouble), and a
 * BIGINT list then arrives typed Float64 with its int64 bits unconverted (7.7e-318 for 1,555,249).
 */
const numberList = (aggregate: string) => `(${aggregate})::DOUBLE[]`;
const int = (n: number | null) => (n === null ? 'NULL' : String(Math.trunc(n)));

export interface BodySource {
	readonly file: string;
	readonly width: number;
	/** Lines before the first data record. */
	readonly skip: number;
	readonly delimiter: string;
}

/**
 * The body's records in file order, numbered from 0 (`i`), with columns c0…: explicit columns and no sniffing (the
 * head already said what the file is), short rows padded, fields past the header's dropped (as the TypeScript path
 * ignores a column its sample has nothing in). Not strict: bodyLines has already refused a line with a quote papaparse
 * would not read, so no record runs over lines. DuckDB skips blank lines; engine.ts counts them back.
 */
function records(src: BodySource): string {
	const columns = Array.from({ length: src.width }, (_, c) => `${literal(`c${c}`)}: 'VARCHAR'`).join(', ');
	return (
		`(SELECT row_number() OVER () - 1 AS i, * FROM read_csv(${literal(src.file)}, header = false, skip = ${int(src.skip)}, ` +
		`delim = ${literal(src.delimiter)}, quote = '"', escape = '"', auto_detect = false, null_padding = true, ` +
		`strict_mode = false, encoding = 'utf-8', columns = {${columns}}))`
	);
}

/**
 * The first scan: each distinct region text as read (the caller trims and judges them; trimming 7.8 million cells
 * here cost more than the reading), with its first record, and each period text; and, in the row with neither
 * (g = 3), the last record with two filled cells and the last thousand records with one (the footer is those after it).
 */
export function bodyKeys(src: BodySource, cols: BodyColumns): Statement {
	const period = cols.periodCol === null ? `''` : `coalesce(${col(cols.periodCol)}, '')`;
	return statement(
		`WITH t AS (SELECT i, ${col(cols.regionCol)} AS region, ${period} AS praw, ${filledCells(src.width)} AS filled FROM ${records(src)})
SELECT GROUPING(region, praw) AS g, region, praw, min(i) AS first, max(i) FILTER (WHERE filled >= 2) AS last, ${numberList('max(i, 1000) FILTER (WHERE filled = 1)')} AS ones
FROM t GROUP BY GROUPING SETS ((region), (praw), ())`
	);
}

/** How a region is set aside, as the regions table's `kind` holds it (0: a gemeente or area, kept). */
export const REGION_KINDS = { aggregate: 1, former: 2, unknown: 3 } as const;

export interface VerdictOptions {
	readonly last: number;
	readonly numberPattern: string;
	readonly decimal: ',' | '.';
	readonly formPeriod: number | null;
	readonly unit: string;
	/**
	 * Lookup tables: regions (raw: the text as read, rid, kind as REGION_KINDS or 0, cid, code; a text that trims to
	 * nothing is left out, and with it its records), periods (raw, year), known (`code|period` keys as key, or null
	 * when the indicator has none yet).
	 */
	readonly regions: string;
	readonly periods: string;
	readonly known: string | null;
}

/**
 * The second scan: one row per value cell of the chosen measure (rows up to `last` with a region), with its verdict,
 * in the order the TypeScript loop gives it (indicatorPlan.ts planIndicatorImport). `pos` is record × 4096 + the
 * cell's place among the value columns. The number test is the TypeScript parser's (parseNumberCell): a cell that
 * is a number as it stands (nearly all) is read as it is; only the others are trimmed, their spaces taken out and
 * tested for a marker. No parameters: the statement is streamed, so a cancel reaches it.
 */
export function verdictsOf(table: string, src: BodySource, cols: BodyColumns, o: VerdictOptions): Statement {
	const period = cols.periodCol === null ? `''` : `coalesce(b.${col(cols.periodCol)}, '')`;
	const branches = cols.valueCols
		.map((v, k) => `SELECT i * 4096 + ${k} AS pos, rid, cid, rkind, code, year, ${int(v.period)} AS hperiod, coalesce(${col(v.c)}, '') AS raw FROM body`)
		.join(' UNION ALL ');
	const pattern = literal(o.numberPattern);
	const number = (x: string) => (o.decimal === ',' ? `replace(replace(${x}, '.', ''), ',', '.')` : `replace(${x}, ',', '')`);
	const counted = o.unit === 'count' || o.unit === 'persons';
	const markers = `[${MARKERS.map(literal).join(', ')}]`;
	const K = REGION_KINDS;
	return statement(
		`CREATE TEMP TABLE ${quoteIdent(table)} AS
WITH body AS (
	SELECT b.*, r.rid, r.cid, r.rkind, r.code, p.year FROM ${records(src)} b
	JOIN (SELECT raw, rid::INTEGER AS rid, nullif(cid, '')::INTEGER AS cid, kind::UTINYINT AS rkind, code FROM ${quoteIdent(o.regions)}) r ON r.raw = b.${col(cols.regionCol)}
	JOIN (SELECT raw, TRY_CAST(nullif(year, '') AS INTEGER) AS year FROM ${quoteIdent(o.periods)}) p ON p.raw = ${period}
	WHERE b.i <= ${int(o.last)}
),
long AS (${branches}),
plain AS (SELECT *, regexp_full_match(raw, ${pattern}) AS plain FROM long),
text AS (SELECT *, CASE WHEN plain THEN NULL ELSE replace(${jsTrim('raw')}, chr(160), ' ') END AS t FROM plain),
cell AS (
	SELECT pos, rid, cid, rkind, code, list_position(${markers}, t)::UTINYINT AS marker,
		CASE WHEN plain THEN ${number('raw')} ELSE ${number(`replace(t, ' ', '')`)} END AS number,
		CASE WHEN plain THEN 'number' WHEN t = '' OR list_position(${markers}, t) IS NOT NULL THEN 'missing' WHEN regexp_full_match(replace(t, ' ', ''), ${pattern}) THEN 'number' ELSE 'invalid' END AS numkind,
		coalesce(year, hperiod, ${int(o.formPeriod)}) AS period
	FROM text
),
v AS (SELECT *, TRY_CAST(number AS DOUBLE) AS value FROM cell)
SELECT pos, rid, cid, period, value, marker, (CASE
	WHEN rkind = ${K.aggregate} THEN ${V('aggregate')}
	WHEN rkind = ${K.former} THEN ${V('former')}
	WHEN rkind = ${K.unknown} THEN ${V('unknown')}
	WHEN numkind = 'invalid' THEN ${V('problem')}
	WHEN numkind = 'number' AND (value IS NULL OR isinf(value)) THEN ${V('problem')}
	WHEN numkind <> 'number' THEN ${V('missing')}
	WHEN period IS NULL THEN ${V('noYear')}
	WHEN ${counted ? 'value < 0' : 'false'} THEN ${V('problem')}
	WHEN ${o.unit === 'percent' ? '(value < 0 OR value > 100)' : 'false'} THEN ${V('problem')}
	WHEN ${o.known === null ? 'false' : `code || '|' || period IN (SELECT key FROM ${quoteIdent(o.known)})`} THEN ${V('existing')}
	ELSE ${V('keep')} END)::UTINYINT AS verdict
FROM v`
	);
}

/**
 * The cells that refuse the file, first ones first: a problem, a missing year, or a second value for one code and
 * period (with the place of the first). At most `max`; one more than the caller reports tells it stopped.
 */
export function refusedCells(verdicts: string, max: number): Statement {
	const v = quoteIdent(verdicts);
	return statement(
		`WITH d AS (SELECT cid, period, min(pos) AS first FROM ${v} WHERE verdict = ${V('keep')} GROUP BY cid, period HAVING count(*) > 1)
SELECT v.pos, v.rid, v.period, v.verdict, d.first AS earlier
FROM ${v} v LEFT JOIN d ON v.verdict = ${V('keep')} AND d.cid = v.cid AND d.period = v.period
WHERE v.verdict IN (${V('problem')}, ${V('noYear')}) OR (d.first IS NOT NULL AND v.pos <> d.first)
ORDER BY v.pos LIMIT ${int(max)}`
	);
}

/** The third scan, for a refusal: the text of the value columns in these records. */
export function cellsAt(src: BodySource, cols: BodyColumns, recordsAt: readonly number[]): Statement {
	const values = cols.valueCols.map((v, k) => `coalesce(${col(v.c)}, '') AS ${quoteIdent(`v${k}`)}`).join(', ');
	return statement(`SELECT i, ${values} FROM ${records(src)} WHERE i IN (${recordsAt.map(int).join(', ') || 'NULL'})`);
}

/** What was set aside, per reason, in the order the reasons first occur. */
export const asideCounts = (verdicts: string): Statement =>
	statement(`SELECT verdict, count(*) AS n, min(pos) AS first FROM ${quoteIdent(verdicts)} WHERE verdict IN ${ASIDE} GROUP BY verdict ORDER BY first`);

/**
 * The first `max` distinct examples per reason (a region; a region and its marker; a region and its period), in
 * the order they first occur, for the TypeScript tally's words.
 */
export function asideExamples(verdicts: string, max: number): Statement {
	return statement(
		`SELECT verdict, rid, marker, period FROM (
	SELECT verdict, rid, CASE WHEN verdict = ${V('missing')} THEN marker END AS marker, CASE WHEN verdict = ${V('existing')} THEN period END AS period, min(pos) AS first
	FROM ${quoteIdent(verdicts)} WHERE verdict IN ${ASIDE} GROUP BY ALL
) QUALIFY row_number() OVER (PARTITION BY verdict ORDER BY first) <= ${int(max)} ORDER BY verdict, first`
	);
}

/** The kept values: how many, which periods, and which code ids. */
export const keptSummary = (verdicts: string): Statement =>
	statement(`SELECT count(*) AS n, string_agg(DISTINCT period::VARCHAR, ';') AS periods, string_agg(DISTINCT cid::VARCHAR, ';') AS cids FROM ${quoteIdent(verdicts)} WHERE verdict = ${V('keep')}`);

/**
 * The kept values as indicator_values rows (the types toArrowIpc gives: text and doubles), with the indicator and
 * source from a one-row table (`meta`: indicator_id, source_id), so the statement has no parameters and its Arrow
 * bytes can be taken as the engine writes them. Unordered: sorting 7.6 million rows back into file order cost a
 * quarter of a 200 MB import, and a table's rows have no order.
 */
export const keptValues = (verdicts: string, codes: string, meta: string): Statement =>
	statement(
		`SELECT m.indicator_id, c.code AS area_code, v.period::DOUBLE AS period, v.value, NULL::VARCHAR AS status, 2025::DOUBLE AS boundary_year, m.source_id
FROM ${quoteIdent(verdicts)} v JOIN ${quoteIdent(codes)} c ON c.cid::INTEGER = v.cid CROSS JOIN ${quoteIdent(meta)} m WHERE v.verdict = ${V('keep')}`
	);

export const dropTable = (table: string): Statement => statement(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);

/**
 * Before any cell is read: each line of the body as the TypeScript analysis checks the whole file (statline.ts
 * analyseTable), so a file with a bad line beyond the head is refused the way a small one is, at its line, instead of
 * read with its columns shifted or its rows run together. The lines come raw (no quoting, a delimiter no text uses,
 * whatever follows one rejoined). Two findings, in the order the TypeScript checks report them:
 * - `mixed`: the first 25 lines with none of the header's delimiter outside quotes and one of `others`
 *   (statline.ts mixedDelimiterRows), each as line × others.length + that delimiter's place in `others` (the first found);
 * - `quote`: the first line papaparse would read a quote error in: a field that opens a quote and does not close it
 *   on its line, or closes it and goes on (only spaces may follow, then the delimiter). A quote inside an unquoted
 *   field is text, as papaparse reads it. A quoted value over several lines is refused here; StatLine has none.
 * Blank lines are skipped, as in the records: a line's number is its record's.
 */
const LINE_SPLIT = '\u0001';
/** As many mixed lines as the TypeScript check lists. */
export const MAX_MIXED = 25;

export function bodyLines(src: BodySource, others: readonly string[]): Statement {
	const d = src.delimiter;
	const re = d === '|' ? '\\|' : d;
	const field = `(?:"(?:[^"]|"")*" *|[^"${re}][^${re}]*|)`;
	const pattern = `${field}(?:${re}${field})*`;
	// A delimiter outside quotes, as the quotes pair up left to right (what the quoted texts' removal leaves): after
	// any run of other characters and whole quoted texts, or after a last quote that never closes. Most lines have
	// one, and only the others are stripped of their quoted texts (bare), which cost four times the file's reading.
	const outside = `^(?:[^"${re}]|"[^"]*")*(?:${re}|"[^"]*${re}[^"]*$)`;
	// Nearly every line is fields without a quote inside an unquoted one, two or more: such a line has no quote error
	// and its delimiters are outside quotes however the quotes pair up, so one expression settles it.
	const plainField = `(?:"(?:[^"]|"")*" *|[^"${re}][^"${re}]*|)`;
	const fine = `${plainField}(?:${re}${plainField})+`;
	const other = `CASE ${others.map((x, k) => (x === d ? '' : `WHEN contains(bare, ${literal(x)}) THEN ${k}`)).join(' ')} END`;
	return statement(
		`WITH l AS (
	SELECT row_number() OVER () - 1 AS i, CASE WHEN rest IS NULL THEN line ELSE line || ${literal(LINE_SPLIT)} || rest END AS line
	FROM read_csv(${literal(src.file)}, header = false, skip = ${int(src.skip)}, delim = ${literal(LINE_SPLIT)}, quote = '', escape = '', auto_detect = false,
		null_padding = true, strict_mode = false, encoding = 'utf-8', columns = {'line': 'VARCHAR', 'rest': 'VARCHAR'})
),
f AS (SELECT i, line, regexp_full_match(line, ${literal(fine)}) AS fine FROM l),
s AS (
	SELECT i, CASE WHEN fine THEN NULL WHEN regexp_matches(line, ${literal(outside)}) THEN NULL WHEN contains(line, '"') THEN regexp_replace(line, '"[^"]*"', '""', 'g') ELSE line END AS bare,
		CASE WHEN fine THEN false WHEN contains(line, '"') THEN NOT regexp_full_match(line, ${literal(pattern)}) ELSE false END AS unread
	FROM f
)
SELECT ${numberList(`min(i * ${others.length} + ${other}, ${MAX_MIXED}) FILTER (WHERE ${other} IS NOT NULL)`)} AS mixed,
	min(i) FILTER (WHERE unread) AS quote
FROM s`
	);
}
