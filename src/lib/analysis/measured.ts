/**
 * What the figures say: a gemeente's direction-aware position on an indicator among a reference set, as a mid-rank
 * percentile (0 = least problem, 1 = most problem). Mid-rank so that ties share a position and the result does not
 * depend on row order; direction-aware so that 1 always means "worse" whichever way the indicator runs.
 */
import type { Direction, ValueRow } from './types';

/** Mid-rank percentile of `value` among `reference` (which includes the value itself); null below two values. */
export function percentileRank(value: number, reference: readonly number[], direction: Direction | string): number | null {
	if (reference.length < 2 || direction === 'neutral') return null;
	let below = 0;
	let equal = 0;
	for (const r of reference) {
		if (r < value) below++;
		else if (r === value) equal++;
	}
	// The value itself is one of the equal ones: ties split the difference.
	const rank = (below + (Math.max(equal, 1) - 1) / 2) / (reference.length - 1);
	return direction === 'lower_worse' ? 1 - rank : rank;
}

/** The available period nearest to the reference year (the earlier on a tie); the latest when there is none. */
export function nearestPeriod(periods: Iterable<number>, referenceYear: number | null): number | null {
	let best: number | null = null;
	for (const p of periods) {
		if (best === null) best = p;
		else if (referenceYear === null) best = Math.max(best, p);
		else {
			const d = Math.abs(p - referenceYear);
			const bestD = Math.abs(best - referenceYear);
			if (d < bestD || (d === bestD && p < best)) best = p;
		}
	}
	return best;
}

export interface IndicatorPosition {
	readonly indicatorId: string;
	readonly status: 'ok' | 'no_value';
	readonly period: number | null;
	readonly value: number | null;
	readonly percentile: number | null;
	/** How many gemeenten of the reference set had a value in that period (the gemeente included). */
	readonly referenceSize: number;
	readonly row: ValueRow | null;
}

/**
 * Position of `code` on one indicator. `values` holds that indicator's gemeente-level rows; the period is the one
 * nearest the reference year among those where the gemeente itself has a value.
 */
export function indicatorPosition(
	indicatorId: string,
	direction: Direction | string,
	code: string,
	values: readonly ValueRow[],
	reference: ReadonlySet<string>,
	referenceYear: number | null
): IndicatorPosition {
	const own = values.filter((v) => v.area_code === code);
	const period = nearestPeriod(own.map((v) => v.period), referenceYear);
	const row = own.find((v) => v.period === period) ?? null;
	if (period === null || !row) return { indicatorId, status: 'no_value', period: null, value: null, percentile: null, referenceSize: 0, row: null };
	const ref = values.filter((v) => v.period === period && (reference.has(v.area_code) || v.area_code === code)).map((v) => v.value);
	return {
		indicatorId,
		status: 'ok',
		period,
		value: row.value,
		percentile: percentileRank(row.value, ref, direction),
		referenceSize: ref.length,
		row
	};
}

export type LinkRole = 'primary' | 'secondary' | 'context';

export interface ThemeLink {
	readonly theme_id: string;
	readonly indicator_id: string;
	/** Missing in older imports: read as 'secondary'. */
	readonly role?: LinkRole | string | null;
}

export function linkRole(l: ThemeLink): LinkRole {
	return l.role === 'primary' || l.role === 'context' ? l.role : 'secondary';
}

/**
 * The indicator that decides a theme's measured side: the one marked primary; where a theme has none (a link the
 * user added at import), the first other non-context link by id. Context links never decide.
 */
export function primaryLink<L extends ThemeLink>(links: readonly L[]): L | null {
	const deciding = links.filter((l) => linkRole(l) !== 'context');
	return deciding.find((l) => linkRole(l) === 'primary') ?? [...deciding].sort((a, b) => a.indicator_id.localeCompare(b.indicator_id))[0] ?? null;
}

export interface RolePosition extends IndicatorPosition {
	readonly role: LinkRole;
	/** True for the one indicator whose percentile is the theme's. */
	readonly decides: boolean;
	/** For a surveyed value with a 95% interval: where its bounds would stand (lowest, highest). */
	readonly marginPercentiles?: readonly [number, number] | null;
}

export interface ThemeMeasured {
	readonly status: 'ok' | 'no_measurement';
	/** The deciding indicator's percentile; never a mean across indicators, years or kinds of figure. */
	readonly percentile: number | null;
	readonly primaryId: string | null;
	readonly positions: readonly RolePosition[];
}

/**
 * A theme's measured side: the primary indicator's percentile. The others stand beside it with their own year and
 * position; a context figure (such as the use of youth care, where low use can mean help does not reach people)
 * is shown with its value only. A primary figure without a value leaves the theme unmeasured: it is not replaced
 * by a figure of another kind or year.
 */
