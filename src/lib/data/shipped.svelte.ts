/**
 * Loads the shipped data files into DuckDB on demand, each table once, through the same pipeline user files take.
 * The CSV files are Vite assets (fingerprinted URLs served by the app itself).
 */
import { replaceTableFromArrow } from '$lib/db/client';
import { parseDelimited, toArrowIpc, typeRecords } from './pipeline';
import { TABLE_SPECS, type TableName } from './tables';

const urls = import.meta.glob('/data/out/*.csv', { query: '?url', import: 'default', eager: true }) as Record<
	string,
	string
>;

export const dataStatus = $state({ loading: 0, loaded: [] as TableName[], error: null as string | null });

const loading = new Map<TableName, Promise<void>>();

export function ensureTables(names: readonly TableName[]): Promise<void> {
	return Promise.all(names.map(ensureTable)).then(() => undefined);
}

function ensureTable(name: TableName): Promise<void> {
	let p = loading.get(name);
	if (!p) {
		p = loadTable(name).catch((error: unknown) => {
			loading.delete(name);
			dataStatus.error = error instanceof Error ? error.message : String(error);
			throw error;
		});
		loading.set(name, p);
	}
	return p;
}

async function loadTable(name: TableName): Promise<void> {
	const url = urls[`/data/out/${name}.csv`];
	if (!url) throw new Error(`Gegevensbestand ${name}.csv ontbreekt in deze versie.`);
	dataStatus.loading++;
	try {
		const response = await fetch(url);
		if (!response.ok) throw new Error(`${name}.csv kon niet worden geladen (HTTP ${response.status}).`);
		const specs = TABLE_SPECS[name];
		const parsed = parseDelimited(await response.text(), { delimiter: ',' });
		const typed = typeRecords(parsed, specs, { decimal: '.' });
		const errors = [...parsed.errors, ...typed.errors];
		if (errors.length > 0) {
			const e = errors[0]!;
			throw new Error(`${name}.csv, rij ${e.row}${e.column ? `, kolom ${e.column}` : ''}: ${e.message}`);
		}
		await replaceTableFromArrow(name, toArrowIpc(typed.table, specs));
		dataStatus.loaded.push(name);
	} finally {
		dataStatus.loading--;
	}
}
