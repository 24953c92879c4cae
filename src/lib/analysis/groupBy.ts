/** Rows grouped by a key, in order of first appearance (Node 20 has no Map.groupBy). */
export function groupBy<K, T>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
	const out = new Map<K, T[]>();
	for (const row of rows) {
		const k = key(row);
		const list = out.get(k);
		if (list) list.push(row);
		else out.set(k, [row]);
	}
	return out;
}
