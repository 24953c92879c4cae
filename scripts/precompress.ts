/**
 * Writes `name.br` and `name.gz` next to every compressible file in build/, so any static host can send the small
 * version (nginx `gzip_static`/`brotli_static`, Caddy `precompressed`, Apache MultiViews, Netlify, …) without
 * compressing 34 MB of wasm on every request. adapter-static's own `precompress` uses brotli quality 11 for every
 * file, which takes minutes on the wasm; quality 9 with a 16 MB window comes within a few per cent of it in seconds.
 * A compressed copy that saves nothing is not written: a host then sends the original.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.arrow', '.geojson', '.svg', '.csv', '.txt', '.xml', '.webmanifest']);
// Quality 11 costs about a second per MB: worth it on small files only (each of the 342 gemeente pages is ~90 KB).
const SMALL = 32 * 1024;
// The MVP engine only reaches browsers without wasm exceptions (none of today's majors): quality 5, 1 s instead of 20.
const RARE = /duckdb-(mvp|browser-mvp)/;
const br = promisify(brotliCompress);
const gz = promisify(gzip);

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : COMPRESSIBLE.has(extname(name)) ? [path] : [];
	});
}

async function compress(path: string): Promise<number> {
	const raw = readFileSync(path);
	const quality = RARE.test(path) ? 5 : raw.length > SMALL ? 9 : 11;
	const [b, g] = await Promise.all([
		br(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
		gz(raw, { level: 9 })
	]);
	let saved = 0;
	if (b.length < raw.length * 0.95) {
		writeFileSync(`${path}.br`, b);
		saved = raw.length - b.length;
	}
	if (g.length < raw.length * 0.95) writeFileSync(`${path}.gz`, g);
	return saved;
}

const root = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'build'));
const all = files(root);
const t0 = Date.now();
let saved = 0;
// zlib runs on libuv's thread pool: a few files at a time keep every core busy without holding 100 MB in memory.
const queue = [...all].sort((a, b) => statSync(b).size - statSync(a).size);
await Promise.all(
	Array.from({ length: 4 }, async () => {
		for (let path = queue.shift(); path; path = queue.shift()) saved += await compress(path);
	})
);
console.log(`precompress: ${all.length} bestanden in ${((Date.now() - t0) / 1000).toFixed(1)} s, brotli bespaart ${(saved / 1048576).toFixed(1)} MB`);
