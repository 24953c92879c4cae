/**
 * Values that should be said aloud rather than silently drawn: a figure driven by a tiny population, or a count that
 * jumps in one year against the years around it (Rozendaal 2023: 355 registered offences after 44 in 2022). And the
 * range that holds the mass of the values, so that one such figure does not stretch an axis until the other 341
 * gemeenten crowd into a fifth of it. Pure; the rule is stated on /methode.
 */
import { COUNT_Z } from './trend';

/** Below this many inhabitants a rate per inhabitant moves a lot on a handful of events (Rozendaal: 1,831). */
export const SMALL_POPULATION = 5_000;
/** A one-year jump must at least double or halve the count, besides being more than chance (COUNT_Z). */
export const JUMP_FACTOR = 2;
/** How far a neighbouring year may lie (the crime series has no 2021). */
export const NEIGHBOUR_YEARS = 3;
/** Tukey's "far out" fences: quartiles ± 3 interquartile ranges. */
export const FENCE_K = 3;
/** An axis is clipped only when that wins more than this share of the span of the values inside the fences. */
export const CLIP_GAIN = 0.25;

export interface Point {
	readonly period: number;
	readonly value: number;
}

export interface Jump {
	readonly period: number;
	readonly count: number;
	/** The neighbouring years it was judged against, nearest before and after (one or both). */
	readonly neighbours: readonly Point[];
	readonly direction: 'up' | 'down';
}

/**
 * A one-year jump: the count in `period` lies beyond chance (Poisson, as in trend.ts: |a − b| > z·√(a + b)) and at
 * least a factor JUMP_FACTOR away from each neighbouring year present, on the same side of all of them. A level
 * that stays (a real rise) is no jump once the next year is there: then the next year agrees with it.
 */
export function oneYearJump(counts: readonly Point[], period: number): Jump | null {
	const own = counts.find((c) => c.period === period);
	if (!own) return null;
	const before = counts.filter((c) => c.period < period && c.period >= period - NEIGHBOUR_YEARS).sort((a, b) => b.period - a.period)[0];
	const after = counts.filter((c) => c.period > period && c.period <= period + NEIGHBOUR_YEARS).sort((a, b) => a.period - b.period)[0];
	const neighbours = [before, after].filter((n): n is Point => n !== undefined);
	if (neighbours.length === 0) return null;
	const up = neighbours.every((n) => own.value >= JUMP_FACTOR * n.value && beyondChance(n.value, own.value));
	const down = neighbours.every((n) => JUMP_FACTOR * own.value <= n.value && beyondChance(n.value, own.value));
	if (!up && !down) return null;
	return { period, count: own.value, neighbours, direction: up ? 'up' : 'down' };
}

function beyondChance(a: number, b: number): boolean {
	return Math.abs(a - b) > COUNT_Z * Math.sqrt(a + b);
}

/** Units whose value is a share of the inhabitants or a rate per inhabitant: a small population makes them fragile. */
export const PER_INHABITANT_UNITS: ReadonlySet<string> = new Set(['per_1000', 'percent']);

export interface RobustDomain {
	readonly domain: readonly [number, number];
	/** Whether values lie outside the domain (drawn at its edge, with their real value written). */
	readonly clipped: boolean;
}

function quantile(sorted: readonly number[], p: number): number {
	const i = (sorted.length - 1) * p;
	const lo = Math.floor(i);
	const hi = Math.min(lo + 1, sorted.length - 1);
	return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
}

/**
 * The axis domain for a set of values. Values beyond Tukey's far-out fences are left outside only when that gains
 * more than CLIP_GAIN of the span inside the fences: Amsterdam a little above the fence stays on the axis, Rozendaal
 * at 2.4 times the fence does not. `log` judges on the logarithm (for axes drawn on a log scale).
 */
export function robustDomain(values: readonly number[], log = false): RobustDomain | null {
	const finite = values.filter((v) => Number.isFinite(v) && (!log || v > 0));
	if (finite.length === 0) return null;
	const t = log ? Math.log : (v: number) => v;
	const sorted = finite.map(t).sort((a, b) => a - b);
	const q1 = quantile(sorted, 0.25);
	const q3 = quantile(sorted, 0.75);
	const inside = sorted.filter((v) => v >= q1 - FENCE_K * (q3 - q1) && v <= q3 + FENCE_K * (q3 - q1));
	const span = inside.at(-1)! - inside[0]!;
	const reachLo = inside[0]! - CLIP_GAIN * span;
	const reachHi = inside.at(-1)! + CLIP_GAIN * span;
	const kept = sorted.filter((v) => v >= reachLo && v <= reachHi);
	const back = log ? Math.exp : (v: number) => v;
	return { domain: [back(kept[0]!), back(kept.at(-1)!)], clipped: kept.length < sorted.length };
}

export type OutlierReason = 'jump' | 'small_population';

export interface OutlierFlag {
	readonly code: string;
	readonly reasons: readonly OutlierReason[];
	readonly jump: Jump | null;
	readonly inhabitants: number | null;
}

export interface OutlierInput {
	readonly code: string;
	readonly value: number | null;
	readonly inhabitants: number | null;
}

/**
 * Which gemeenten' values to flag. A one-year jump in the counts behind the value is flagged wherever it lies (the
 * value is as far as it is because of that year). A small population is flagged only for a per-inhabitant figure
 * outside the range the other values span: a small gemeente with an ordinary rate is just a small gemeente.
 */
export function flagOutliers(rows: readonly OutlierInput[], o: { unit: string; period: number; counts: ReadonlyMap<string, readonly Point[]> | null; log?: boolean }): Map<string, OutlierFlag> {
	const known = rows.filter((r): r is OutlierInput & { value: number } => r.value !== null && Number.isFinite(r.value));
	const range = robustDomain(
		known.map((r) => r.value),
		o.log
	);
	const out = new Map<string, OutlierFlag>();
	for (const r of known) {
		const reasons: OutlierReason[] = [];
		const jump = o.counts?.get(r.code) ? oneYearJump(o.counts.get(r.code)!, o.period) : null;
		if (jump) reasons.push('jump');
		const outside = range !== null && range.clipped && (r.value < range.domain[0] || r.value > range.domain[1]);
		if (outside && PER_INHABITANT_UNITS.has(o.unit) && r.inhabitants !== null && r.inhabitants < SMALL_POPULATION) reasons.push('small_population');
		if (reasons.length > 0) out.set(r.code, { code: r.code, reasons, jump, inhabitants: r.inhabitants });
	}
	return out;
}
