/**
 * The engine path (import/engine.ts: DuckDB reads and checks the body) against the TypeScript path
 * (indicatorPlan.ts) on every figures file of the corpus and the good fixtures, with several forms: the same
 * refusal (code, parameters, row, column, in order) or the same import (values, what was set aside, notes, tables).
 * Runs on @duckdb/node-api, the same DuckDB version as the page's wasm build.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import * as aq from 'arquero';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineCanPlan, planIndicatorInEngine, type EngineConnection } from '../../../src/lib/import/engine';
import { planIndicatorImport, type IndicatorContext, type IndicatorForm } from '../../../src/lib/import/indicatorPlan';
import { prepareIndicatorFile, prepareIndicatorHead } from '../../../src/lib/import/prepare';
import { rowsToColumns, toStored } from '../../../src/lib/import/record';
import { quoteIdent, statement } from '../../../src/lib/db/sql';
import { toArrowIpc } from '../../../src/lib/schema/pipeline';
import { TABLE_SPECS } from '../../../src/lib/schema/tables';
import { fixture, gemeenten, indicatorIds, names, NOW, themeIds } from './support';

const dir = resolve(__dirname, '../../fixtures/import');
const expected = JSON.parse(readFileSync(`${dir}/bad/expected.json`, 'utf8')) as Record<string, { kind: string; form?: Partial<IndicatorForm> }>;
const files: [string, Partial<IndicatorForm>][] = [
	...Object.entries(expected).filter(([, e]) => e.kind === 'indicator').map(([f, e]) => [`bad/${f}`, e.form ?? {}] as [string, Partial<IndicatorForm>]),
	...['cbs-opendata-misdrijven.csv', 'synthetisch-statline-misdrijven-2023-2024.csv', 'meldingen-jeugdoverlast.tsv', 'veiligheidsmonitor-alleen-regios.csv'].map((f) => [`good/${f}`, {}] as [string, Partial<IndicatorForm>])
];
const forms: Partial<IndicatorForm>[] = [{}, { unit: 'count' }, { unit: 'percent' }, { period: 2023 }, { extends: 'x' }];
const ctx: IndicatorContext = { id: 'parity', fileName: 'f.csv', now: NOW, names, gemeenten, indicatorIds, themeIds };

async function nodeConnection(): Promise<EngineConnection> {
	// One thread, as in the page's wasm build: records are numbered in the order the scan reads them.
	const conn: DuckDBConnection = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
	const rows = async <T,>(text: string, params: readonly unknown[]) =>
		((await conn.runAndReadAll(text, params as never)).getRowObjectsJS() as Record<string, unknown>[]).map(
			(r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])) as T
		);
	return {
		run: async (s) => void (await conn.run(s.text, s.params as never)),
		rows: (s) => rows(s.text, s.params),
		columns: async (s) => {
			const answer = await conn.runAndReadAll(s.text, s.params as never);
			const objects = answer.getRowObjectsJS() as Record<string, unknown>[];
			return Object.fromEntries(answer.columnNames().map((n) => [n, objects.map((r) => (typeof r[n] === 'bigint' ? Number(r[n]) : r[n]))])) as never;
		},
		// The page takes DuckDB's own Arrow; here the rows are encoded as the TypeScript path encodes them.
		ipc: async (s) => toArrowIpc(aq.table(rowsToColumns(await rows(s.text, s.params), TABLE_SPECS.indicator_values.map((c) => c.name))), TABLE_SPECS.indicator_values),
		table: async (name, columns) => {
			const names = Object.keys(columns);
			await conn.run(`CREATE TABLE ${quoteIdent(name)} (${names.map((c) => `${quoteIdent(c)} VARCHAR`).join(', ')})`);
			const appender = await conn.createAppender(name);
			for (let i = 0; i < columns[names[0]!]!.length; i++) {
				for (const c of names) appender.appendVarchar(columns[c]![i]!);
				appender.endRow();
			}
			appender.closeSync();
		}
	};
}

/** A continued indicator that already has the file's first few values: those are set aside as existing. */
function someKeys(a: Parameters<typeof planIndicatorImport>[0], form: IndicatorForm): string[] {
	const plain = planIndicatorImport(a, { ...form, extends: null }, ctx);
	const values = plain.ok ? plain.value.tables.indicator_values : undefined;
	return values ? values.area_code!.slice(0, 3).map((code, i) => `${code}|${values.period![i]}`) : [];
}

