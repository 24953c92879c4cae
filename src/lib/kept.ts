/**
 * The promise kept under `key`, started by `start` when there is none. One that fails is forgotten, unless a newer
 * one has taken its place, so the next ask starts again instead of getting the old failure. Callers that bound their
 * map (oldest first, as a Map iterates) trim it after the call.
 */
export function keptPromise<K, V>(kept: Map<K, Promise<V>>, key: K, start: () => Promise<V>): Promise<V> {
	const known = kept.get(key);
	if (known) return known;
	const p = start();
	kept.set(key, p);
	p.catch(() => kept.get(key) === p && kept.delete(key));
	return p;
}
