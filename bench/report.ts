/**
 * The benchmark's report: the generated table in bench/RESULTS.md (between markers, so the written analysis around
 * it survives a new run), each figure beside its target.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { KeptImport } from './measure';

type Stat = { median: number | null; spread: [number, number] | null };
type Draw = Record<string, { p50: number | null; p95: number | null }>;
type Cold = {
	appChart: Stat;
	appFirstQuery: Stat;
	appDuckdbReady: Stat;
	referenceFirstQuery: Stat;
	referenceDuckdbReady: Stat;
	appWireBytes: Stat;
	referenceWireBytes: Stat;
	appPhases: Record<string, number | null>;
	referencePhases: Record<string, number | null>;
};
type Summary = { changes: number; timedOut: number; p50: number | null; p95: number | null; perPage: Record<string, { p50: number | null; p95: number | null }> };

export interface Results {
	date: string;
	machine: { cores: number; memoryGiB: number; chromium: string; node: string; load: [number, number] };
	runs: number;
	cold: Cold;
	throttled: Cold & { network: { bytesPerSecond: number; roundTripMs: number } };
	warm: { chart: Stat; duckdbReady: Stat; firstQuery: Stat; wireBytes: Stat; installBytes: Stat };
	shipped: Summary;
	scale: { scale: number; values: number; findings: number; firstLoadMs: number; changes: Record<string, (number | null)[]>; draw: Draw } | null;
	/** Plot's drawing time per chart during the changes (p50, p95). */
	shippedDraw: Draw;
	scaleSummary: Summary | null;
	/** longestBlockMs: the longest the page's main thread was blocked during the import (older runs lack it). */
	/** kept: the same file through the app's own form on /data/, kept, and back after a reload (older runs lack it). */
	import: { bytes: number; importMs: number; readCsvMs: number; longestBlockMs?: number; kept?: KeptImport | null } | null;
	sizes: { routeJsBytes: number; routeJsGzipBytes: number; totalBytes: number; wasmBytes: number; workerJsBytes: number };
}

const START = '<!-- results:start -->';
const END = '<!-- results:end -->';

