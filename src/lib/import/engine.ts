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
import { personalData, scanText } from './pii';
import { fail, ok, problem, type ImportProblem, type Outcome, type Phrase } from './problems';
import { toStored, type SetAside, type StoredImport } from './record';
import { classifyRegion, type RegionVerdict } from './regions';
import { DELIMITERS, footerNote, isFooterNote, mixedDelimiterProblem, periodOf, type TableAnalysis } from './statline';

/** One connection of the engine, kept for the whole plan; the plan drops every table it made, whatever happens. */
export interface EngineConnection {
	run(stmt: Statement): Promise<void>;
	rows<T extends Record<string, unknown>>(stmt: Statement): Promise<T[]>;
	/** The same answer as one array per column: for the long ones (the region keys: hundreds of thousands). */
	columns<T extends Record<string, unknown>>(stmt: Statement): Promise<{ [K in keyof T]: T[K][] }>;
	/** The result of a statement without parameters as Arrow IPC stream bytes. */
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
	const [regions, periods, known, codes, meta, verdicts] = ['regions', 'periods', 'known', 'codes', 'meta', 'verdicts'].map(t) as [string, string, string, string, string, string];
	const src: q.BodySource = { file: file.name, width: l.width, skip: l.firstDataRow - 1, delimiter: analysis.delimiter };
	const cols: q.BodyColumns = { width: l.width, regionCol: l.regionCol, periodCol: l.periodCol, valueCols: chosen };
	try {
		onPhase('read');
		const lines = await bodyLineProblems(src, file.blob, conn);
		if (lines) return lines;
		const keys = await conn.columns<{ g: number; region: string | null; praw: string | null; first: number; last: number | null; ones: number[] | null }>(q.bodyKeys(src, cols));
		const whole = wholeBody(keys);
		const last = whole?.last === null || whole?.last === undefined ? -1 : Number(whole.last);
		const footer = [...(whole?.ones ?? [])].filter((i) => Number(i) > last).length;
		// The head may end before the file does: the footer note is the body's.
		const notes = [...(footer > 0 ? [footerNote(footer)] : []), ...analysis.notes.filter((n) => !isFooterNote(n))];

		onPhase('check');
		// The region texts as read, trimmed as the TypeScript checks trim them: each distinct label is judged once, by
		// the TypeScript classifiers, and keeps the first record any of its texts has.
		const firstOf = new Map<string, number>();
		const raws: { raw: string; label: string }[] = [];
		const praws: string[] = [];
		for (let i = 0; i < keys.g.length; i++) {
			const g = Number(keys.g[i]);
			if (g === 2) praws.push(keys.praw[i] ?? '');
			const raw = keys.region[i];
			if (g !== 1 || raw === null || raw === undefined) continue;
			const label = raw.trim();
			const first = Number(keys.first[i]);
			raws.push({ raw, label });
			const seen = firstOf.get(label);
			if (seen === undefined || first < seen) firstOf.set(label, first);
		}
		const labels = [...firstOf.keys()];
		const ridOf = new Map(labels.map((label, i) => [label, i]));
		// Personal data in a region name the head did not reach (the head's own were refused there), first ones first:
		// the few hits are put in file order, not the 300,000 names (that sort held the page a fifth of a second).
		const scanned = await inSlices(labels, (label) => (firstOf.get(label)! <= last ? scanText(label).map((hit) => ({ hit, first: firstOf.get(label)! })) : []));
		const pii = scanned
			.flat()
			.sort((a, b) => a.first - b.first)
			.slice(0, MAX_PROBLEMS);
		if (pii.length > 0) {
			const rowOf = await recordRows(file.blob, src.skip, pii.map((p) => p.first));
			return fail(...pii.map((p) => personalData(p.hit, rowOf.get(p.first) ?? null, analysis.regionColumn)));
		}
		const verdictOf = await inSlices(labels, (label) => classifyRegion(label, ctx.names, ctx.gemeenten));
		const codeOf = (v: RegionVerdict) => (v.kind === 'gemeente' || v.kind === 'area' ? v.code : '');
		const kindOf = (v: RegionVerdict) => String(v.kind === 'gemeente' || v.kind === 'area' ? 0 : q.REGION_KINDS[v.kind]);
		const codeList = [...new Set(verdictOf.map(codeOf).filter((c) => c !== ''))];
		const cid = new Map(codeList.map((c, i) => [c, String(i)]));
		// A text that trims to nothing is no region: left out, its records drop out of the verdicts.
		const read = raws.filter((r) => r.label !== '');
		const verdictOfRaw = read.map((r) => verdictOf[ridOf.get(r.label)!]!);
		await conn.table(regions, {
			raw: read.map((r) => r.raw),
			rid: read.map((r) => String(ridOf.get(r.label))),
			kind: verdictOfRaw.map(kindOf),
			cid: verdictOfRaw.map((v) => cid.get(codeOf(v)) ?? ''),
			code: verdictOfRaw.map(codeOf)
		});
		await conn.table(codes, { cid: codeList.map((_, i) => String(i)), code: codeList });
		await conn.table(periods, { raw: praws, year: praws.map((p) => String(periodOf(p) ?? '')) });
		const knownKeys = existing ? (ctx.existingKeys ?? []) : [];
		if (knownKeys.length > 0) await conn.table(known, { key: [...knownKeys] });
		await conn.run(q.verdictsOf(verdicts, src, cols, { last, numberPattern: NUMBER_PATTERNS[decimal], decimal, formPeriod: checked.value.form.period, unit, regions, periods, known: knownKeys.length > 0 ? known : null }));

		const refused = await conn.rows<{ pos: number; rid: number; period: number | null; verdict: number; earlier: number | null }>(q.refusedCells(verdicts, MAX_PROBLEMS));
		if (refused.length > 0) {
			const at = (pos: number) => ({ i: Math.floor(Number(pos) / 4096), k: Number(pos) % 4096 });
			const wanted = refused.flatMap((r) => (r.earlier === null ? [at(r.pos).i] : [at(r.pos).i, at(r.earlier).i]));
			const rowOf = await recordRows(file.blob, src.skip, wanted);
			const text = new Map((await conn.rows<Record<string, string>>(q.cellsAt(src, cols, wanted))).map((r) => [Number(r.i), r]));
			const problems: ImportProblem[] = [];
			for (const r of refused) {
				const { i, k } = at(r.pos);
				const row = rowOf.get(i)!;
				const verdict = q.VERDICTS[Number(r.verdict) - 1];
				if (verdict === 'noYear') {
					problems.push(problem('noYear', {}, row, { field: 'period' }));
					break;
				}
				if (verdict === 'problem') problems.push(cellProblem(text.get(i)?.[`v${k}`] ?? '', decimal, unit, row, chosen[k]!.column) ?? problem('defect', { message: `row ${row}` }));
				else problems.push(problem('duplicateKey', { region: labels[Number(r.rid)]!, period: Number(r.period), earlier: rowOf.get(at(r.earlier!).i)! }, row, analysis.regionColumn));
			}
			if (problems.length >= MAX_PROBLEMS) problems.push(problem('stopped', { max: MAX_PROBLEMS }));
			return fail(...problems);
		}

		const setAside = await tally(conn, verdicts, labels, verdictOf);
		const [kept] = await conn.rows<{ n: number; periods: string | null; cids: string | null }>(q.keptSummary(verdicts));
		if (!kept || Number(kept.n) === 0) return nothingLinked(setAside, label);
		onPhase('store');
		const keptCodes = (kept.cids ?? '').split(';').filter((c) => c !== '').map((c) => codeList[Number(c)]!);
		await conn.table(meta, { indicator_id: [indicatorId], source_id: [`import_${ctx.id}`] });
		const values = await conn.ipc(q.keptValues(verdicts, codes, meta));
		const record = indicatorRecord({ ...analysis, notes }, checked.value, ctx, {
			periods: new Set((kept.periods ?? '').split(';').filter((p) => p !== '').map(Number)),
			level: keptCodes.some((c) => !c.startsWith('GM')) ? 'wijk' : 'gemeente',
			setAside,
			values: null,
			rows: Number(kept.n),
			margins: [],
			rate: null
		});
		const stored = toStored(record);
		// The same tables, in the same order, as the TypeScript path keeps them.
		const ipc = Object.fromEntries(Object.entries(stored.ipc).flatMap(([name, bytes]) => (name === 'sources' ? [['indicator_values', values], [name, bytes]] : [[name, bytes]])));
		return ok({ ...stored, ipc, tableNames: Object.keys(ipc) as StoredImport['tableNames'], areas: keptCodes });
	} finally {
		for (const name of [regions, periods, known, codes, meta, verdicts]) await conn.run(q.dropTable(name)).catch(() => undefined);
	}
}

