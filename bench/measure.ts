/**
 * What the benchmark does in the browser: cold starts read from the app's own performance marks, selection changes
 * timed inside the page from the change until every chart on it has drawn again, and the file test of /diagnose/.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { SyntheticPart } from './synthetic';

/**
 * A page that can run functions compiled by tsx: esbuild names arrow functions through a `__name` helper, which
 * exists in Node but not in the page.
 */
export async function benchPage(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	await page.addInitScript('globalThis.__name = (f) => f');
	return page;
}

/** A numeric command-line option, `--name N`. */
export function numberOption(args: readonly string[], name: string, fallback: number): number {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? Number(args[i + 1]) : fallback;
}

/** The engine's start-up marks (src/lib/db/engine.ts) and the first answer, in page order. */
export const PHASES = ['kloofmeter:engine-start', 'kloofmeter:engine-module', 'kloofmeter:engine-instantiated', 'kloofmeter:duckdb-ready', 'kloofmeter:first-query'] as const;

export interface ColdRun {
	readonly chartMs: number | null;
	readonly duckdbReadyMs: number | null;
	readonly firstQueryMs: number | null;
	/** Milliseconds after navigation start of each of PHASES (null when a mark never came). */
	readonly phases: Record<string, number | null>;
	readonly responses: { url: string; type: string; bytes: number }[];
	/** Bytes the server sent until the first answer (headers and bodies, compressed where the browser accepted it). */
	readonly wireBytes: number;
}

/** Counts what the server sends; the benchmark's server (bench/server.ts) provides it. */
export interface Wire {
	bytes: number;
	reset(): void;
}

async function marks(page: Page, names: readonly string[], timeoutMs: number): Promise<Record<string, number | null>> {
	await page
		.waitForFunction((ns) => ns.every((n) => performance.getEntriesByName(n).length > 0), names, { timeout: timeoutMs, polling: 50 })
		.catch(() => undefined);
	return page.evaluate((ns) => Object.fromEntries(ns.map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? null])), names);
}

async function visit(page: Page, url: string, chartMark: string | null, wire: Wire): Promise<ColdRun> {
	const responses: ColdRun['responses'] = [];
	page.on('response', (r) => {
		const len = Number(r.headers()['content-length'] ?? 0);
		responses.push({ url: r.url(), type: r.request().resourceType(), bytes: len });
	});
	wire.reset();
	await page.goto(url);
	const m = await marks(page, [...PHASES, ...(chartMark ? [chartMark] : [])], 180_000);
	const wireBytes = wire.bytes;
	return { chartMs: chartMark ? m[chartMark]! : null, duckdbReadyMs: m['kloofmeter:duckdb-ready']!, firstQueryMs: m['kloofmeter:first-query']!, phases: Object.fromEntries(PHASES.map((p) => [p, m[p]!])), responses, wireBytes };
}

/** One cold visit in a fresh profile (no cache, no service worker). */
export async function coldVisit(browser: Browser, url: string, chartMark: string | null, wire: Wire): Promise<ColdRun> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		return await visit(await benchPage(context), url, chartMark, wire);
	} finally {
		await context.close();
	}
}

export interface WarmRun {
	readonly first: ColdRun;
	/** Bytes from the first answer until the service worker had installed (it caches the app for offline use). */
	readonly installBytes: number;
	readonly second: ColdRun;
}

/**
 * A first visit with the service worker allowed, until it has installed and taken control, then a second visit
 * in the same profile: what a returning user waits for (HTTP cache and service worker cache).
 */
export async function warmVisit(browser: Browser, url: string, chartMark: string, wire: Wire): Promise<WarmRun> {
	const context = await browser.newContext({ serviceWorkers: 'allow' });
	try {
		const page = await benchPage(context);
		const first = await visit(page, url, chartMark, wire);
		wire.reset();
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
		});
		const installBytes = wire.bytes;
		await page.close();
		const second = await visit(await benchPage(context), url, chartMark, wire);
		return { first, installBytes, second };
	} finally {
		await context.close();
	}
}

/**
 * Synthetic tables (bench/synthetic.ts) kept in the page's IndexedDB as the app keeps a user's imports, so the app
 * loads them through its own path on the next page. The page must be on the site's origin.
 */