const ms = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${Math.round(v).toLocaleString('nl-NL')} ms`);
const stat = (s: Stat) => (s.median === null ? '–' : `${ms(s.median)} (${s.spread ? `${Math.round(s.spread[0])}–${Math.round(s.spread[1])}` : '–'})`);
const kb = (b: number) => `${(b / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 0 })} KB`;
const mb = (b: number) => `${(b / 1048576).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
const mbStat = (s: Stat) => (s.median === null ? '–' : `${mb(s.median)}${s.spread ? ` (${mb(s.spread[0])}–${mb(s.spread[1])})` : ''}`);
const met = (ok: boolean | null) => (ok === null ? 'niet gemeten' : ok ? 'gehaald' : '**niet gehaald**');

const ratio = (a: number | null, b: number | null) => (a !== null && b !== null && b > 0 ? a / b : null);
const times = (v: number | null) => (v === null ? '–' : `${v.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}×`);

/** The three start-up rows of one network profile: first chart, DuckDB ready and first answer, each against the reference. */
function coldRows(c: Cold, label: string, chartTarget: number): [string, string, string, boolean | null][] {
	const readyRatio = ratio(c.appDuckdbReady.median, c.referenceDuckdbReady.median);
	const queryRatio = ratio(c.appFirstQuery.median, c.referenceFirstQuery.median);
	return [
		[`${label}: eerste betekenisvolle grafiek (kaart op /)`, stat(c.appChart), `≤ ${chartTarget.toLocaleString('nl-NL')} ms`, c.appChart.median === null ? null : c.appChart.median <= chartTarget],
		[`${label}: DuckDB klaar, app / referentiepagina`, `${stat(c.appDuckdbReady)} / ${stat(c.referenceDuckdbReady)} = ${times(readyRatio)}`, '≤ 1,1×', readyRatio === null ? null : readyRatio <= 1.1],
		[`${label}: eerste DuckDB-antwoord, app / referentiepagina`, `${stat(c.appFirstQuery)} / ${stat(c.referenceFirstQuery)} = ${times(queryRatio)}`, '≤ 1,1×', queryRatio === null ? null : queryRatio <= 1.1]
	];
}

/** Where a start-up's time goes, median per phase (ms after navigation start), app against reference. */
function phaseLine(c: Cold, label: string): string {
	const names: Record<string, string> = {
		'kloofmeter:engine-start': 'motor gestart',
		'kloofmeter:engine-module': 'DuckDB-module geladen',
		'kloofmeter:engine-instantiated': 'wasm binnen en gecompileerd',
		'kloofmeter:duckdb-ready': 'DuckDB klaar',
		'kloofmeter:first-query': 'eerste antwoord'
	};
	const parts = Object.entries(names).map(([k, n]) => `${n} ${ms(c.appPhases[k])} / ${ms(c.referencePhases[k])}`);
	return `Fasen ${label} (mediaan, app / referentie, na navigatiestart): ${parts.join('; ')}.`;
}

/** What Plot alone spent drawing each chart during the changes: the part of a change that is neither query nor analysis. */
function drawLine(d: Draw, label: string): string {
	const parts = Object.entries(d).map(([chart, v]) => `${chart.replace(/^chart-/, '')} p50 ${ms(v.p50)} / p95 ${ms(v.p95)}`);
	return parts.length ? `Tekenen door Plot per grafiek, ${label}: ${parts.join('; ')}.` : '';
}

export function resultsTable(r: Results): string {
	const imp = r.import;
	const importMBs = imp ? imp.bytes / 1048576 / (imp.importMs / 1000) : null;
	const readCsvMBs = imp ? imp.bytes / 1048576 / (imp.readCsvMs / 1000) : null;
	const net = r.throttled.network;
	const profile = `gedrosseld (${Math.round((net.bytesPerSecond * 8) / 1e6)} Mbit/s, ${net.roundTripMs} ms rondgang)`;
	const rows: [string, string, string, boolean | null][] = [
		...coldRows(r.cold, 'Lokaal', 1000),
		...coldRows(r.throttled, `Koud, ${profile}`, 1500),
		[
			`Koud, ${profile}: over de lijn tot het eerste antwoord, app / referentiepagina`,
			`${mbStat(r.throttled.appWireBytes)} / ${mbStat(r.throttled.referenceWireBytes)}`,
			'≤ 8 MB',
			r.throttled.appWireBytes.median === null ? null : r.throttled.appWireBytes.median <= 8 * 1048576
		],
		[`Koud, ${profile}: daarna de service worker (alles voor offline gebruik)`, mbStat(r.warm.installBytes), '–', null],
		[
			`Tweede bezoek, ${profile} (HTTP-cache en service worker): grafiek, DuckDB klaar, eerste antwoord, over de lijn`,
			`${ms(r.warm.chart.median)}, ${ms(r.warm.duckdbReady.median)}, ${ms(r.warm.firstQuery.median)}, ${kb(r.warm.wireBytes.median ?? 0)}`,
			'–',
			null
		],
		[`Selectiewissel, meegeleverde data (${r.shipped.changes} wissels${r.shipped.timedOut ? `, ${r.shipped.timedOut} verlopen` : ''})`, `p50 ${ms(r.shipped.p50)}, p95 ${ms(r.shipped.p95)}`, 'p95 ≤ 50 ms', r.shipped.p95 === null ? null : r.shipped.p95 <= 50 && r.shipped.timedOut === 0],
		[
			r.scale ? `Selectiewissel op schaal ${r.scale.scale} (${r.scale.values.toLocaleString('nl-NL')} waarden, ${r.scale.findings.toLocaleString('nl-NL')} bevindingen, synthetisch; ${r.scaleSummary!.changes} wissels${r.scaleSummary!.timedOut ? `, ${r.scaleSummary!.timedOut} verlopen` : ''})` : 'Selectiewissel op schaal',
			r.scaleSummary ? `p50 ${ms(r.scaleSummary.p50)}, p95 ${ms(r.scaleSummary.p95)}` : '–',
			'p95 ≤ 100 ms',
			r.scaleSummary?.p95 === null || r.scaleSummary === null ? null : r.scaleSummary.p95 <= 100 && r.scaleSummary.timedOut === 0
		],
		[
			imp ? `Import ${mb(imp.bytes)} StatLine-stijl (synthetisch), importroute van de app` : 'Import',
			imp ? `${ms(imp.importMs)} = ${importMBs!.toFixed(1)} MB/s; read_csv ${ms(imp.readCsvMs)} = ${readCsvMBs!.toFixed(1)} MB/s (${(imp.importMs / imp.readCsvMs).toFixed(1)}×)` : '–',
			'≥ 50 MB/s en ≤ 2× read_csv',
			imp ? importMBs! >= 50 && imp.importMs <= 2 * imp.readCsvMs : null
		],
		[
			'Import: langste blokkade van de pagina (hartslag elke 20 ms)',
			imp?.longestBlockMs !== undefined ? ms(imp.longestBlockMs) : '–',
			'–',
			null
		],
		[
			'Import met bewaren, formulier op /data/: voorbeeld, tot klaar (langste blokkade), terug na herladen',
			imp?.kept ? `${ms(imp.kept.previewMs)}, ${ms(imp.kept.importMs)} (${ms(imp.kept.longestBlockMs)}), ${ms(imp.kept.reloadMs)}` : '–',
			'–',
			null
		],
		['JS van de eerste route (gzip)', `${kb(r.sizes.routeJsGzipBytes)} (ongecomprimeerd ${kb(r.sizes.routeJsBytes)})`, '≤ 250 KB', r.sizes.routeJsGzipBytes <= 250 * 1024],
		['Opgehaald bij koude start, ongecomprimeerd', `${mb(r.sizes.totalBytes)}, waarvan wasm ${mb(r.sizes.wasmBytes)} en DuckDB-worker ${kb(r.sizes.workerJsBytes)}`, '–', null]
	];
	const perPage = (s: Summary | null, label: string) =>
		s ? `${label}: ${Object.entries(s.perPage).map(([k, v]) => `${k} p50 ${ms(v.p50)} / p95 ${ms(v.p95)}`).join('; ')}.` : '';
	return [
		START,
		`Gemeten op ${r.date.slice(0, 10)}: ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB geheugen, Chromium ${r.machine.chromium}, Node ${r.machine.node}, gemiddelde belasting (1 min) ${r.machine.load.map((l) => l.toLocaleString('nl-NL', { maximumFractionDigits: 1 })).join(' bij de start, ')} aan het eind; ${r.runs} koude starts per pagina en profiel, elk in een vers profiel (mediaan, met het bereik tussen haakjes); de referentie komt steeds uit dezelfde run.`,
		'',
		'| Meting | Resultaat | Doel | |',
		'| --- | --- | --- | --- |',
		...rows.map(([a, b, c, d]) => `| ${a} | ${b} | ${c} | ${c === '–' ? '' : met(d)} |`),
		'',
		phaseLine(r.cold, 'lokaal'),
		'',
		phaseLine(r.throttled, 'gedrosseld'),
		'',
		perPage(r.shipped, 'Per pagina, meegeleverde data'),
		'',
		drawLine(r.shippedDraw, 'meegeleverde data'),
		'',
		perPage(r.scaleSummary, 'Per pagina, op schaal'),
		'',
		r.scale ? drawLine(r.scale.draw, 'op schaal') : '',
		END
	].join('\n');
}

export function writeResults(path: string, r: Results): void {
	const table = resultsTable(r);
	const current = existsSync(path) ? readFileSync(path, 'utf8') : `# Benchmark results\n\n${START}\n${END}\n`;
	const next = current.includes(START) ? current.replace(new RegExp(`${START}[\\s\\S]*?${END}`), table) : `${current}\n${table}\n`;
	writeFileSync(path, next);
}