/** The row of the keys for the whole body (g = 3): its last record with two filled cells, its records with one. */
function wholeBody(keys: { g: number[]; last: (number | null)[]; ones: (number[] | null)[] }): { last: number | null; ones: number[] | null } | undefined {
	const i = keys.g.findIndex((g) => Number(g) === 3);
	return i < 0 ? undefined : { last: keys.last[i] ?? null, ones: keys.ones[i] ?? null };
}

/**
 * `items.map(judge)`, in slices of about 20 ms with the page let go between them: a buurt file has hundreds of
 * thousands of distinct region names, and judging them at once held the page for seconds.
 */
export async function inSlices<T, R>(items: readonly T[], judge: (item: T) => R, sliceMs = 20): Promise<R[]> {
	const out: R[] = new Array(items.length);
	let start = performance.now();
	for (let i = 0; i < items.length; i++) {
		out[i] = judge(items[i]!);
		if ((i & 255) === 255 && performance.now() - start > sliceMs) {
			await new Promise((resolve) => setTimeout(resolve, 0));
			start = performance.now();
		}
	}
	return out;
}

/** A line of the body the TypeScript analysis would refuse the whole file for, worded as it words it; else null. */
async function bodyLineProblems(src: q.BodySource, blob: Blob, conn: EngineConnection): Promise<Outcome<never> | null> {
	const [found] = await conn.rows<{ mixed: number[] | null; quote: number | null }>(q.bodyLines(src, DELIMITERS));
	const mixed = [...(found?.mixed ?? [])].map((v) => ({ record: Math.floor(Number(v) / DELIMITERS.length), used: DELIMITERS[Number(v) % DELIMITERS.length]! }));
	const quote = found?.quote === null || found?.quote === undefined ? null : Number(found.quote);
	if (mixed.length === 0 && quote === null) return null;
	const rowOf = await recordRows(blob, src.skip, mixed.length > 0 ? mixed.map((m) => m.record) : [quote!]);
	if (mixed.length > 0) return fail(...mixed.map((m) => mixedDelimiterProblem(rowOf.get(m.record)!, m.used, src.delimiter)));
	return fail(problem('unclosedQuote', {}, rowOf.get(quote!)!));
}

