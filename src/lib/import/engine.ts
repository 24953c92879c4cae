/**
 * A large figures file planned at engine speed: the head was analysed in TypeScript (statline.ts, on the first
 * megabyte), DuckDB reads and checks the body (db/queries/importBody.ts), and only what a person reads comes back:
 * the first refused cells, worded by the same code as the TypeScript path (indicatorPlan.ts), or the tally of what
 * was set aside and the kept values as Arrow bytes. The outcome is the one the TypeScript plan gives for the file
 * (tests/unit/import/engineParity.test.ts holds the two to it over the corpus).
 *
 * It knows no DuckDB: the connection is given (db/importEngine.ts in the page, @duckdb/node-api in the tests).
 */
import * as q from '$lib/db/queries/importBody';
import type { Statement } from '$lib/db/sql';
import { NUMBER_PATTERNS } from '$lib/schema/normalise';
import { checkIndicatorForm, cellProblem, indicatorRecord, MAX_PROBLEMS, nothingLinked, regionExample, type IndicatorContext, type IndicatorForm } from './indicatorPlan';
import { fail, ok, problem, type ImportProblem, type Outcome, type Phrase } from './problems';
import { toStored, type SetAside, type StoredImport } from './record';
import { classifyRegion, type RegionVerdict } from './regions';
import { footerNote, isFooterNote, periodOf, type TableAnalysis } from './statline';

/** One connection of the engine, kept for the whole plan: its TEMP tables die with it. */
export interface EngineConnection {
	run(stmt: Statement): Promise<void>;
	rows<T extends Record<string, unknown>>(stmt: Statement): Promise<T[]>;
	/** The result as Arrow IPC stream bytes. */
	ipc(stmt: Statement): Promise<Uint8Array>;
	/** Creates a table of text columns (of equal length) with these values. */
	table(name: string, columns: Readonly<Record<string, readonly string[]>>): Promise<void>;
}

/** The file as the engine reads it (registered under `name`), and as bytes, to count rows on the way out. */
export interface EngineFile {
	readonly name: string;
	readonly blob: Blob;
}

export type EnginePhase = 'read' | 'check' | 'store';

/**
 * Whether the engine can plan this form on this file. Margins (a survey's bounds beside its values) and counts per
 * 1.000 inwoners need the values in TypeScript; those files take the worker's path.
 */
export function engineCanPlan(analysis: TableAnalysis, form: IndicatorForm): boolean {
	const l = analysis.layout;
	return !analysis.margins && l.marginCol === null && !form.perThousand && l.measureCols.every((m) => m.margin === null);
}

const SET_ASIDE_EXAMPLES = 12;

export async function planIndicatorInEngine(
	analysis: TableAnalysis,
	file: EngineFile,
	form: IndicatorForm,
	ctx: IndicatorContext,
	conn: EngineConnection,
	onPhase: (phase: EnginePhase) => void = () => undefined
): Promise<Outcome<StoredImport>> {
	const checked = checkIndicatorForm(analysis, form, ctx);
	if (!checked.ok) return checked;
	const { label, indicatorId, decimal, existing } = checked.value;
	const unit = checked.value.form.unit;
	const l = analysis.layout;
	const chosen = l.measureCols.filter((m) => m.measure === form.measure);
	const t = (name: string) => `import_${ctx.id}_${name}`;
	const [stage, cells, regions, periods, known, verdicts] = ['stage', 'cells', 'regions', 'periods', 'known', 'verdicts'].map(t) as [string, string, string, string, string, string];
	try {
		onPhase('read');
		await conn.run(q.stageBody(stage, file.name, l.width, l.firstDataRow - 1, analysis.delimiter));
		onPhase('check');
		const { last, footer } = await footerOf(conn, stage, l.width);
		await conn.run(q.cellsOf(cells, stage, { width: l.width, regionCol: l.regionCol, periodCol: l.periodCol, valueCols: chosen }, last, NUMBER_PATTERNS[decimal], decimal));
		await conn.run(q.dropTable(stage));
		// The head may end before the file does: the footer note is the body's.
		const notes = [...(footer > 0 ? [footerNote(footer)] : []), ...analysis.notes.filter((n) => !isFooterNote(n))];

		// The region names and period texts repeat: each distinct one is judged once, by the TypeScript classifiers.
		const verdictOf = new Map<string, RegionVerdict>();
		for (const { region } of await conn.rows<{ region: string }>(q.distinctRegions(cells))) verdictOf.set(region, classifyRegion(region, ctx.names, ctx.gemeenten));
		const labels = [...verdictOf.keys()];
		const codeOf = (v: RegionVerdict) => (v.kind === 'gemeente' || v.kind === 'area' ? v.code : '');
		await conn.table(regions, { label: labels, kind: labels.map((x) => verdictOf.get(x)!.kind), code: labels.map((x) => codeOf(verdictOf.get(x)!)) });
		const praws = (await conn.rows<{ praw: string }>(q.distinctPeriods(cells))).map((r) => r.praw);
		await conn.table(periods, { raw: praws, year: praws.map((p) => String(periodOf(p) ?? '')) });
		await conn.table(known, { key: existing ? [...(ctx.existingKeys ?? [])] : [] });
		await conn.run(q.verdictsOf(verdicts, cells, regions, periods, { formPeriod: checked.value.form.period, unit, existing: known }));
		await conn.run(q.dropTable(cells));

		const refused = await conn.rows<{ i: number; k: number; region: string; raw: string; period: number | null; verdict: string; earlier: number | null }>(q.refusedCells(verdicts, MAX_PROBLEMS));
		if (refused.length > 0) {
			const rowOf = await recordRows(file.blob, l.firstDataRow - 1, refused.flatMap((r) => (r.earlier === null ? [r.i] : [r.i, r.earlier])));
			const problems: ImportProblem[] = [];
			for (const r of refused) {
				const row = rowOf.get(Number(r.i))!;
				if (r.verdict === 'noYear') {
					problems.push(problem('noYear', {}, row, { field: 'period' }));
					break;
				}
				if (r.verdict === 'problem') problems.push(cellProblem(r.raw, decimal, unit, row, chosen[Number(r.k)]!.column) ?? problem('defect', { message: `cell ${row}` }));
				else problems.push(problem('duplicateKey', { region: r.region, period: Number(r.period), earlier: rowOf.get(Number(r.earlier))! }, row, analysis.regionColumn));
			}
			if (problems.length >= MAX_PROBLEMS) problems.push(problem('stopped', { max: MAX_PROBLEMS }));
			return fail(...problems);
		}

		const setAside = await tally(conn, verdicts, verdictOf);
		const [kept] = await conn.rows<{ n: number; periods: string | null; area: boolean | null }>(q.keptSummary(verdicts));
		if (!kept || Number(kept.n) === 0) return nothingLinked(setAside, label);
		onPhase('store');
		const values = await conn.ipc(q.keptValues(verdicts, indicatorId, `import_${ctx.id}`));
		const areas = (await conn.rows<{ code: string }>(q.keptAreas(verdicts))).map((r) => r.code);
		const record = indicatorRecord({ ...analysis, notes }, checked.value, ctx, {
			periods: new Set((kept.periods ?? '').split(';').filter((p) => p !== '').map(Number)),
			level: kept.area ? 'wijk' : 'gemeente',
			setAside,
			values: null,
			rows: Number(kept.n),
			margins: [],
			rate: null
		});
		const stored = toStored(record);
		// The same tables, in the same order, as the TypeScript path keeps them.
		const ipc = Object.fromEntries(Object.entries(stored.ipc).flatMap(([name, bytes]) => (name === 'sources' ? [['indicator_values', values], [name, bytes]] : [[name, bytes]])));
		return ok({ ...stored, ipc, tableNames: Object.keys(ipc) as StoredImport['tableNames'], areas });
	} finally {
		for (const name of [stage, cells, regions, periods, known, verdicts]) await conn.run(q.dropTable(name)).catch(() => undefined);
	}
}

