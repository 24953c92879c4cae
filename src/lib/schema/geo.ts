/** A gemeente's boundary as the shipped GeoJSON holds it (PDOK 2025, WGS84): loaded by data/, drawn by charts/. */
export interface GemeenteFeature {
	readonly type: 'Feature';
	readonly properties: { readonly code: string; readonly name: string };
	readonly geometry: unknown;
}

/** Every gemeente with its value for one indicator and period (or none): what the map and the strip draw. */
export interface GemeenteValue {
	readonly code: string;
	readonly name: string;
	readonly province: string;
	/** Inhabitants on 1 January 2024 (the gemeenten table), for the small-population rule (analysis/outliers.ts). */
	readonly inhabitants: number | null;
	/** Null where the source has no figure for this gemeente in this period. */
	readonly value: number | null;
	readonly status: string | null;
	readonly source_id: string | null;
}
