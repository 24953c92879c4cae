/**
 * Whether a console statement may run: one statement (a second one after a semicolon could do anything), of a kind
 * that only reads. The console also runs it inside a transaction it rolls back, so this is the first of two locks.
 */
const READING = /^(select|with|from|describe|show|summarize|explain|values|table|pragma\s+(table_info|show_tables|show_tables_expanded|database_list|storage_info))\b/i;

/** The statement without comments and quoted text, so keywords and semicolons inside strings do not count. */
function bare(sql: string): string {
	return sql
		.replace(/--[^\n]*/g, ' ')
		.replace(/\/\*[\s\S]*?\*\//g, ' ')
		.replace(/'(?:[^']|'')*'/g, "''")
		.replace(/"(?:[^"]|"")*"/g, '""')
		.trim()
		.replace(/;\s*$/, '');
}

export function isReadOnlySql(sql: string): boolean {
	const s = bare(sql);
	if (s === '' || s.includes(';')) return false;
	return READING.test(s);
}

/** The statement as DuckDB should get it: without a trailing semicolon. */
export function consoleStatement(sql: string): string {
	return sql.trim().replace(/;\s*$/, '').trim();
}
