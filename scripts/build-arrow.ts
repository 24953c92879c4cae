/**
 * The shipped tables as Arrow IPC files (data/arrow/, generated, not committed): the browser loads them into DuckDB
 * as they are, so the first page neither downloads a CSV parser nor spends its main thread parsing. The files come
 * from data/out through the shipped pipeline (papaparse parses, typeRecords checks each cell against the table's
 * spec, arquero holds the table, flechette encodes), and any problem stops the build. A user's file takes its own
 * path in the import worker (src/lib/import/: sniffing, StatLine markers, region matching) and meets this one only
 * at the end, in the same table specs and the same Arrow encoder (toArrowIpc). The values are written one file per
 * area level (schema/shippedFiles.ts), so a view of gemeenten need not load the wijken.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDelimited, toArrowIpc, typeRecords } from '../src/lib/schema/pipeline';
import { shippedParts } from '../src/lib/schema/shippedFiles';
import { TABLE_NAMES, TABLE_SPECS } from '../src/lib/schema/tables';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'data/arrow');
// Emptied first: the loader bundles every file here, and one a table no longer has would ship for nothing.
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const name of TABLE_NAMES) {
	const parsed = parseDelimited(readFileSync(join(root, 'data/out', `${name}.csv`), 'utf8'), { delimiter: ',' });
	const typed = typeRecords(parsed, TABLE_SPECS[name], { decimal: '.' });
	const errors = [...parsed.errors, ...typed.errors];
	if (errors.length > 0) {
		const e = errors[0]!;
		throw new Error(`data/out/${name}.csv, rij ${e.row}${e.column ? `, kolom ${e.column}` : ''}: ${e.message}`);
	}
	for (const part of shippedParts(name, typed.table)) writeFileSync(join(outDir, `${part.file}.arrow`), toArrowIpc(part.table, TABLE_SPECS[name]));
}
console.log(`arrow: ${TABLE_NAMES.length} tabellen naar data/arrow/`);
