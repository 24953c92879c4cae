/**
 * Where a selection change spends its time: the benchmark's scripted changes (measure.ts interactions) under
 * Chromium's sampling profiler, one profile per page, printed as the functions with the most self time on the
 * page's main thread (DuckDB answers in its worker: that time shows here as idle, and as the gap between the
 * change's wall time and the main thread's busy time). Serves an existing build/ (run `npm run build` first).
 *
 * node --max-old-space-size=12000 --import tsx bench/profile.ts [--scale N] [--changes N] [--top N] [--page P] [--build DIR] [--each] [--no-profile]
 * Without --scale: the shipped data. With it: the synthetic data bench/run.ts generates (bench/out/).
 * --no-profile: the change times only, without the profiler's overhead. --each: every statement with its start, in order. --timeline: per change, when each statement and each chart's drawing started and ended, from the change. --build: another build to serve (say, one of an earlier commit), to compare under the same load.
 * Writes each profile to bench/out/profile-<data>-<page>.cpuprofile (open it in Chromium's DevTools).
 */
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { benchPage, interactions, keepSynthetic, numberOption, percentile } from './measure';
import { serve } from './server';
import { syntheticAt } from './synthetic';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => numberOption(args, name, fallback);
const SCALE = opt('scale', 0);
const CHANGES = opt('changes', 10);
const TOP = opt('top', 25);
const plain = args.includes('--no-profile');
const only = args.includes('--page') ? args[args.indexOf('--page') + 1]! : null;
const root = resolve(import.meta.dirname, '..');
const build = args.includes('--build') ? resolve(args[args.indexOf('--build') + 1]!) : join(root, 'build');
const out = join(root, 'bench/out');
mkdirSync(out, { recursive: true });

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
	children?: number[];
}
interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

/** Self time per function (name, file, line), most first; idle and the profiler's own nodes apart. */
function selfTimes(p: Profile): { busyMs: number; idleMs: number; top: [string, number][] } {
	const byId = new Map(p.nodes.map((n) => [n.id, n]));
	const self = new Map<string, number>();
	let busy = 0;
	let idle = 0;
	p.samples.forEach((id, i) => {
		const ms = (p.timeDeltas[i + 1] ?? 0) / 1000;
		const f = byId.get(id)!.callFrame;
		if (f.functionName === '(idle)' || f.functionName === '(program)') {
			idle += ms;
			return;
		}
		busy += ms;
		const file = f.url.split('/').pop() ?? '';
		const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
		self.set(key, (self.get(key) ?? 0) + ms);
	});
	return { busyMs: busy, idleMs: idle, top: [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP) };
}

/** Per change: each statement and each chart's drawing, as start-end in ms from the change. */
async function printTimeline(page: Page): Promise<void> {
	const { starts, spans } = await page.evaluate(() => ({
		starts: performance.getEntriesByName('bench:change').map((m) => m.startTime),
		spans: performance
			.getEntriesByType('measure')
			.filter((m) => m.name === 'kloofmeter:query' || m.name.startsWith('kloofmeter:draw:'))
			.map((m) => ({ name: m.name === 'kloofmeter:query' ? String((m as PerformanceMeasure).detail).slice(0, 24) : m.name.slice('kloofmeter:draw:'.length), start: m.startTime, end: m.startTime + m.duration }))
	}));
	starts.forEach((start, i) => {
		const next = starts[i + 1] ?? Infinity;
		const own = spans.filter((s) => s.start >= start && s.start < next).sort((a, b) => a.start - b.start);
		console.log(`change ${i}: ${own.map((s) => `${s.name} ${Math.round(s.start - start)}-${Math.round(s.end - start)}`).join(' | ')}`);
	});
}

const { server, url } = await serve(build, out);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const label = SCALE ? `scale${SCALE}` : 'shipped';
try {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await benchPage(context);
	// A change that times out has usually failed: say why.
	page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
	page.on('console', (m) => m.type() === 'error' && console.log(`console error: ${m.text()}`));
	if (SCALE) {
		const { parts, arrowDir } = syntheticAt(root, out, SCALE);
		await page.goto(`${url}/diagnose/`);
		await keepSynthetic(page, parts, arrowDir);
	}
	const cdp: CDPSession = await context.newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	const pages = ['overview', 'kloof', 'vergelijk'];
	const per = Object.fromEntries(pages.map((p) => [p, only === null || only === p ? CHANGES : 0])) as { overview: number; kloof: number; vergelijk: number };
	let profiling: string | null = null;
	const load = [loadavg()[0]!];
	const { changes } = await interactions(page, url, per, {
		before: async (p) => {
			profiling = p;
			await page.evaluate(() => {
				performance.clearMeasures();
				performance.clearMarks('bench:change');
			});
			if (!plain) await cdp.send('Profiler.start');
		},
		after: async (p) => {
			const alerts = await page.$$eval('[role="alert"]', (es) => es.map((e) => e.textContent?.trim()).filter(Boolean));
			if (alerts.length) console.log(`alerts on ${p}: ${alerts.join(' | ')}`);
			if (profiling !== p) return;
			profiling = null;
			if (args.includes('--timeline')) await printTimeline(page);
			if (plain) return;
			const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
			writeFileSync(join(out, `profile-${label}-${p}.cpuprofile`), JSON.stringify(profile));
			const { busyMs, idleMs, top } = selfTimes(profile);
			console.log(`\n## ${label} ${p}: ${CHANGES} changes; main thread busy ${Math.round(busyMs)} ms, idle ${Math.round(idleMs)} ms`);
			for (const [fn, ms] of top) console.log(`${ms.toFixed(1).padStart(9)} ms  ${fn}`);
			const queries = await page.evaluate(() => performance.getEntriesByName('kloofmeter:query').map((m) => [String((m as PerformanceMeasure).detail), m.duration, m.startTime] as const));
			if (args.includes('--each')) for (const [text, ms, at] of queries) console.log(`  at ${at.toFixed(0).padStart(7)} ms: ${ms.toFixed(0).padStart(5)} ms  ${text}`);
			const byText = new Map<string, number[]>();
			for (const [text, ms] of queries) byText.set(text, [...(byText.get(text) ?? []), ms]);
			console.log(`queries (DuckDB in its worker, from the connection to its close; they overlap):`);
			for (const [text, list] of [...byText].sort((a, b) => b[1].reduce((x, y) => x + y) - a[1].reduce((x, y) => x + y)))
				console.log(`${list.reduce((x, y) => x + y).toFixed(0).padStart(9)} ms  ${list.length}× p50 ${Math.round(percentile(list, 50)!)} ms  ${text}`);
		}
	});
	load.push(loadavg()[0]!);
	console.log(`\nload ${load.map((l) => l.toFixed(1)).join(' → ')}`);
	for (const [p, list] of Object.entries(changes)) {
		const ok = list.filter((v): v is number => v !== null);
		if (ok.length) console.log(`${label} ${p}: p50 ${Math.round(percentile(ok, 50)!)} ms, p95 ${Math.round(percentile(ok, 95)!)} ms, each ${list.map((v) => (v === null ? '—' : Math.round(v))).join(' ')}${ok.length < list.length ? ` (${list.length - ok.length} timed out)` : ''}`);
	}
	await context.close();
} finally {
	await browser.close();
	server.close();
}
