/**
 * A figure as a raadslid asks about it: how many gemeenten stand worse and better (a count, not a percentile), the
 * middle gemeente of the country and of the comparable gemeenten in the same year, and the change since the year
 * before, with "within chance" where a count moves within its normal swing. Pure: the caller passes the rows.
 */
import type { RolePosition } from './measured';
import { countChange, type CountChange } from './trend';
import type { Direction, ValueRow } from './types';

export interface FigureFact {
	readonly indicatorId: string;
	readonly direction: Direction | string;
	readonly period: number;
	readonly value: number;
	/** The source marks the figure as provisional ("voorlopig"). */
	readonly provisional: boolean;
	/** Gemeenten with a value that year, this one included. */
	readonly total: number;
	/** Gemeenten that stand less favourably that year (strictly), and more favourably; ties are neither. */
	readonly worse: number;
	readonly better: number;
	/** The middle gemeente of all with a value that year; not a national total, and named so. */
	readonly medianAll: number | null;
	/** The middle of the comparable gemeenten that year, and how many of them had a value. */
	readonly medianPeers: number | null;
	readonly peersWithValue: number;
	/** The latest earlier year with a value for this gemeente. */
	readonly previous: { readonly period: number; readonly value: number } | null;
	/** For rates with counts beside them: whether the change in the count is within chance. */
	readonly countChange: CountChange | null;
}

export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const s = [...values].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface FigureFactInput {
	readonly position: Pick<RolePosition, 'indicatorId' | 'period' | 'value'>;
	readonly direction: Direction | string;
	readonly code: string;
	/** Gemeente-level rows of this indicator, every gemeente and year. */
	readonly values: readonly ValueRow[];
	readonly peers: ReadonlySet<string>;
	/** Counts behind the rate, for this gemeente, when they ship (misdrijven_totaal beside misdrijven_per_1000). */
	readonly counts?: readonly { period: number; value: number }[];
}

/** Null when the position has no value: a figure that is not there is not described. */
export function figureFact(input: FigureFactInput): FigureFact | null {
	const { position: p, direction, code, values } = input;
	if (p.period === null || p.value === null) return null;
	const period = p.period;
	const own = p.value;
	const sameYear = values.filter((v) => v.period === period);
	const others = sameYear.filter((v) => v.area_code !== code).map((v) => v.value);
	// "Worse" follows the indicator's direction; a neutral figure has no worse or better, only higher and lower.
	const sign = direction === 'lower_worse' ? -1 : 1;
	const worse = direction === 'neutral' ? 0 : others.filter((v) => sign * (v - own) > 0).length;
	const better = direction === 'neutral' ? 0 : others.filter((v) => sign * (v - own) < 0).length;
	const peerValues = sameYear.filter((v) => input.peers.has(v.area_code)).map((v) => v.value);
	const row = sameYear.find((v) => v.area_code === code);
	const previous = values
		.filter((v) => v.area_code === code && v.period < period)
		.sort((a, b) => b.period - a.period)
		.map((v) => ({ period: v.period, value: v.value }))[0] ?? null;
	const counts = input.counts ?? [];
	const nowCount = counts.find((c) => c.period === period);
	const beforeCount = previous ? counts.find((c) => c.period === previous.period) : undefined;
	return {
		indicatorId: p.indicatorId,
		direction,
		period,
		value: own,
		provisional: row?.status === 'voorlopig',
		total: sameYear.length,
		worse,
		better,
		medianAll: median(sameYear.map((v) => v.value)),
		medianPeers: median(peerValues),
		peersWithValue: peerValues.length,
		previous,
		countChange: nowCount && beforeCount ? countChange(beforeCount, nowCount) : null
	};
}