/**
 * The last record with two filled cells, and the footer after it (rows with one; blank ones are no rows), as the
 * TypeScript analysis finds them: looked for in the last rows, and in all of them only when the last rows are all
 * footer.
 */
async function footerOf(conn: EngineConnection, stage: string, width: number): Promise<{ last: number; footer: number }> {
	for (const tail of [1000, Number.MAX_SAFE_INTEGER]) {
		const rows = await conn.rows<{ i: number; filled: number }>(q.tailRows(stage, width, tail));
		const full = rows.findLastIndex((r) => Number(r.filled) >= 2);
		if (full >= 0) return { last: Number(rows[full]!.i), footer: rows.slice(full + 1).filter((r) => Number(r.filled) === 1).length };
		if (rows.length < tail) break;
	}
	return { last: -1, footer: 0 };
}

/** What was set aside, worded as the TypeScript tally words it (record.ts SetAsideTally). */
async function tally(conn: EngineConnection, verdicts: string, verdictOf: ReadonlyMap<string, RegionVerdict>): Promise<SetAside[]> {
	const examples = new Map<string, Phrase[]>();
	for (const { verdict, example } of await conn.rows<{ verdict: string; example: string }>(q.asideExamples(verdicts, SET_ASIDE_EXAMPLES))) {
		const region = verdictOf.get(example);
		const phrase = region && region.kind !== 'gemeente' && region.kind !== 'area' && verdict === region.kind ? regionExample(region) : example;
		examples.set(verdict, [...(examples.get(verdict) ?? []), phrase]);
	}
	return (await conn.rows<{ verdict: SetAside['reason']; n: number }>(q.asideCounts(verdicts))).map((r) => ({ reason: r.verdict, count: Number(r.n), examples: examples.get(r.verdict) ?? [] }));
}

/**
 * The spreadsheet rows of some records of the body. DuckDB skips blank lines, the TypeScript parser counts them: the
 * file is read once more, only when a refusal names rows, and its lines counted. (A quoted value spanning lines
 * would shift this; StatLine bodies have none.)
 */
export async function recordRows(blob: Blob, skip: number, records: readonly number[]): Promise<Map<number, number>> {
	const wanted = new Set(records.map(Number));
	const out = new Map<number, number>();
	const reader = blob.stream().getReader();
	let line = 0; // lines ended so far
	let record = -1;
	let empty = true; // the current line has nothing but a carriage return so far
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		for (const b of value) {
			if (b === 10) {
				if (line >= skip && !empty) {
					record++;
					if (wanted.has(record)) out.set(record, line + 1);
				}
				line++;
				empty = true;
			} else if (b !== 13) empty = false;
		}
		if (out.size === wanted.size) {
			await reader.cancel();
			return out;
		}
	}
	if (line >= skip && !empty && wanted.has(record + 1)) out.set(record + 1, line + 1);
	return out;
}
