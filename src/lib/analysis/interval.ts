/**
 * Wilson score interval for a share k of n. Chosen over the normal approximation because it stays inside [0, 1]
 * and is honest at small n and at k = 0 or k = n, which is where field trajectories live.
 */
export interface Interval {
	readonly lo: number;
	readonly hi: number;
}

export function wilson(k: number, n: number, z = 1.96): Interval | null {
	if (!Number.isFinite(n) || n <= 0 || k < 0 || k > n) return null;
	const p = k / n;
	const z2 = z * z;
	const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
	const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
	return { lo: Math.max(0, centre - half), hi: Math.min(1, centre + half) };
}
