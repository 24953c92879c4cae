/**
 * out/gemeenten.csv (the 342 gemeenten of 2025) and out/gemeenten_2025.geojson (boundaries, properties code and
 * name only, coordinates untouched).
 */
import { formatNumber, num, round, sortBy, type Cell } from './io';
import type { Sources } from './load';
import type { Ctx } from './model';

export const GEMEENTEN_FIELDS = ['code', 'name', 'province', 'inhabitants', 'area_land_km2', 'density_per_km2', 'urbanity'];

export interface GemeenteRow {
	readonly code: string;
	readonly name: string;
	readonly province: string;
	readonly inhabitants: number | null;
	readonly area_land_km2: number | null;
	readonly density_per_km2: number | null;
	readonly urbanity: number | null;
}

export function gemeenteRows(ctx: Ctx, src: Sources): GemeenteRow[] {
	const list = new Map(src.gemeenten2024.map((g) => [g.code, g]));
	const kwb = new Map(src.kwb2024.filter((k) => k.level === 'gemeente').map((k) => [k.code, k]));
	const urbanity = new Map<string, number | null>();
	for (const { row, cells } of src.kwb2021.rows) {
		urbanity.set(cells.gm_code!, num(cells['Services: Degree of urbanisation (1–5)'], '.', `kwb2021 row ${row}`));
	}
	const codes2021 = ctx.indeling.codesAt(2021);
	const rows: GemeenteRow[] = [];
	let densityOff = 0;
	for (const g of src.geo2025) {
		const info = list.get(g.code);
		const k = kwb.get(g.code);
		if (!info) throw new Error(`${g.code} ${g.name}: niet in de gemeentelijst 2024`);
		if (info.name !== g.name) throw new Error(`${g.code}: naam "${info.name}" (lijst 2024) ≠ "${g.name}" (grenzen 2025)`);
		if (!k) throw new Error(`${g.code} ${g.name}: niet in KWB 2024`);
		const land = k.landHa === null ? null : round(k.landHa / 100, 2);
		if (k.inhabitants !== null && land && k.density !== null) {
			// Land is published in whole hectares (±0,005 km²) and density as a whole number (±0,5).
			const low = k.inhabitants / (land + 0.005) - 0.5;
			const high = k.inhabitants / (land - 0.005) + 0.5;
			if (k.density < low || k.density > high) {
				throw new Error(`${g.code}: KWB 2024 Bevolkingsdichtheid ${k.density} past niet bij ${k.inhabitants} inwoners op ${land} km² land`);
			}
			densityOff = Math.max(densityOff, Math.abs(k.inhabitants / land - k.density));
		}
		rows.push({
			code: g.code,
			name: info.name,
			province: info.province,
			inhabitants: k.inhabitants,
			area_land_km2: land,
			density_per_km2: k.density,
			urbanity: codes2021.has(g.code) ? (urbanity.get(g.code) ?? null) : null
		});
	}
	if (rows.length !== 342) throw new Error(`Verwacht 342 gemeenten in 2025, gevonden ${rows.length}`);
	const noUrbanity = rows.filter((r) => r.urbanity === null).map((r) => `${r.name} ${r.code}`);
	const grown = rows.filter((r) => codes2021.has(r.code) && !ctx.indeling.unchangedSince(r.code, 2021));
	ctx.notes.add(
		'gemeenten.csv',
		`342 gemeenten (codes uit de grenzen van 2025, naam en provincie uit de gemeentelijst 2024, inwoners en landoppervlakte uit KWB 2024; OppervlakteLand staat in hectare en is gedeeld door 100).`,
		`density_per_km2 is CBS-kolom Bevolkingsdichtheid uit KWB 2024 (niet de bewerkte kolom van de gemeentelijst); ` +
			`bij alle 342 gelijk aan inwoners / km² land binnen de afronding van oppervlakte (hele hectares) en dichtheid (grootste verschil ${formatNumber(round(densityOff, 2))}).`,
		`urbanity (stedelijkheid KWB 2021) leeg waar de code in 2021 niet bestond: ${noUrbanity.join(', ')}.`,
		`Wel ingevuld, maar het gebied groeide na 2021: ${grown.map((r) => `${r.name} ${r.code}`).join(', ')} (klasse zoals CBS die in 2021 gaf).`
	);
	return sortBy(rows, (r) => r.code);
}

export function gemeenteCells(rows: readonly GemeenteRow[]): Cell[][] {
	return rows.map((r) => [r.code, r.name, r.province, r.inhabitants, r.area_land_km2, r.density_per_km2, r.urbanity]);
}

/** FeatureCollection with `code` and `name` only, one feature per line, sorted by code; geometry as in the source. */
export function geojsonText(src: Sources): string {
	const features = sortBy([...src.geo2025], (g) => g.code).map((g) =>
		JSON.stringify({ type: 'Feature', properties: { code: g.code, name: g.name }, geometry: g.geometry })
	);
	return `{"type":"FeatureCollection","features":[\n${features.join(',\n')}\n]}\n`;
}
