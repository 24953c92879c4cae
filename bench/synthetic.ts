/**
 * Synthetic data for the benchmark at scale, as Arrow IPC files the page keeps like a user's imports (IndexedDB),
 * so the app loads it through its own path. Built from `npm run data:synthetic` output; every row is marked
 * synthetic there (syn_ ids, "[synthetisch]" labels, source "synthetic").
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDelimited, toArrowIpc, typeRecords } from '../src/lib/schema/pipeline';
import { TABLE_SPECS, type TableName } from '../src/lib/schema/tables';

export interface SyntheticPart {
	readonly table: TableName;
	readonly file: string;
	readonly rows: number;
}

const TABLES: TableName[] = ['indicators', 'trajectories', 'conversations', 'findings', 'indicator_values'];
const CHUNK = 1_000_000;

/** Arrow files for each synthetic table (indicator values in chunks of a million rows). */
export function syntheticArrow(csvDir: string, outDir: string): SyntheticPart[] {
	mkdirSync(outDir, { recursive: true });
	const manifest = join(outDir, 'manifest.json');
	if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')) as SyntheticPart[];
	const parts: SyntheticPart[] = [];
	for (const table of TABLES) {
		const lines = readFileSync(join(csvDir, `${table}.csv`), 'utf8').split('\n');
		const header = lines[0]!;
		const body = lines.slice(1).filter((l) => l.length > 0);
		for (let i = 0; i < body.length; i += CHUNK) {
			const parsed = parseDelimited([header, ...body.slice(i, i + CHUNK)].join('\n'), { delimiter: ',' });
			const typed = typeRecords(parsed, TABLE_SPECS[table], { decimal: '.' });
			if (typed.errors.length > 0) throw new Error(`${table}: ${JSON.stringify(typed.errors[0])}`);
			const file = `${table}-${i / CHUNK}.arrow`;
			writeFileSync(join(outDir, file), toArrowIpc(typed.table, TABLE_SPECS[table]));
			parts.push({ table, file, rows: typed.table.numRows() });
		}
	}
	writeFileSync(manifest, JSON.stringify(parts, null, 1));
	return parts;
}

/**
 * The synthetic tables at a scale, generated on first use (`npm run data:synthetic`, then Arrow) under `out`: the
 * parts and the folder (below `out`, which the benchmark's server serves under /__bench/) they are in.
 */
export function syntheticAt(root: string, out: string, scale: number): { parts: SyntheticPart[]; arrowDir: string } {
	const csvDir = join(out, `synthetic-csv-${scale}`);
	if (!existsSync(join(csvDir, 'indicator_values.csv'))) execSync(`npx tsx scripts/build-synthetic.ts --scale ${scale} --out ${csvDir}`, { cwd: root, stdio: 'inherit' });
	const arrowDir = `synthetic-arrow-${scale}`;
	return { parts: syntheticArrow(csvDir, join(out, arrowDir)), arrowDir };
}
