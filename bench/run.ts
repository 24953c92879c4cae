/**
 * `npm run bench`: builds the site, serves it on 127.0.0.1 as a static host would (precompressed files), and
 * measures it in Debian's Chromium with fresh profiles: cold start against a reference page that only starts
 * DuckDB, at local speed and on a throttled link (bench/server.ts, THROTTLED), a warm second visit on that link,
 * selection changes on the shipped data and on synthetic data at scale, import speed against DuckDB's read_csv, and
 * sizes. Writes bench/out/results-*.json and bench/RESULTS.md. Not part of `npm test`: it takes minutes and
 * measures, it does not assert.
 *
 * Options: --runs N (5) --changes N (100) --scale N (100) --import-mb N (200) --no-build --no-scale --no-import
 * --cold-only (cold and warm starts only)
 */
import { chromium, type Browser } from '@playwright/test';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchPage, coldVisit, interactions, keepSynthetic, keptImport, longestBlock, median, numberOption, PHASES, percentile, spread, startHeartbeat, warmVisit, type ColdRun, type WarmRun } from './measure';
import { serve, THROTTLED } from './server';
import { syntheticAt } from './synthetic';
import { resultsTable, writeResults, type Results } from './report';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => numberOption(args, name, fallback);
const RUNS = opt('runs', 5);
const CHANGES = opt('changes', 100);
const SCALE = opt('scale', 100);
const IMPORT_MB = opt('import-mb', 200);
const root = resolve(import.meta.dirname, '..');
const out = join(root, 'bench/out');
mkdirSync(out, { recursive: true });
const log = (s: string) => console.log(`[bench] ${s}`);

if (!args.includes('--no-build')) {
	log('build');
	execSync('npm run build', { cwd: root, stdio: 'inherit' });
}

// The site as a static host serves it (precompressed files, revalidation), once at local speed and once behind the
// throttled link of a user on a gemeente network.
const { server, url, wire } = await serve(join(root, 'build'), out);
const slow = await serve(join(root, 'build'), out, 0, THROTTLED);
log(`serving build/ on ${url} and, throttled, on ${slow.url}`);
const browser: Browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
});
const version = browser.version();
// Other work on the machine shares its cores with Chromium's compile of the engine: recorded, not corrected for.
const loadBefore = loadavg()[0]!;

