/**
 * SQL text helpers. Pure: no DuckDB import, so the same statements run on duckdb-wasm in the browser and on
 * @duckdb/node-api in tests.
 *
 * Values always travel as parameters (`?` placeholders); only identifiers are spliced into text, and only through
 * `quoteIdent`, because names of tables and columns can come from user files.
 */

export type SqlValue = string | number | boolean | null;

/** A statement with positional `?` parameters, in order. */
export interface Statement {
	readonly text: string;
	readonly params: readonly SqlValue[];
}

/** Quotes an identifier for DuckDB: wraps it in double quotes and doubles any quote inside. */
export function quoteIdent(name: string): string {
	if (name.length === 0) throw new Error('Lege naam voor een tabel of kolom');
	if (name.includes('\u0000')) throw new Error('Naam met een NUL-teken is niet toegestaan');
	return `"${name.replace(/"/g, '""')}"`;
}

/** `?, ?, ?` for a list of n values, for `IN (...)`; an empty list yields `NULL` so `x IN (NULL)` matches nothing. */
export function placeholders(n: number): string {
	return n === 0 ? 'NULL' : Array.from({ length: n }, () => '?').join(', ');
}

export function statement(text: string, params: readonly SqlValue[] = []): Statement {
	// Quoted literals and identifiers may contain a '?' that is not a placeholder.
	const unquoted = text.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"/g, '');
	const count = (unquoted.match(/\?/g) ?? []).length;
	if (count !== params.length) {
		throw new Error(`SQL heeft ${count} parameters maar kreeg er ${params.length}`);
	}
	return { text, params };
}

/** A piece of a WHERE clause with its own parameters, so a condition and its values are written once and stay in order. */
export interface Clause {
	readonly text: string;
	readonly params: readonly SqlValue[];
}

/**
 * `expression = value`, or true when value is null ("no filter"), so one statement serves every combination of
 * filters. `expression` is SQL written in code, never a user's name.
 */
export function equalsUnlessNull(expression: string, value: string | number | null, type: 'VARCHAR' | 'INTEGER'): Clause {
	return { text: `(?::${type} IS NULL OR ${expression} = ?)`, params: [value, value] };
}

export function allOf(...clauses: readonly Clause[]): Clause {
	return { text: clauses.map((c) => c.text).join(' AND '), params: clauses.flatMap((c) => c.params) };
}

/** Answers a statement with rows: the page's engine (db/client `queryRows`), or @duckdb/node-api in the Node tests. */
export type QueryRunner = <T extends Record<string, unknown>>(stmt: Statement) => Promise<T[]>;
