/**
 * The 2025 gemeente boundaries (PDOK, simplified at build time, WGS84) for the map: one static file of the app,
 * fetched once per visit. Geometry is drawn by Plot, not stored in DuckDB: nothing queries it.
 */
import type { GemeenteFeature } from '$lib/schema/geo';
import url from '../../../data/out/gemeenten_2025.geojson?url';

/** For a `<link rel="preload">` in the page head: the map's one file arrives while the page's script still loads. */
export const boundariesUrl = url;

let loading: Promise<GemeenteFeature[]> | null = null;

export function loadBoundaries(): Promise<GemeenteFeature[]> {
	loading ??= fetch(url)
		.then((r) => {
			if (!r.ok) throw new Error(`Gemeentegrenzen konden niet worden geladen (HTTP ${r.status}).`);
			return r.json() as Promise<{ features: GemeenteFeature[] }>;
		})
		.then((fc) => fc.features)
		.catch((error: unknown) => {
			loading = null;
			throw error;
		});
	return loading;
}