/** A table's rows, in a fixed order (the engine keeps values in no particular order). */
const decoded = (ipc: Uint8Array | undefined) => (ipc ? aq.fromArrow(ipc).objects().map((r) => JSON.stringify(r)).sort() : null);

describe('the engine plans as the TypeScript checks do', async () => {
	const conn = await nodeConnection();
	let compared = 0;
	for (const [file, fileForm] of files) {
		for (const extra of forms) {
			it(`${file} ${JSON.stringify(extra)}`, async () => {
				const prepared = prepareIndicatorFile(fixture(file));
				if (!prepared.ok || prepared.value.encoding !== 'utf-8') return;
				const a = prepared.value;
				const form: IndicatorForm = { measure: a.measures[0]!, label: 'Parity', unit: 'per_1000', direction: 'higher_worse', themeId: null, period: null, ...fileForm, ...extra };
				if (!engineCanPlan(a, form)) return;
				const c: IndicatorContext = extra.extends ? { ...ctx, existing: { indicator_id: 'x', label_nl: 'X', label_en: 'X', unit: 'count', direction: 'higher_worse', lens: null }, existingKeys: someKeys(a, form) } : ctx;
				const ts = planIndicatorImport(a, form, c);
				const engine = await planIndicatorInEngine(a, { name: `${dir}/${file}`, blob: new Blob([fixture(file)]) }, form, c, conn);
				compared++;
				// Nothing of the plan is left in the engine, whatever the outcome.
				expect(await conn.rows(statement(`SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name LIKE 'import_%'`))).toEqual([{ n: 0 }]);
				if (!ts.ok) {
					expect(engine).toEqual(ts);
					return;
				}
				expect(engine.ok).toBe(true);
				if (!engine.ok) return;
				const { ipc: tsIpc, ...tsMeta } = toStored(ts.value);
				const { ipc: engineIpc, ...engineMeta } = engine.value;
				expect({ ...engineMeta, areas: [...engineMeta.areas].sort() }).toEqual({ ...tsMeta, areas: [...tsMeta.areas].sort() });
				for (const table of Object.keys(tsIpc) as (keyof typeof tsIpc)[]) expect(decoded(engineIpc[table]), table).toEqual(decoded(tsIpc[table]));
			});
		}
	}
	it('names the spreadsheet row after blank lines, which DuckDB skips', async () => {
		const text = '"Titel"\n\n"Regio\'s";"Perioden";"Aantal"\n"Utrecht";"2023";"5"\n\n\r\n"Baarn";"2023";"vijf"\n"Utrecht";"2023";"6"\n';
		const path = join(mkdtempSync(join(tmpdir(), 'parity-')), 'blank.csv');
		writeFileSync(path, text);
		const a = prepareIndicatorFile(new TextEncoder().encode(text));
		if (!a.ok) throw new Error('the file should analyse');
		const form: IndicatorForm = { measure: a.value.measures[0]!, label: 'Blank', unit: 'count', direction: 'higher_worse', themeId: null, period: null };
		const ts = planIndicatorImport(a.value, form, ctx);
		expect(ts.ok ? [] : ts.problems.map((p) => [p.code, p.row])).toEqual([['notANumber', 7], ['duplicateKey', 8]]);
		expect(await planIndicatorInEngine(a.value, { name: path, blob: new Blob([text]) }, form, ctx, conn)).toEqual(ts);
	});
	for (const file of ['good/synthetisch-statline-misdrijven-2023-2024.csv', 'good/cbs-opendata-misdrijven.csv']) {
		it(`${file}: planned from a head that stops before the body does, as from the whole file`, async () => {
			const bytes = fixture(file);
			// Up to the fourth line from the end (and a bit of the next): the footer and the last rows are the body's.
			const ends = [...bytes.keys()].filter((i) => bytes[i] === 10);
			const head = prepareIndicatorHead(bytes.subarray(0, ends.at(-4)! + 3));
			const whole = prepareIndicatorFile(bytes);
			if (!head?.ok || !whole.ok) throw new Error('both should analyse');
			expect(head.value.cells.length).toBeLessThan(whole.value.cells.length);
			const form: IndicatorForm = { measure: whole.value.measures[0]!, label: 'Head', unit: 'count', direction: 'higher_worse', themeId: null, period: null };
			const ts = planIndicatorImport(whole.value, form, ctx);
			const engine = await planIndicatorInEngine(head.value, { name: `${dir}/${file}`, blob: new Blob([bytes]) }, form, ctx, conn);
			if (!ts.ok || !engine.ok) throw new Error('both should plan');
			const { ipc: tsIpc, ...tsMeta } = toStored(ts.value);
			const { ipc: engineIpc, ...engineMeta } = engine.value;
			expect({ ...engineMeta, areas: [...engineMeta.areas].sort() }).toEqual({ ...tsMeta, areas: [...tsMeta.areas].sort() });
			expect(decoded(engineIpc.indicator_values)).toEqual(decoded(tsIpc.indicator_values));
		});
	}
	it('refuses personal data in a region name the head did not reach, at its row', async () => {
		// Two, the later one first in the alphabet: refused in file order.
		const rows = Array.from({ length: 40 }, (_, i) => `"${i === 30 ? 'Utrecht jan@example.nl' : i === 35 ? 'Amersfoort 06-12345678' : 'Utrecht'}";"${2000 + i}";"5"`);
		const text = `"Titel"\n"Regio's";"Perioden";"Aantal"\n${rows.join('\n')}\n`;
		const path = join(mkdtempSync(join(tmpdir(), 'parity-')), 'pii.csv');
		writeFileSync(path, text);
		const bytes = new TextEncoder().encode(text);
		const whole = prepareIndicatorFile(bytes);
		const head = prepareIndicatorHead(bytes.subarray(0, text.indexOf('"2010"')));
		if (whole.ok || !head?.ok) throw new Error('the whole file is refused, its head is not');
		const form: IndicatorForm = { measure: head.value.measures[0]!, label: 'Pii', unit: 'count', direction: 'higher_worse', themeId: null, period: null };
		expect(whole.problems.map((p) => [p.code, p.row])).toEqual([
			['personalData', 33],
			['personalData', 38]
		]);
		expect(await planIndicatorInEngine(head.value, { name: path, blob: new Blob([text]) }, form, ctx, conn)).toEqual(whole);
	});
	// A line the whole-file analysis refuses, where only the body has it: the engine reads it raw and refuses it at its
	// row, as the TypeScript path does for the whole file, instead of reading it with shifted columns or run together.
	const bodyCases: [string, (i: number) => string | null][] = [
		['another delimiter on two lines', (i) => (i === 25 ? 'Utrecht,2025,5' : i === 33 ? '"Utrecht"|"2033"|"5"' : null)],
		['a quote opened and not closed', (i) => (i === 28 ? '"Utrecht;"2028";"5"' : null)],
		['a quote closed and followed by text', (i) => (i === 28 ? '"Utrecht"x;"2028";"5"' : null)],
		['blank lines before a bad line, with CRLF endings', (i) => (i === 20 ? '\r\n\r\n' : i === 30 ? 'Utrecht,2030,5' : null)],
		['the delimiter only inside quotes, another outside them', (i) => (i === 26 ? 'Utrecht,"2026;x",5' : null)],
		['a quote never closed, the delimiter after it', (i) => (i === 29 ? '"Utrecht,2029,5;' : i === 31 ? 'Utrecht,"2031;5' : null)],
		['another delimiter only inside quotes, on a line of one cell (not a line of another delimiter)', (i) => (i === 27 ? '"Utrecht, stad"' : null)],
		['a region written with spaces around it, the same as one without (a second value)', (i) => (i === 30 ? '" Utrecht\u00a0";"1995";"6"' : null)],
		['a region of spaces only, and one with spaces around it (read as their trimmed text)', (i) => (i === 32 ? '"  ";"2022";"7"' : i === 34 ? '"\tAmersfoort ";"2024";"8"' : null)],
		['a quote inside an unquoted field, spaces after a closing quote (read as text, as papaparse reads them)', (i) => (i === 22 ? 'Ut"recht;"1960";"5"' : i === 23 ? '"Utrecht" ;"1961";"5"' : null)]
	];
	for (const [name, line] of bodyCases) {
		it(`a body line beyond the head: ${name}`, async () => {
			const rows = Array.from({ length: 40 }, (_, i) => line(i) ?? `"Utrecht";"${1990 + i}";"5"`);
			const eol = name.includes('CRLF') ? '\r\n' : '\n';
			const text = `"Titel"${eol}"Regio's";"Perioden";"Aantal"${eol}${rows.join(eol)}${eol}`;
			const path = join(mkdtempSync(join(tmpdir(), 'parity-')), 'body.csv');
			writeFileSync(path, text);
			const bytes = new TextEncoder().encode(text);
			const whole = prepareIndicatorFile(bytes);
			const head = prepareIndicatorHead(bytes.subarray(0, text.indexOf('"2005"')));
			if (!head?.ok) throw new Error('the head analyses');
			const form: IndicatorForm = { measure: head.value.measures[0]!, label: 'Body', unit: 'count', direction: 'higher_worse', themeId: null, period: null };
			const ts = whole.ok ? planIndicatorImport(whole.value, form, ctx) : whole;
			const engine = await planIndicatorInEngine(head.value, { name: path, blob: new Blob([text]) }, form, ctx, conn);
			if (['a quote inside', 'another delimiter only', 'a region of spaces'].some((start) => name.startsWith(start))) {
				if (!ts.ok || !engine.ok) throw new Error('both should plan');
				expect(decoded(engine.value.ipc.indicator_values)).toEqual(decoded(toStored(ts.value).ipc.indicator_values));
				expect(engine.value.setAside).toEqual(toStored(ts.value).setAside);
				return;
			}
			expect(ts.ok).toBe(false);
			expect(engine).toEqual(ts);
		});
	}
	it('a plan cut off midway (a cancel, a failure) leaves no table behind', async () => {
		const file = 'good/synthetisch-statline-misdrijven-2023-2024.csv';
		const a = prepareIndicatorFile(fixture(file));
		if (!a.ok) throw new Error('the file should analyse');
		const form: IndicatorForm = { measure: a.value.measures[0]!, label: 'Cut', unit: 'count', direction: 'higher_worse', themeId: null, period: null };
		const tables = async () => (await conn.rows<{ table_name: string }>(statement(`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'import_%'`))).map((r) => r.table_name);
		let seen: string[] = [];
		// Fails at the first statement that reads the verdicts, when every other table is there.
		const failing: EngineConnection = {
			...conn,
			run: async (s) => {
				if (s.text.includes('CREATE TEMP TABLE "import_parity_verdicts"')) {
					seen = await tables();
					throw new Error('query was canceled');
				}
				return conn.run(s);
			}
		};
		await expect(planIndicatorInEngine(a.value, { name: `${dir}/${file}`, blob: new Blob([fixture(file)]) }, form, ctx, failing)).rejects.toThrow('canceled');
		expect(seen.length).toBeGreaterThanOrEqual(3);
		expect(await tables()).toEqual([]);
	});
	// Most corpus files are refused before any plan (empty, binary, no header…): both paths share that analysis.
	it('compared the files that reach a plan', () => expect(compared).toBeGreaterThanOrEqual(25));
});
