/**
 * Peer group: the k gemeenten most like this one, so that "high" can mean "high among places like this" rather than
 * "high among all 342". Likeness is the Euclidean distance over standardised (z-score) features; each feature counts
 * equally. Gemeenten missing a feature are not candidates (and are counted, so the page can say so).
 */
export interface PeerFeatures {
	readonly code: string;
	readonly inhabitants: number | null;
	readonly density: number | null;
	readonly share0to14: number | null;
	readonly share15to24: number | null;
	readonly share65plus: number | null;
}

export const PEER_FEATURES = [
	{ key: 'inhabitants', labelNl: 'inwoners (logaritme)', transform: Math.log10 },
	{ key: 'density', labelNl: 'inwoners per km² (logaritme)', transform: Math.log10 },
	{ key: 'share0to14', labelNl: 'aandeel 0–14 jaar', transform: (x: number) => x },
	{ key: 'share15to24', labelNl: 'aandeel 15–24 jaar', transform: (x: number) => x },
	{ key: 'share65plus', labelNl: 'aandeel 65 jaar en ouder', transform: (x: number) => x }
] as const;

/** The indicators behind the three age shares: read by the build-time page (views/gapPage.ts) and the SQL alike. */
export const PEER_SHARE_INDICATORS = { share0to14: 'kinderen_0_14_pct', share15to24: 'jongeren_15_24_pct', share65plus: 'ouderen_65plus_pct' } as const;

export const DEFAULT_PEERS = 10;

export interface PeerGroup {
	readonly code: string;
	readonly peers: readonly { code: string; distance: number }[];
	/** Gemeenten left out because a feature was missing. */
	readonly excluded: number;
}

export function peerGroup(code: string, rows: readonly PeerFeatures[], k = DEFAULT_PEERS): PeerGroup | null {
	const usable = (f: (typeof PEER_FEATURES)[number], x: number | null) => x !== null && Number.isFinite(f.transform(x));
	const complete = rows.filter((r) => PEER_FEATURES.every((f) => usable(f, r[f.key])));
	const excluded = rows.length - complete.length;
	if (!complete.some((r) => r.code === code)) return null;
	const vectors = complete.map((r) => PEER_FEATURES.map((f) => f.transform(r[f.key] as number)));
	const means = PEER_FEATURES.map((_, j) => vectors.reduce((s, v) => s + v[j]!, 0) / vectors.length);
	const sds = PEER_FEATURES.map((_, j) => Math.sqrt(vectors.reduce((s, v) => s + (v[j]! - means[j]!) ** 2, 0) / vectors.length) || 1);
	const z = vectors.map((v) => v.map((x, j) => (x - means[j]!) / sds[j]!));
	const self = z[complete.findIndex((r) => r.code === code)]!;
	const peers = complete
		.map((r, i) => ({ code: r.code, distance: Math.sqrt(z[i]!.reduce((s, x, j) => s + (x - self[j]!) ** 2, 0)) }))
		.filter((p) => p.code !== code)
		.sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code))
		.slice(0, k);
	return { code, peers, excluded };
}
