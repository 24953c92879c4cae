/**
 * The SQL console under attack, on both engines: @duckdb/node-api (the same DuckDB version) and duckdb-wasm's own
 * Node build (the browser's engine). Each engine is locked down as the page locks it (ENGINE_LOCKDOWN); every
 * attack is refused or answers harmlessly, and afterwards every table has the rows it had and no setting moved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, StatementType, type DuckDBConnection } from '@duckdb/node-api';
import { ConsoleRefusal, runConsoleOn, type ConsoleSession } from '../../../src/lib/db/console';
import { ENGINE_LOCKDOWN, consoleStatement, refusalOf, wrapConsoleSql } from '../../../src/lib/db/readOnly';
import { wasmConnection, type WasmConnection } from '../support/duckdbWasm';
import { consoleSessionOf } from '../support/duckdbNode';
import { parseDelimited, toArrowIpc, typeRecords, type ColumnSpec } from '../../../src/lib/schema/pipeline';

/**
 * The attacks from issue #19, and their kin. Each must be refused; `kind` is the refusal the user is told, or
 * 'error' where DuckDB's own error (a syntax or catalog error) stops it first.
 */
const ATTACKS: readonly { sql: string; kind: string }[] = [
	{ sql: "SELECT '--'; COMMIT; DROP TABLE themes; --", kind: 'several' },
	{ sql: "SELECT '--'; COMMIT; UPDATE themes SET label_nl = 'weg'; --", kind: 'several' },
	{ sql: "SELECT '--'; COMMIT; ATTACH ':memory:' AS evil; --", kind: 'several' },
	{ sql: "SELECT '--'; COMMIT; COPY themes TO 'uit.csv'; --", kind: 'several' },
	{ sql: "SELECT '--'; COMMIT; SET autoinstall_known_extensions = true; --", kind: 'several' },
	{ sql: "SELECT '--'; COMMIT; CREATE VIEW v AS SELECT 1; --", kind: 'several' },
	{ sql: 'SELECT 1; DROP TABLE themes', kind: 'several' },
	// Balanced only inside the console's wrapper: DuckDB already fails to parse it as written.
	{ sql: "SELECT 1) AS x; DROP TABLE themes; SELECT (1", kind: 'error' },
	{ sql: "EXPLAIN ANALYZE COPY themes TO 'uit.csv'", kind: 'external' },
	{ sql: 'EXPLAIN ANALYZE SELECT 1', kind: 'notQuery' },
	{ sql: 'DROP TABLE themes', kind: 'notQuery' },
	{ sql: 'DELETE FROM themes', kind: 'notQuery' },
	{ sql: "INSERT INTO themes (theme_id) VALUES ('x')", kind: 'notQuery' },
	{ sql: "UPDATE themes SET label_nl = 'weg'", kind: 'notQuery' },
	{ sql: 'CREATE TABLE t AS SELECT 1', kind: 'notQuery' },
	{ sql: 'CREATE VIEW v AS SELECT 1', kind: 'notQuery' },
	{ sql: 'COMMIT', kind: 'notQuery' },
	{ sql: 'ROLLBACK', kind: 'notQuery' },
	{ sql: "ATTACH ':memory:' AS evil", kind: 'notQuery' },
	{ sql: 'SET autoinstall_known_extensions = true', kind: 'notQuery' },
	{ sql: 'SET enable_external_access = true', kind: 'notQuery' },
	{ sql: 'RESET lock_configuration', kind: 'notQuery' },
	{ sql: 'PRAGMA enable_profiling', kind: 'notQuery' },
	{ sql: 'CALL pragma_version()', kind: 'notQuery' },
	{ sql: 'CALL dbgen(sf = 1)', kind: 'error' },
	{ sql: 'INSTALL httpfs', kind: 'notQuery' },
	{ sql: 'LOAD httpfs', kind: 'notQuery' },
	{ sql: 'CHECKPOINT', kind: 'notQuery' },
	{ sql: '/* SELECT */ DELETE FROM themes', kind: 'notQuery' },
	{ sql: "COPY themes TO 'uit.csv'", kind: 'external' },
	{ sql: "SELECT * FROM read_csv('http://example.invalid/x.csv')", kind: 'external' },
	{ sql: "SELECT * FROM 'http://example.invalid/x.csv'", kind: 'external' },
	{ sql: "SELECT * FROM read_text('http://example.invalid/x')", kind: 'external' },
	{ sql: "SELECT * FROM read_text('/etc/passwd')", kind: 'external' },
	{ sql: "SELECT * FROM read_csv('kloofmeter-local/../etc/passwd')", kind: 'external' },
	{ sql: "SELECT * FROM glob('*')", kind: 'external' },
	{ sql: "SELECT nextval('teller')", kind: 'write' },
	{ sql: '', kind: 'empty' },
	{ sql: '  ;  ', kind: 'empty' },
	{ sql: '-- alleen uitleg', kind: 'empty' }
];