export async function keepSynthetic(page: Page, parts: readonly SyntheticPart[], arrowDir: string): Promise<void> {
	await page.evaluate(
		async ({ parts, arrowDir }) => {
			// The app's store (src/lib/import/store.ts, version 3): descriptions in "imports", bytes in "parts", each
			// part one piece of its table (every synthetic file is under the 127 MiB Chromium keeps in one value).
			const db = await new Promise<IDBDatabase>((ok, no) => {
				const r = indexedDB.open('kloofmeter', 3);
				r.onupgradeneeded = () => {
					r.result.createObjectStore('imports', { keyPath: 'id' });
					r.result.createObjectStore('parts', { keyPath: ['importId', 'table', 'piece'] }).createIndex('table', 'table');
				};
				r.onsuccess = () => ok(r.result);
				r.onerror = () => no(r.error);
			});
			for (const [i, p] of parts.entries()) {
				const bytes = new Uint8Array(await (await fetch(`/__bench/${arrowDir}/${p.file}`)).arrayBuffer());
				const importedAt = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
				const meta = { id: `synthetisch-${i}`, kind: p.table === 'indicator_values' || p.table === 'indicators' ? 'indicator' : 'findings', fileName: `[synthetisch] ${p.file}`, importedAt, label: `[synthetisch] ${p.table}`, rows: p.rows, setAside: [], notes: ['Synthetisch: alleen voor de benchmark.'], tableNames: [p.table], areas: [], trajectoryGemeenten: [] };
				await new Promise((ok, no) => {
					const tx = db.transaction(['imports', 'parts'], 'readwrite');
					tx.objectStore('imports').put(meta);
					tx.objectStore('parts').put({ importId: meta.id, table: p.table, piece: 0, importedAt, bytes });
					tx.oncomplete = ok;
					tx.onerror = () => no(tx.error);
				});
			}
			db.close();
		},
		{ parts, arrowDir }
	);
}

export type Action = { readonly kind: 'select'; readonly selector: string; readonly value: string } | { readonly kind: 'click'; readonly selector: string };

/**
 * Applies one change inside the page and waits until every chart has received its new rows and, where there is
 * something to draw, drawn them. Milliseconds, or null after the timeout.
 */
export function timedChange(page: Page, action: Action, charts: readonly string[], timeoutMs = 15_000): Promise<number | null> {
	return page.evaluate(
		async ({ action, charts, timeoutMs }) => {
			const fig = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
			const renders = (id: string) => Number(fig(id)?.dataset.renders ?? 0);
			const updates = (id: string) => Number(fig(id)?.dataset.updates ?? 0);
			const before = charts.map(renders);
			const beforeUpdates = charts.map(updates);
			const t0 = performance.now();
			// For bench/profile.ts --timeline: where each change starts among the app's own marks.
			performance.mark('bench:change');
			const el = document.querySelector<HTMLElement>(action.selector);
			if (!el) return null;
			if (action.kind === 'select') {
				(el as HTMLSelectElement).value = action.value;
				el.dispatchEvent(new Event('change', { bubbles: true }));
			} else el.click();
			const done = () =>
				charts.every((id, i) => {
					const f = fig(id);
					if (!f || f.dataset.state === 'loading' || updates(id) <= beforeUpdates[i]!) return false;
					return f.dataset.state !== 'ready' || renders(id) > before[i]!;
				});
			while (!done()) {
				if (performance.now() - t0 > timeoutMs) return null;
				await new Promise((r) => requestAnimationFrame(() => r(null)));
			}
			return performance.now() - t0;
		},
		{ action, charts, timeoutMs }
	);
}

export async function options(page: Page, selector: string): Promise<string[]> {
	return page.$$eval(`${selector} option`, (os) => os.map((o) => (o as HTMLOptionElement).value));
}

export function percentile(values: readonly number[], p: number): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[idx]!;
}

export function median(values: readonly (number | null)[]): number | null {
	return percentile(values.filter((v): v is number => v !== null), 50);
}

export function spread(values: readonly (number | null)[]): [number, number] | null {
	const v = values.filter((x): x is number => x !== null);
	return v.length === 0 ? null : [Math.min(...v), Math.max(...v)];
}

/** Plot's drawing time of each chart on the page so far (Chart.svelte measures it), then cleared. */
async function drawTimes(page: Page, into: Record<string, number[]>): Promise<void> {
	const measured = await page.evaluate(() => {
		const list = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('kloofmeter:draw:'));
		performance.clearMeasures();
		return list.map((m) => [m.name.slice('kloofmeter:draw:'.length), m.duration] as const);
	});
	for (const [chart, ms] of measured) (into[chart] ??= []).push(ms);
}

/** Called around each page's changes, after its first draw and before leaving it (bench/profile.ts profiles there). */
export interface PageHooks {
	before(page: string): Promise<void>;
	after(page: string): Promise<void>;
}

/**
 * Scripted selection changes on the three pages with charts that follow a selection: milliseconds per change and
 * page, and in `draw` what Plot spent drawing each chart during those changes (the part of a change that is
 * neither query nor analysis).
 */