export function themeMeasured(positions: readonly RolePosition[]): ThemeMeasured {
	const deciding = positions.find((p) => p.decides) ?? null;
	if (!deciding || deciding.percentile === null) return { status: 'no_measurement', percentile: null, primaryId: deciding?.indicatorId ?? null, positions };
	return { status: 'ok', percentile: deciding.percentile, primaryId: deciding.indicatorId, positions };
}

/** Positions of a theme's links, each in its role; context figures get no rank. */
export function rolePositions<L extends ThemeLink>(links: readonly L[], position: (indicatorId: string, asContext: boolean) => IndicatorPosition): RolePosition[] {
	const primary = primaryLink(links);
	const order: Record<LinkRole, number> = { primary: 0, secondary: 1, context: 2 };
	return links
		.map((l) => {
			const role = linkRole(l);
			return { ...position(l.indicator_id, role === 'context'), role, decides: l === primary };
		})
		.sort((a, b) => Number(b.decides) - Number(a.decides) || order[a.role] - order[b.role] || a.indicatorId.localeCompare(b.indicatorId));
}

/**
 * `indicatorPosition` for many gemeenten at once (the comparison pages rank every trajectory gemeente): values are
 * indexed once, and a reference set's values are sorted once per indicator and period, then each gemeente's
 * mid-rank is two binary searches. Same rule, same numbers (tests compare it with `indicatorPosition`).
 */
export class MeasuredIndex {
	private readonly byIndicator = new Map<string, { byArea: Map<string, ValueRow[]>; byPeriod: Map<number, ValueRow[]> }>();
	private readonly sorted = new WeakMap<ReadonlySet<string>, Map<string, number[]>>();

	constructor(values: readonly ValueRow[]) {
		for (const v of values) {
			let idx = this.byIndicator.get(v.indicator_id);
			if (!idx) this.byIndicator.set(v.indicator_id, (idx = { byArea: new Map(), byPeriod: new Map() }));
			push(idx.byArea, v.area_code, v);
			push(idx.byPeriod, v.period, v);
		}
	}

	position(indicatorId: string, direction: Direction | string, code: string, reference: ReadonlySet<string>, referenceYear: number | null): IndicatorPosition {
		const idx = this.byIndicator.get(indicatorId);
		const own = idx?.byArea.get(code) ?? [];
		const period = nearestPeriod(own.map((v) => v.period), referenceYear);
		const row = own.find((v) => v.period === period) ?? null;
		if (!idx || period === null || !row) return { indicatorId, status: 'no_value', period: null, value: null, percentile: null, referenceSize: 0, row: null };
		const ref = this.referenceValues(indicatorId, period, reference, code, row.value);
		return { indicatorId, status: 'ok', period, value: row.value, percentile: percentileSorted(row.value, ref, direction), referenceSize: ref.length, row };
	}

	/**
	 * Where another value (a bound of this gemeente's 95% interval) would stand in the same reference set and period,
	 * in place of the gemeente's own value.
	 */
	rankInstead(indicatorId: string, direction: Direction | string, code: string, reference: ReadonlySet<string>, period: number, own: number, instead: number): number | null {
		const ref = [...this.referenceValues(indicatorId, period, reference, code, own)];
		ref.splice(lowerBound(ref, own), 1);
		ref.splice(lowerBound(ref, instead), 0, instead);
		return percentileSorted(instead, ref, direction);
	}

	private referenceValues(indicatorId: string, period: number, reference: ReadonlySet<string>, code: string, own: number): number[] {
		let perSet = this.sorted.get(reference);
		if (!perSet) this.sorted.set(reference, (perSet = new Map()));
		const key = `${indicatorId}|${period}`;
		let base = perSet.get(key);
		if (!base) {
			base = (this.byIndicator.get(indicatorId)?.byPeriod.get(period) ?? []).filter((v) => reference.has(v.area_code)).map((v) => v.value);
			base.sort((a, b) => a - b);
			perSet.set(key, base);
		}
		if (reference.has(code)) return base;
		// The gemeente itself always counts (a peer set does not contain it).
		const withOwn = [...base];
		withOwn.splice(lowerBound(withOwn, own), 0, own);
		return withOwn;
	}
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

function lowerBound(sorted: readonly number[], value: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]! < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function upperBound(sorted: readonly number[], value: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]! <= value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** percentileRank over an ascending array: the same mid-rank, found by binary search. */
export function percentileSorted(value: number, sorted: readonly number[], direction: Direction | string): number | null {
	if (sorted.length < 2 || direction === 'neutral') return null;
	const below = lowerBound(sorted, value);
	const equal = upperBound(sorted, value) - below;
	const rank = (below + (Math.max(equal, 1) - 1) / 2) / (sorted.length - 1);
	return direction === 'lower_worse' ? 1 - rank : rank;
}