/** Reading statements, each with what it must answer. */
const READS: readonly { sql: string; rows: number; first?: Record<string, unknown> }[] = [
	{ sql: 'SELECT $$;$$ AS s', rows: 1, first: { s: ';' } },
	{ sql: "SELECT '--' AS s;", rows: 1, first: { s: '--' } },
	{ sql: "select 'a;b' AS t -- uitleg", rows: 1, first: { t: 'a;b' } },
	{ sql: '-- uitleg\nSELECT count(*) AS n FROM themes', rows: 1, first: { n: 3 } },
	{ sql: 'WITH x AS (SELECT 1 AS a) SELECT * FROM x', rows: 1, first: { a: 1 } },
	{ sql: 'FROM themes ORDER BY theme_id DESC', rows: 3, first: { theme_id: 'zorg' } },
	{ sql: 'DESCRIBE themes', rows: 2 },
	{ sql: 'SUMMARIZE themes', rows: 2 },
	{ sql: 'SHOW TABLES', rows: 1 },
	{ sql: "VALUES (1), (2)", rows: 2 },
	{ sql: "SELECT * FROM query('DROP TABLE themes')", rows: -1 }
];

const THEMES_CSV = 'theme_id;label_nl\neenzaamheid;Eenzaamheid\nveiligheid;Veiligheid\nzorg;Zorg\n';
const SPECS: ColumnSpec[] = [
	{ name: 'theme_id', type: 'string', required: true },
	{ name: 'label_nl', type: 'string', required: true }
];

interface Engine {
	session: ConsoleSession;
	/** One number for "has anything changed": the row count of themes, or -1 when it is gone. */
	state(): Promise<{ themes: number; tables: number; autoinstall: unknown; external: unknown; databases: number; teller: number }>;
	/** The statement type DuckDB gives a prepared statement (node-api only; null elsewhere). */
	statementType?(sql: string): Promise<StatementType>;
	close(): void;
}

const STATE_SQL = `SELECT (SELECT count(*) FROM themes) AS themes, (SELECT count(*) FROM duckdb_tables()) + (SELECT count(*) FROM duckdb_views() WHERE NOT internal) AS tables,
	current_setting('autoinstall_known_extensions') AS autoinstall, current_setting('enable_external_access') AS external,
	(SELECT count(*) FROM duckdb_databases()) AS databases, (SELECT currval('teller')) AS teller`;

async function nodeEngine(): Promise<Engine> {
	const conn: DuckDBConnection = await (await DuckDBInstance.create(':memory:')).connect();
	await conn.run("CREATE TABLE themes AS SELECT * FROM (VALUES ('eenzaamheid', 'Eenzaamheid'), ('veiligheid', 'Veiligheid'), ('zorg', 'Zorg')) t(theme_id, label_nl)");
	await conn.run('CREATE SEQUENCE teller START 1');
	await conn.run("SELECT nextval('teller')");
	for (const statement of ENGINE_LOCKDOWN) await conn.run(statement);
	const rows = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
	return {
		session: consoleSessionOf(conn),
		async state() {
			const r = (await rows(STATE_SQL))[0]!;
			return { themes: Number(r.themes), tables: Number(r.tables), autoinstall: r.autoinstall, external: r.external, databases: Number(r.databases), teller: Number(r.teller) };
		},
		async statementType(sql) {
			const prepared = await conn.prepare(sql);
			try {
				return prepared.statementType;
			} finally {
				prepared.destroySync();
			}
		},
		close: () => conn.closeSync()
	};
}

