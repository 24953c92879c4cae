/**
 * Which way an indicator moved around the trajectory, so that "it is getting worse" can be set against the figures.
 * Ordinary least squares over the years in the window, as a share of the mean per year; direction-aware.
 */
import type { Direction } from './types';

export type TrendDirection = 'worse' | 'better' | 'stable' | 'insufficient';

export interface Trend {
	readonly direction: TrendDirection;
	/** Slope per year relative to the mean (0.05 = 5% of the mean per year); null with fewer than three points. */
	readonly relativeSlope: number | null;
	readonly from: number | null;
	readonly to: number | null;
	readonly points: number;
}

// Wide enough that a 2021 trajectory sees the Leefbaarometer's 2012–2016 and the crime series from 2012.
export const TREND_WINDOW = { before: 10, after: 2 } as const;
export const STABLE_BELOW = 0.02;

export function trend(series: readonly { period: number; value: number }[], direction: Direction | string, referenceYear: number | null): Trend {
	const last = series.reduce((m, p) => Math.max(m, p.period), -Infinity);
	const centre = referenceYear ?? last;
	const points = series.filter((p) => p.period >= centre - TREND_WINDOW.before && p.period <= centre + TREND_WINDOW.after).sort((a, b) => a.period - b.period);
	const from = points[0]?.period ?? null;
	const to = points.at(-1)?.period ?? null;
	if (points.length < 3) return { direction: 'insufficient', relativeSlope: null, from, to, points: points.length };
	const mx = points.reduce((s, p) => s + p.period, 0) / points.length;
	const my = points.reduce((s, p) => s + p.value, 0) / points.length;
	const sxy = points.reduce((s, p) => s + (p.period - mx) * (p.value - my), 0);
	const sxx = points.reduce((s, p) => s + (p.period - mx) ** 2, 0);
	const slope = sxy / sxx;
	// Scores around zero (Leefbaarometer) have no meaningful mean: relate them to the spread instead.
	const scale = Math.abs(my) > 1e-9 && points.every((p) => p.value > 0) ? Math.abs(my) : Math.max(...points.map((p) => Math.abs(p.value)), 1e-9);
	const relativeSlope = slope / scale;
	if (Math.abs(relativeSlope) < STABLE_BELOW || direction === 'neutral') return { direction: 'stable', relativeSlope, from, to, points: points.length };
	const rising = relativeSlope > 0;
	const worse = direction === 'higher_worse' ? rising : !rising;
	return { direction: worse ? 'worse' : 'better', relativeSlope, from, to, points: points.length };
}

/**
 * Whether a change between two yearly counts is more than chance. Counts of offences behave roughly like Poisson
 * counts, whose difference has variance a + b; registered crime varies more than pure chance (overdispersion), so
 * the line is drawn at 99% (z = 2,58) rather than 95%: one year's jump in a small gemeente (330 → 395) is "binnen de
 * normale schommeling", not a trend.
 */
export const COUNT_Z = 2.58;

export interface CountChange {
	readonly from: number;
	readonly to: number;
	readonly fromCount: number;
	readonly toCount: number;
	readonly withinNoise: boolean;
}

export function countChange(a: { period: number; value: number }, b: { period: number; value: number }): CountChange {
	const diff = Math.abs(b.value - a.value);
	const limit = COUNT_Z * Math.sqrt(a.value + b.value);
	return { from: a.period, to: b.period, fromCount: a.value, toCount: b.value, withinNoise: diff <= limit };
}

/** Rates whose counts ship beside them: the change of a rate is judged on its counts. */
export const COUNT_OF: Readonly<Record<string, string>> = { misdrijven_per_1000: 'misdrijven_totaal' };

/** The change into the year the gap uses, from the year before it that has a count. */
export function lastCountChange(counts: readonly { period: number; value: number }[], period: number | null): CountChange | null {
	if (period === null) return null;
	const to = counts.find((c) => c.period === period);
	const before = counts.filter((c) => c.period < period).sort((a, b) => b.period - a.period)[0];
	return to && before ? countChange(before, to) : null;
}
