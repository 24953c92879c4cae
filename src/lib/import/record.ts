/**
 * An import twice over: as planned (rows per target table in columns, easy to check) and as kept (the same rows as
 * Arrow IPC bytes per table, made once in the worker, so replaying an import into DuckDB moves bytes and never
 * re-encodes millions of values on the page's thread), with its origin and what was set aside.
 */
import * as aq from 'arquero';
import { toArrowIpc } from '$lib/schema/pipeline';
import { TABLE_SPECS, type TableName } from '$lib/schema/tables';
import type { Phrase } from './problems';

export type Columns = Record<string, (string | number | null)[]>;

export interface SetAside {
	/**
	 * aggregate: country, province, …; former: merged or split gemeente; unknown: not in the name table; missing: a
	 * marker or an empty cell; existing: the continued indicator already has this gemeente and year.
	 */
	readonly reason: 'aggregate' | 'former' | 'unknown' | 'missing' | 'existing';
	readonly count: number;
	/** Labels from the file, some with a note in words (translated when shown); imports kept before hold strings. */
	readonly examples: readonly Phrase[];
}

export interface ImportRecord {
	readonly id: string;
	readonly kind: 'indicator' | 'findings';
	readonly fileName: string;
	/** ISO timestamp. */
	readonly importedAt: string;
	readonly label: string;
	readonly rows: number;
	readonly setAside: readonly SetAside[];
	/** Worded when shown (views/problems.ts phraseText); imports kept before notes were phrases hold plain text. */
	readonly notes: readonly Phrase[];
	readonly tables: Partial<Record<TableName, Columns>>;
}

/** What the Data page lists and a gemeente page asks: an import without its bytes. */
export interface ImportMeta extends Omit<ImportRecord, 'tables'> {
	/** The tables it adds rows to. */
	readonly tableNames: readonly TableName[];
	/** Area codes with imported values, and gemeenten with an imported trajectory. */
	readonly areas: readonly string[];
	readonly trajectoryGemeenten: readonly string[];
}

/** An import as kept: its description and its rows as Arrow bytes per table. */
export interface StoredImport extends ImportMeta {
	readonly ipc: Partial<Record<TableName, Uint8Array>>;
}

export function toStored(record: ImportRecord): StoredImport {
	const { tables, ...meta } = record;
	const ipc: Partial<Record<TableName, Uint8Array>> = {};
	for (const [name, cols] of Object.entries(tables) as [TableName, Columns][]) ipc[name] = toArrowIpc(aq.table(cols), TABLE_SPECS[name]);
	return {
		...meta,
		ipc,
		tableNames: Object.keys(ipc) as TableName[],
		areas: [...new Set((tables.indicator_values?.area_code ?? []).map(String))],
		trajectoryGemeenten: [...new Set((tables.trajectories?.gemeente_code ?? []).map(String))]
	};
}

export function rowsToColumns(rows: readonly Record<string, string | number | null>[], columns: readonly string[]): Columns {
	const out: Columns = Object.fromEntries(columns.map((c) => [c, []]));
	for (const r of rows) for (const c of columns) out[c]!.push(r[c] ?? null);
	return out;
}

/** A short unique id for an import, safe in table values and as an IndexedDB key. */
export function newImportId(now: Date, random: () => number = Math.random): string {
	return `imp${now.getTime().toString(36)}${Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')}`;
}

/** Collects labels per reason, keeping a few examples and the count. */
export class SetAsideTally {
	private readonly map = new Map<SetAside['reason'], { count: number; examples: Map<string, Phrase> }>();
	add(reason: SetAside['reason'], label: Phrase): void {
		const e = this.map.get(reason) ?? { count: 0, examples: new Map<string, Phrase>() };
		e.count++;
		if (e.examples.size < 12) e.examples.set(JSON.stringify(label), label);
		this.map.set(reason, e);
	}
	list(): SetAside[] {
		return [...this.map.entries()].map(([reason, e]) => ({ reason, count: e.count, examples: [...e.examples.values()] }));
	}
}