export async function interactions(
	page: Page,
	base: string,
	perPage: { overview: number; kloof: number; vergelijk: number },
	around: PageHooks = { before: async () => {}, after: async () => {} }
): Promise<{ changes: Record<string, (number | null)[]>; draw: Record<string, number[]> }> {
	const out: Record<string, (number | null)[]> = { overview: [], kloof: [], vergelijk: [] };
	const draw: Record<string, number[]> = {};
	const ready = (id: string) => page.waitForSelector(`[data-testid="${id}"][data-state="ready"]`, { timeout: 180_000 });

	await page.goto(`${base}/`);
	await ready('chart-map');
	await ready('chart-strip');
	await page.waitForFunction(() => performance.getEntriesByName('kloofmeter:first-query').length > 0, undefined, { timeout: 180_000 });
	await page.evaluate(() => performance.clearMeasures());
	const indicators = (await options(page, '#kaart-indicator')).filter((v) => v !== 'misdrijven_per_1000');
	const provinces = await options(page, '#kaart-provincie');
	for (let i = 0; i < perPage.overview; i++) {
		const action: Action =
			i % 4 === 3
				? { kind: 'select', selector: '#kaart-provincie', value: provinces[(i / 4 + 1) % provinces.length | 0]! }
				: { kind: 'select', selector: '#kaart-indicator', value: indicators[i % indicators.length]! };
		if (i === 0) await around.before('overview');
		out.overview!.push(await timedChange(page, action, ['chart-map', 'chart-strip']));
	}
	await around.after('overview');

	await drawTimes(page, draw);

	await page.goto(`${base}/kloof/`);
	await ready('chart-gap-scatter');
	await page.evaluate(() => performance.clearMeasures());
	const themes = (await options(page, 'select[aria-label="Thema"]')).filter((v) => v !== '');
	for (let i = 0; i < perPage.kloof; i++) {
		const action: Action =
			i % 3 === 0
				? { kind: 'click', selector: `input[name="referentie"][value="${(i / 3) % 2 === 0 ? 'peers' : 'all'}"]` }
				: { kind: 'select', selector: 'select[aria-label="Thema"]', value: i % 5 === 4 ? '' : themes[i % themes.length]! };
		if (i === 0) await around.before('kloof');
		out.kloof!.push(await timedChange(page, action, ['chart-gap-scatter', 'chart-gap-ranking']));
	}
	await around.after('kloof');

	await drawTimes(page, draw);

	await page.goto(`${base}/vergelijk/`);
	await ready('chart-theme-matrix');
	await page.evaluate(() => performance.clearMeasures());
	const groups = await options(page, '#filter-groep');
	const stances = ['solution', 'strength', 'problem'];
	for (let i = 0; i < perPage.vergelijk; i++) {
		const action: Action =
			i % 2 === 0 ? { kind: 'select', selector: '#filter-houding', value: stances[(i / 2) % 3]! } : { kind: 'select', selector: '#filter-groep', value: groups[((i - 1) / 2 + 1) % groups.length]! };
		if (i === 0) await around.before('vergelijk');
		out.vergelijk!.push(await timedChange(page, action, ['chart-theme-matrix', 'chart-recurring', 'chart-cooccurrence']));
	}
	await around.after('vergelijk');
	await drawTimes(page, draw);
	return { changes: out, draw };
}

/**
 * "The page responsive throughout": a heartbeat every 20 ms; the longest gap between two beats (longestBlock) is the
 * longest the main thread was blocked since.
 */
export async function startHeartbeat(page: Page): Promise<void> {
	await page.evaluate(() => {
		const w = window as unknown as { __longest: number };
		w.__longest = 0;
		let last = performance.now();
		setInterval(() => {
			const now = performance.now();
			w.__longest = Math.max(w.__longest, now - last - 20);
			last = now;
		}, 20);
	});
}

export async function longestBlock(page: Page): Promise<number> {
	return Math.round(await page.evaluate(() => (window as unknown as { __longest: number }).__longest));
}

/** The app's own import of a figures file on /data/, kept in IndexedDB, and the values back after a reload. */
export interface KeptImport {
	/** From choosing the file until its preview asks for a name. */
	previewMs: number;
	/** From the import button until the import says it is done (planned, loaded and kept). */
	importMs: number;
	/** The longest the main thread was blocked meanwhile (a heartbeat every 20 ms), preview included. */
	longestBlockMs: number;
	/** From the reload until the values table is loaded again, read back from IndexedDB. */
	reloadMs: number;
	/** The rows the /data page counts in indicator_values after the reload. */
	valuesAfterReload: string;
}

export async function keptImport(page: Page, base: string, file: string): Promise<KeptImport> {
	const valuesReady = page.locator('tr[data-table="indicator_values"][data-state="ready"]');
	await page.goto(`${base}/data/`);
	await valuesReady.waitFor({ timeout: 180_000 });
	await startHeartbeat(page);
	const chosen = Date.now();
	await page.locator('#import-indicator-file').setInputFiles(file);
	const preview = page.getByTestId('import-preview');
	const name = preview.getByLabel('Naam van de indicator');
	await name.waitFor({ timeout: 300_000 });
	const previewMs = Date.now() - chosen;
	await name.fill('Benchmark (synthetisch)');
	const t0 = Date.now();
	await preview.getByRole('button', { name: 'Importeren' }).click();
	await page.getByTestId('indicator-import').getByTestId('import-done').waitFor({ timeout: 900_000 });
	const importMs = Date.now() - t0;
	const longestBlockMs = await longestBlock(page);
	await page.reload();
	const t1 = Date.now();
	await valuesReady.waitFor({ timeout: 600_000 });
	const reloadMs = Date.now() - t1;
	const valuesAfterReload = (await page.locator('tr[data-table="indicator_values"]').innerText()).replace(/\s+/g, ' ').trim();
	return { previewMs, importMs, longestBlockMs, reloadMs, valuesAfterReload };
}
