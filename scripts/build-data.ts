/**
 * `npm run data`: rebuilds data/out from data/sources and data/coded (see data/SCHEMA.md).
 *   npx tsx scripts/build-data.ts [--out <folder>]     (default data/out)
 * Same input, byte-identical output.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBuild } from './data/build';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const at = args.indexOf('--out');
if (at >= 0 && !args[at + 1]) {
	console.error('--out heeft een map nodig');
	process.exit(2);
}
const out = at >= 0 ? resolve(args[at + 1]!) : undefined;

try {
	const result = runBuild(root, out);
	for (const w of result.warnings) console.warn(`waarschuwing: ${w}`);
	const list = [...result.files.keys()].sort().join(', ');
	console.log(`data: ${result.files.size} bestanden geschreven naar ${result.outDir}: ${list}`);
} catch (error) {
	console.error(`data: build mislukt\n${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
