/**
 * Reads every upstream file once into plain typed rows. Parsing only: which figure goes where is decided by the
 * step modules (crime.ts, kwb.ts, lbm.ts).
 */
import { normaliseAreaCode } from '../../src/lib/schema/normalise';
import { num, parseCsv, parseRecords, readText, type CsvTable } from './io';
import { FILES } from './sources';

export interface Feature {
	readonly type: 'Feature';
	readonly properties: Record<string, unknown>;
	readonly geometry: unknown;
}

export interface Sources {
	readonly geo2025: { code: string; name: string; geometry: unknown }[];
	readonly gemeenten2024: { code: string; name: string; province: string }[];
	readonly kwb2024: { code: string; level: 'gemeente' | 'wijk'; inhabitants: number | null; landHa: number | null; density: number | null }[];
	readonly kwb2019: { code: string; name: string; population: number | null }[];
	readonly kwb2021: CsvTable;
	readonly crime2010: { row: number; name: string; year: number; count: number | null; per1000: number | null }[];
	readonly crime2022: { code: string; name: string; count: number | null; per1000: number | null }[];
	readonly crime47013: { row: number; name: string; count2022: number | null; count2023: number | null }[];
	readonly lbmGemeente: CsvTable;
	readonly lbmWijk: CsvTable;
}

export function loadSources(read: (rel: string) => string): Sources {
	const code = (raw: unknown, where: string): string => {
		const c = normaliseAreaCode(String(raw ?? ''));
		if (!c) throw new Error(`${where}: "${String(raw)}" is geen CBS-gebiedscode`);
		return c;
	};
	const geo = JSON.parse(read(FILES.boundaries2025)) as { features: Feature[] };
	const crimeGeo = JSON.parse(read(FILES.crime2022geo)) as { features: Feature[] };
	const gm2024 = parseCsv(read(FILES.gemeenten2024));
	const k2024 = parseCsv(read(FILES.kwb2024));
	const k2019 = parseCsv(read(FILES.kwb2019));
	const c2010 = parseCsv(read(FILES.crime2010));
	return {
		geo2025: geo.features.map((f, i) => ({
			code: code(f.properties.statcode, `${FILES.boundaries2025} feature ${i}`),
			name: String(f.properties.statnaam),
			geometry: f.geometry
		})),
		gemeenten2024: gm2024.rows.map(({ row, cells }) => ({
			code: code(cells.Gemeentecode, `${FILES.gemeenten2024} row ${row}`),
			name: cells.Gemeentenaam!,
			province: cells.Provincienaam!
		})),
		// Wijk rows are not used (and Amsterdam's wijk codes carry letters, WK0363AA): gemeenten only.
		kwb2024: k2024.rows.filter(({ cells }) => cells.soort === 'Gemeente').map(({ row, cells }) => {
			const where = `${FILES.kwb2024} row ${row}`;
			return {
				code: code(cells.code, where),
				level: 'gemeente' as const,
				inhabitants: num(cells.AantalInwoners_5, '.', where),
				landHa: num(cells.OppervlakteLand_123, '.', where),
				density: num(cells.Bevolkingsdichtheid_34, '.', where)
			};
		}),
		kwb2019: k2019.rows.map(({ row, cells }) => ({
			code: code(cells.unique_id, `${FILES.kwb2019} row ${row}`),
			name: cells.region!,
			population: num(cells.population, '.', `${FILES.kwb2019} row ${row}`)
		})),
		kwb2021: parseCsv(read(FILES.kwb2021)),
		crime2010: c2010.rows.map(({ row, cells }) => {
			const where = `${FILES.crime2010} row ${row}`;
			return {
				row,
				name: cells.RegioS!,
				year: Number(cells.Perioden),
				count: num(cells.TotaalGeregistreerdeMisdrijven_1, '.', where),
				per1000: num(cells.GeregistreerdeMisdrijvenPer1000Inw_3, '.', where)
			};
		}),
		crime2022: crimeGeo.features.map((f, i) => {
			const p = f.properties;
			const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
			return {
				code: code(p.statcode, `${FILES.crime2022geo} feature ${i}`),
				name: String(p.statnaam),
				count: n(p['Geregistreerde Misdrijven']),
				per1000: n(p['Misdrijven Per 1000 Inw'])
			};
		}),
		crime47013: read47013(read(FILES.crime47013)),
		lbmGemeente: parseCsv(read(FILES.lbmGemeente)),
		lbmWijk: parseCsv(read(FILES.lbmWijk))
	};
}

/**
 * Politie 47013NED as StatLine exports it: `;`-separated, title lines, a header block ending in the "Regio's" row,
 * then one row per region, then a "Bron" footer. Columns are found by the "Perioden" row, not by position.
 */
function read47013(text: string): Sources['crime47013'] {
	const records = parseRecords(text, ';');
	const periods = records.findIndex((r) => r[0]?.trim() === 'Perioden');
	const header = records.findIndex((r) => r[0]?.trim() === "Regio's");
	if (periods < 0 || header < 0) throw new Error(`${FILES.crime47013}: kopregels "Perioden"/"Regio's" niet gevonden`);
	const col2022 = records[periods]!.findIndex((c) => c.trim() === '2022');
	const col2023 = records[periods]!.findIndex((c) => c.trim() === '2023');
	if (col2022 < 1 || col2023 < 1) throw new Error(`${FILES.crime47013}: kolommen 2022/2023 niet gevonden`);
	const rows: Sources['crime47013'] = [];
	records.slice(header + 1).forEach((r, i) => {
		if (r.length < 3) return; // footer ("Bron: Politie")
		const line = header + 2 + i;
		const where = `${FILES.crime47013} line ${line}`;
		rows.push({
			row: line,
			name: r[0]!.trim(),
			count2022: num(r[col2022], ',', where),
			count2023: num(r[col2023], ',', where)
		});
	});
	return rows;
}
