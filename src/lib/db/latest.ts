/**
 * Drops results that a newer request has overtaken: a view asks through one `Latest`, and only the answer to its
 * most recent question is delivered. A slow first click can never overwrite a fast second one.
 */
export const STALE: unique symbol = Symbol('stale');
export type Stale = typeof STALE;

export interface Latest {
	/** Runs `task`; resolves to its result, or to STALE when another `run` started meanwhile. */
	run<T>(task: () => Promise<T>): Promise<T | Stale>;
}

export function createLatest(): Latest {
	let generation = 0;
	return {
		async run<T>(task: () => Promise<T>): Promise<T | Stale> {
			const mine = ++generation;
			const result = await task();
			return mine === generation ? result : STALE;
		}
	};
}