/** What was set aside, worded as the TypeScript tally words it (record.ts SetAsideTally). */
async function tally(conn: EngineConnection, verdicts: string, labels: readonly string[], verdictOf: readonly RegionVerdict[]): Promise<SetAside[]> {
	const examples = new Map<string, Phrase[]>();
	for (const r of await conn.rows<{ verdict: number; rid: number; marker: number | null; period: number | null }>(q.asideExamples(verdicts, SET_ASIDE_EXAMPLES))) {
		const verdict = q.VERDICTS[Number(r.verdict) - 1]!;
		const label = labels[Number(r.rid)]!;
		const region = verdictOf[Number(r.rid)]!;
		let example: Phrase = label;
		if (verdict === 'missing') example = `${label}${r.marker === null ? '' : ` ("${q.MARKERS[Number(r.marker) - 1]}")`}`;
		else if (verdict === 'existing') example = `${label} ${r.period}`;
		else if (region.kind !== 'gemeente' && region.kind !== 'area') example = regionExample(region);
		examples.set(verdict, [...(examples.get(verdict) ?? []), example]);
	}
	return (await conn.rows<{ verdict: number; n: number }>(q.asideCounts(verdicts))).map((r) => {
		const reason = q.VERDICTS[Number(r.verdict) - 1] as SetAside['reason'];
		return { reason, count: Number(r.n), examples: examples.get(reason) ?? [] };
	});
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
