/**
 * `npm run data:synthetic -- --scale N [--seed S] [--out DIR] [--statline MB]`
 * Synthetic data for tests and benchmarks (scripts/synthetic/generate.ts); written to data/synthetic/, which git
 * ignores and the app never loads. Same arguments, same bytes.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateStatline, generateSynthetic } from './synthetic/generate';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
function option(name: string, fallback: number): number {
	const at = args.indexOf(`--${name}`);
	if (at < 0) return fallback;
	const value = Number(args[at + 1]);
	if (!Number.isFinite(value) || value <= 0) {
		console.error(`--${name} verwacht een positief getal, kreeg "${args[at + 1] ?? ''}"`);
		process.exit(2);
	}
	return value;
}
const outAt = args.indexOf('--out');
const outDir = outAt >= 0 && args[outAt + 1] ? resolve(args[outAt + 1]!) : resolve(root, 'data/synthetic');
const seed = option('seed', 1);
const started = performance.now();
if (args.includes('--statline')) {
	const { path, rows } = generateStatline({ megabytes: option('statline', 200), seed, outDir, root });
	console.log(`synthetisch: ${rows} rijen naar ${path}`);
} else {
	const { files } = generateSynthetic({ scale: option('scale', 1), seed, outDir, root });
	for (const [file, rows] of Object.entries(files)) console.log(`synthetisch: ${file} ${rows} rijen`);
}
console.log(`klaar in ${((performance.now() - started) / 1000).toFixed(1)} s, in ${outDir}`);
