/**
 * What the SQL console may run, decided by DuckDB's own parser rather than by reading the text: a text-level
 * allowlist cannot tell a semicolon in a string (`SELECT '--'; COMMIT`) or a dollar-quoted one (`SELECT $$;$$`)
 * from a real one. The console (./console.ts) does three things with the statement:
 *
 * 1. prepares it as written: DuckDB refuses more than one statement ("Cannot prepare multiple statements") and an
 *    empty one, and nothing is executed by preparing;
 * 2. prepares it inside `SELECT * FROM ( … ) LIMIT n`: only a query (SELECT, FROM-first, WITH, VALUES, DESCRIBE,
 *    SUMMARIZE, SHOW) parses there, so whatever runs is one SELECT statement, and it returns at most n rows;
 * 3. runs that wrapped statement in a READ ONLY transaction on a connection of its own, rolled back afterwards.
 *
 * The engine itself (./engine.ts) has external access switched off and its configuration locked, so no query can
 * read a file or a URL, load an extension or change a setting back.
 */

/** The prefix under which the app registers its own files with DuckDB (see ENGINE_LOCKDOWN). */
export const LOCAL_FILE_PREFIX = 'kloofmeter-local/';

/** The engine's settings, applied once when it starts; the order matters (the lock comes last). */
export const ENGINE_LOCKDOWN: readonly string[] = [
	// Offline, an auto-install waits forever on the extension download; nothing we ship needs an extension.
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false',
	// Files the app itself registers (the diagnostics page's CSV) live under this prefix; nothing else is readable.
	`SET allowed_directories = ['${LOCAL_FILE_PREFIX}']`,
	// No read_csv('http://…'), no 'file.csv' as a table, no COPY … TO, no ATTACH of a file.
	'SET enable_external_access = false',
	// And no statement can switch any of the above back.
	'SET lock_configuration = true'
];

/** The most rows the console shows; the query is wrapped in LIMIT this + 1, so "more" can be told. */
export const CONSOLE_MAX_ROWS = 500;

/** The statement without surrounding white space and trailing semicolons (which cannot stand inside parentheses). */
export function consoleStatement(sql: string): string {
	return sql.replace(/[\s;]+$/, '').trim();
}

/**
 * The statement as the console runs it: inside a SELECT, so only a query parses, with a LIMIT. The newlines keep a
 * trailing line comment from swallowing the closing parenthesis.
 */
export function wrapConsoleSql(sql: string, maxRows = CONSOLE_MAX_ROWS): string {
	return `SELECT * FROM (\n${consoleStatement(sql)}\n) AS kloofmeter_console LIMIT ${Math.max(1, Math.floor(maxRows)) + 1}`;
}

export type RefusalKind = 'empty' | 'several' | 'notQuery' | 'external' | 'write';

/** Why DuckDB refused a console statement, from its error; null when the error is an ordinary mistake in SQL. */
export function refusalOf(message: string, step: 'asWritten' | 'wrapped'): RefusalKind | null {
	if (/No statement to prepare/i.test(message)) return 'empty';
	if (/multiple statements/i.test(message)) return 'several';
	if (/file system operations are disabled|Permission Error/i.test(message)) return 'external';
	if (/read-only mode|read only/i.test(message)) return 'write';
	// A statement that prepared as written but not inside SELECT * FROM ( … ) is not a query.
	if (step === 'wrapped' && /Parser Error/i.test(message)) return 'notQuery';
	return null;
}