async function wasmEngine(): Promise<Engine> {
	const conn: WasmConnection = await wasmConnection();
	// As the page does it: the lock first, then the data arrives as Arrow bytes.
	for (const statement of ENGINE_LOCKDOWN) conn.query(statement);
	conn.insertArrowFromIPCStream(toArrowIpc(typeRecords(parseDelimited(THEMES_CSV, { delimiter: ";" }), SPECS).table, SPECS), { name: 'themes', create: true });
	conn.query('CREATE SEQUENCE teller START 1');
	conn.query("SELECT nextval('teller')");
	const rows = (sql: string) => conn.query(sql).toArray().map((r) => r.toJSON() as Record<string, unknown>);
	return {
		session: {
			async prepare(text) {
				conn.prepare(text).close();
			},
			async exec(text) {
				conn.query(text);
			},
			async read(text) {
				const table = conn.query(text) as unknown as { schema: { fields: { name: string }[] }; toArray(): { toJSON(): Record<string, unknown> }[] };
				const rows = table.toArray().map((r) => Object.fromEntries(Object.entries(r.toJSON()).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
				return { columns: table.schema.fields.map((f) => f.name), rows };
			}
		},
		async state() {
			const r = rows(STATE_SQL)[0]!;
			return { themes: Number(r.themes), tables: Number(r.tables), autoinstall: r.autoinstall, external: r.external, databases: Number(r.databases), teller: Number(r.teller) };
		},
		close: () => conn.close()
	};
}

describe.each([
	['@duckdb/node-api', nodeEngine],
	['duckdb-wasm (Node build of the browser engine)', wasmEngine]
])('the SQL console on %s', (_name, make) => {
	let engine: Engine;
	let before: Awaited<ReturnType<Engine['state']>>;
	beforeAll(async () => {
		engine = await make();
		before = await engine.state();
		expect(before).toMatchObject({ themes: 3, autoinstall: false, external: false, teller: 1 });
	});
	afterAll(() => engine.close());

	it.each(ATTACKS)('refuses $sql', async ({ sql, kind }) => {
		const refusal = await runConsoleOn(engine.session, sql).then(
			() => null,
			(e: unknown) => e
		);
		expect(refusal).toBeInstanceOf(Error);
		if (kind === 'error') expect(refusal).not.toBeInstanceOf(ConsoleRefusal);
		else expect((refusal as ConsoleRefusal).kind).toBe(kind);
		expect(await engine.state()).toEqual(before);
	});

	it.each(READS)('answers $sql', async ({ sql, rows, first }) => {
		if (rows < 0) {
			// query() parses its argument itself and takes only a SELECT: an error, never a dropped table.
			await expect(runConsoleOn(engine.session, sql)).rejects.toThrow(/SELECT/);
		} else {
			const result = await runConsoleOn(engine.session, sql);
			expect(result.rows).toHaveLength(rows);
			if (first) expect(result.rows[0]).toMatchObject(first);
			if (engine.statementType) expect(await engine.statementType(wrapConsoleSql(sql))).toBe(StatementType.SELECT);
		}
		expect(await engine.state()).toEqual(before);
	});

	it('returns at most the limit and says there is more, whatever the result size', async () => {
		const result = await runConsoleOn(engine.session, 'SELECT * FROM range(5000000) ORDER BY range DESC', 500);
		expect(result.rows).toHaveLength(500);
		expect(result.more).toBe(true);
		expect(Number(result.rows[0]!.range)).toBe(4999999);
		const small = await runConsoleOn(engine.session, 'SELECT * FROM range(500)', 500);
		expect(small.more).toBe(false);
	});

	it('keeps the configuration locked', async () => {
		for (const [sql, error] of [
			['SET enable_external_access = true', /locked/],
			['SET lock_configuration = false', /locked/]
		] as const)
			await expect(engine.session.exec(sql)).rejects.toThrow(error);
		expect(await engine.state()).toEqual(before);
	});
});

describe('the console statement as text', () => {
	it('drops trailing semicolons and wraps the query in a SELECT with a limit, on lines of its own', () => {
		expect(consoleStatement(' SELECT 1 ;  ;\n')).toBe('SELECT 1');
		expect(wrapConsoleSql('SELECT 1 -- uitleg', 10)).toBe('SELECT * FROM (\nSELECT 1 -- uitleg\n) AS kloofmeter_console LIMIT 11');
	});
	it('tells a refusal from an ordinary mistake', () => {
		expect(refusalOf('Invalid Input Error: Cannot prepare multiple statements at once!', 'asWritten')).toBe('several');
		expect(refusalOf('Parser Error: syntax error at or near "DROP"', 'wrapped')).toBe('notQuery');
		expect(refusalOf('Parser Error: syntax error at or near "FORM"', 'asWritten')).toBeNull();
		expect(refusalOf('Catalog Error: Table with name x does not exist!', 'wrapped')).toBeNull();
	});
});