try {
	// Cold start: the app's first page against the reference page, alternating so both see the same machine state.
	const cold = async (base: string, w: typeof wire, label: string) => {
		const app: ColdRun[] = [];
		const reference: ColdRun[] = [];
		for (let i = 0; i < RUNS; i++) {
			app.push(await coldVisit(browser, `${base}/`, 'kloofmeter:chart:chart-map', w));
			reference.push(await coldVisit(browser, `${base}/diagnose/`, null, w));
			log(`${label} cold run ${i + 1}/${RUNS}: chart ${Math.round(app.at(-1)!.chartMs ?? -1)} ms, DuckDB ready ${Math.round(app.at(-1)!.duckdbReadyMs ?? -1)} ms (reference ${Math.round(reference.at(-1)!.duckdbReadyMs ?? -1)} ms), ${(app.at(-1)!.wireBytes / 1048576).toFixed(2)} MB`);
		}
		return { app, reference };
	};
	const local = await cold(url, wire, 'local');
	const throttled = await cold(slow.url, slow.wire, 'throttled');
	const warm: WarmRun[] = [];
	for (let i = 0; i < Math.min(RUNS, 3); i++) {
		warm.push(await warmVisit(browser, `${slow.url}/`, 'kloofmeter:chart:chart-map', slow.wire));
		log(`throttled warm visit ${i + 1}: chart ${Math.round(warm.at(-1)!.second.chartMs ?? -1)} ms, DuckDB ready ${Math.round(warm.at(-1)!.second.duckdbReadyMs ?? -1)} ms, ${(warm.at(-1)!.second.wireBytes / 1024).toFixed(0)} KB`);
	}
	const app = local.app;

	// Sizes, from the first cold visit: what the page fetched, and the route's JS gzipped (from the built files).
	// Each URL once: the engine's wasm is requested twice (the early download and the worker's, served from the cache).
	const first = [...new Map(app[0]!.responses.map((r) => [r.url, r])).values()];
	const localFile = (u: string) => join(root, 'build', new URL(u).pathname);
	const routeJs = first.filter((r) => r.type === 'script' && !/worker/.test(r.url));
	const gz = routeJs.reduce((s, r) => s + (existsSync(localFile(r.url)) ? gzipSync(readFileSync(localFile(r.url))).length : 0), 0);
	const raw = (r: { url: string }) => (existsSync(localFile(r.url)) ? statSync(localFile(r.url)).size : 0);
	const sizes = {
		routeJsBytes: routeJs.reduce((s, r) => s + raw(r), 0),
		routeJsGzipBytes: gz,
		totalBytes: first.reduce((s, r) => s + raw(r), 0),
		wasmBytes: first.filter((r) => r.url.endsWith('.wasm')).reduce((s, r) => s + raw(r), 0),
		workerJsBytes: first.filter((r) => /worker/.test(r.url)).reduce((s, r) => s + raw(r), 0)
	};

	// Selection changes on the shipped data.
	const noChanges = args.includes('--cold-only');
	const per = { overview: Math.ceil(CHANGES * 0.4), kloof: Math.ceil(CHANGES * 0.3), vergelijk: Math.ceil(CHANGES * 0.3) };
	const shippedContext = await browser.newContext({ serviceWorkers: 'block' });
	const { changes: shipped, draw: shippedDraw } = noChanges ? { changes: { overview: [], kloof: [], vergelijk: [] }, draw: {} } : await interactions(await benchPage(shippedContext), url, per);
	await shippedContext.close();
	log(`interactions on shipped data: ${Object.values(shipped).flat().length} changes`);

	// At scale: synthetic tables kept in IndexedDB as the app keeps imports, then loaded through its own path.
	let scale: Results['scale'] = null;
	if (!args.includes('--no-scale') && !noChanges) {
		const { parts, arrowDir } = syntheticAt(root, out, SCALE);
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await benchPage(context);
		await page.goto(`${url}/diagnose/`);
		await keepSynthetic(page, parts, arrowDir);
		const rows = parts.reduce((s, p) => s + (p.table === 'indicator_values' ? p.rows : 0), 0);
		const findings = parts.reduce((s, p) => s + (p.table === 'findings' ? p.rows : 0), 0);
		log(`scale ${SCALE}: ${rows} synthetic values, ${findings} synthetic findings kept; measuring`);
		const t0 = Date.now();
		const { changes, draw } = await interactions(page, url, per);
		scale = { scale: SCALE, values: rows, findings, firstLoadMs: Date.now() - t0, changes, draw: drawSummary(draw) };
		await context.close();
	}

	// Import: the app's path against DuckDB's read_csv, same file, same page.
	let importResult: Results['import'] = null;
	if (!args.includes('--no-import') && !noChanges) {
		const statline = join(out, `statline_${IMPORT_MB}.csv`);
		if (!existsSync(statline)) execSync(`npx tsx scripts/build-synthetic.ts --statline ${IMPORT_MB} --out ${out}`, { cwd: root, stdio: 'inherit' });
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await benchPage(context);
		await page.goto(`${url}/diagnose/`);
		await page.waitForSelector('[data-testid="diagnose"][data-state="ready"]', { timeout: 120_000 });
		// How long the main thread was blocked while the file went in (the badfiles e2e used to assert this; timing is ours).
		await startHeartbeat(page);
		await page.locator('#diagnose-file').setInputFiles(statline);
		const result = page.locator('[data-testid="diagnose-file-result"]');
		await result.waitFor({ timeout: 900_000 });
		const longestBlockMs = await longestBlock(page);
		const bytes = Number(await result.getAttribute('data-bytes'));
		const importMs = Number(await result.getAttribute('data-import-ms'));
		const readCsvMs = Number(await result.getAttribute('data-readcsv-ms'));
		importResult = { bytes, importMs, readCsvMs, longestBlockMs, kept: null };
		log(`import ${Math.round(bytes / 1048576)} MB: app ${importMs} ms, read_csv ${readCsvMs} ms, main thread blocked at most ${longestBlockMs} ms`);
		await context.close();
		// The same file through the app's own form on /data/, kept, and read back after a reload: what a user waits for
		// (/diagnose/ plans and loads without keeping).
		const keeping = await browser.newContext({ serviceWorkers: 'block' });
		importResult.kept = await keptImport(await benchPage(keeping), url, statline);
		log(`import through /data/: preview ${importResult.kept.previewMs} ms, until done ${importResult.kept.importMs} ms (blocked at most ${importResult.kept.longestBlockMs} ms), back after a reload in ${importResult.kept.reloadMs} ms: ${importResult.kept.valuesAfterReload}`);
		await keeping.close();
	}

	const all = (r: Record<string, (number | null)[]>) => Object.values(r).flat();
	const results: Results = {
		date: new Date().toISOString(),
		machine: { cores: cpus().length, memoryGiB: Math.round(totalmem() / 1024 ** 3), chromium: version, node: process.version, load: [loadBefore, loadavg()[0]!] },
		runs: RUNS,
		cold: coldSummary(local),
		throttled: { network: THROTTLED, ...coldSummary(throttled) },
		warm: {
			chart: stat(warm.map((w) => w.second.chartMs)),
			duckdbReady: stat(warm.map((w) => w.second.duckdbReadyMs)),
			firstQuery: stat(warm.map((w) => w.second.firstQueryMs)),
			wireBytes: stat(warm.map((w) => w.second.wireBytes)),
			installBytes: stat(warm.map((w) => w.installBytes))
		},
		shipped: summarise(shipped),
		shippedDraw: drawSummary(shippedDraw),
		scale: scale ? { ...scale, changes: scale.changes } : null,
		scaleSummary: scale ? summarise(scale.changes) : null,
		import: importResult,
		sizes
	};
	writeFileSync(join(out, `results-${results.date.replace(/[:.]/g, '-')}.json`), JSON.stringify(results, null, 1));
	writeResults(join(root, 'bench/RESULTS.md'), results);
	console.log(`\n${resultsTable(results)}\n`);
	log(`wrote bench/RESULTS.md; p95 shipped ${Math.round(percentile(all(shipped).filter((v): v is number => v !== null), 95) ?? -1)} ms`);

	function stat(values: (number | null)[]) {
		return { median: median(values), spread: spread(values) };
	}

	function coldSummary(r: { app: ColdRun[]; reference: ColdRun[] }) {
		const phases = (runs: ColdRun[]) => Object.fromEntries(PHASES.map((p) => [p, median(runs.map((x) => x.phases[p] ?? null))]));
		return {
			appChart: stat(r.app.map((x) => x.chartMs)),
			appFirstQuery: stat(r.app.map((x) => x.firstQueryMs)),
			appDuckdbReady: stat(r.app.map((x) => x.duckdbReadyMs)),
			referenceFirstQuery: stat(r.reference.map((x) => x.firstQueryMs)),
			referenceDuckdbReady: stat(r.reference.map((x) => x.duckdbReadyMs)),
			appWireBytes: stat(r.app.map((x) => x.wireBytes)),
			referenceWireBytes: stat(r.reference.map((x) => x.wireBytes)),
			appPhases: phases(r.app),
			referencePhases: phases(r.reference)
		};
	}

	function drawSummary(d: Record<string, number[]>) {
		return Object.fromEntries(Object.entries(d).map(([chart, v]) => [chart, { p50: percentile(v, 50), p95: percentile(v, 95) }]));
	}

	function summarise(r: Record<string, (number | null)[]>) {
		const ok = all(r).filter((v): v is number => v !== null);
		return {
			changes: all(r).length,
			timedOut: all(r).length - ok.length,
			p50: percentile(ok, 50),
			p95: percentile(ok, 95),
			perPage: Object.fromEntries(Object.entries(r).map(([k, v]) => [k, { p50: percentile(v.filter((x): x is number => x !== null), 50), p95: percentile(v.filter((x): x is number => x !== null), 95) }]))
		};
	}
} finally {
	await browser.close();
	server.close();
	slow.server.close();
}
