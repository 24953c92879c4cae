/**
 * The data build as a function: reads data/sources and data/coded under `root`, writes every out file into
 * `outDir`, returns what it wrote. scripts/build-data.ts is the command line around it.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { areaNameCells, areaNameRows, codeIndex, collectSightings, isAggregate, readNameForms, AREA_NAME_FIELDS } from './areaNames';
import { catalogueCells, DEFS, INDICATOR_FIELDS } from './catalogue';
import { buildCoded, CODED_TABLES } from './coded';
import { crimeValues } from './crime';
import { gemeenteCells, gemeenteRows, geojsonText, GEMEENTEN_FIELDS } from './gemeenten';
import { checkAgainst, Indeling, readHerindelingen } from './indeling';
import { csvText, readText, sha256, sortBy, writeText } from './io';
import { kwbValues } from './kwb';
import { lbmValues } from './lbm';
import { loadSources } from './load';
import { Notes, pathsFor, type Ctx, type Value } from './model';
import { matchReport, provenance, type OutputInfo } from './report';
import { FILES, SOURCES } from './sources';

export const VALUE_FIELDS = ['indicator_id', 'area_code', 'period', 'value', 'status', 'boundary_year', 'source_id'];
export const MARGIN_FIELDS = ['indicator_id', 'area_code', 'period', 'lower', 'upper'];

export interface BuildResult {
	readonly outDir: string;
	readonly files: Map<string, string>;
	readonly warnings: string[];
}

export function runBuild(root: string, outDir?: string): BuildResult {
	const paths = pathsFor(root, outDir);
	const inputs = new Set<string>();
	const read = (rel: string) => {
		inputs.add(`data/sources/${rel}`);
		return readText(join(paths.sources, rel));
	};
	const src = loadSources(read);
	inputs.add('data/coded/herindelingen.csv');
	inputs.add('data/coded/name_forms.csv');
	const codes2025 = new Map(sortBy([...src.geo2025], (g) => g.code).map((g) => [g.code, g.name]));
	const indeling = new Indeling(readHerindelingen(join(paths.coded, 'herindelingen.csv')), codes2025);
	const notes = new Notes();
	const ctx: Ctx = { paths, indeling, notes, inputs, src: (rel) => join(paths.sources, rel) };

	// The hand-written herindelingen must reproduce every code list the sources give.
	const listChecks = [
		checkAgainst(indeling, 2016, 'Leefbaarometer 2.0 (gemeenten)', src.lbmGemeente.rows.map((r) => r.cells.GBD!)),
		checkAgainst(indeling, 2019, 'KWB 2019', src.kwb2019.map((k) => k.code)),
		checkAgainst(indeling, 2021, 'KWB 2021', src.kwb2021.rows.map((r) => r.cells.gm_code!)),
		checkAgainst(indeling, 2022, 'CBS 83648NED 2022 (geojson)', src.crime2022.map((r) => r.code)),
		checkAgainst(indeling, 2024, 'KWB 2024', src.kwb2024.filter((k) => k.level === 'gemeente').map((k) => k.code)),
		checkAgainst(indeling, 2024, 'gemeentelijst 2024', src.gemeenten2024.map((g) => g.code))
	];
	const broken = listChecks.filter((c) => c.onlyDerived.length + c.onlySource.length > 0);
	if (broken.length > 0) {
		const detail = broken.map((c) => `${c.year} ${c.source}: alleen afgeleid ${c.onlyDerived.join(' ')}; alleen bron ${c.onlySource.join(' ')}`);
		throw new Error(`coded/herindelingen.csv klopt niet met de bronnen:\n${detail.join('\n')}`);
	}

	const sightings = collectSightings(src, indeling, readNameForms(join(paths.coded, 'name_forms.csv')));
	const index = codeIndex(sightings);
	const names = areaNameRows(sightings, index, indeling);

	const gemeenten = gemeenteRows(ctx, src);
	const kwb = kwbValues(ctx, src);
	const crime = crimeValues(ctx, src, index, kwb.pop2019);
	const values: Value[] = sortBy([...kwb.values, ...crime.values, ...lbmValues(ctx, src)], (v) => v.indicator_id, (v) => v.area_code, (v) => v.period);
	for (let i = 1; i < values.length; i++) {
		const a = values[i - 1]!;
		const b = values[i]!;
		if (a.indicator_id === b.indicator_id && a.area_code === b.area_code && a.period === b.period) {
			throw new Error(`Dubbele waarde: ${b.indicator_id} ${b.area_code} ${b.period} (${a.source_id}, ${b.source_id})`);
		}
	}
	const coded = buildCoded(paths.coded, DEFS, new Set(codes2025.keys()));
	coded.inputs.forEach((i) => inputs.add(i));

	const files = new Map<string, string>();
	const outputs: OutputInfo[] = [];
	const put = (file: string, text: string, rows: number, inputList: string[], what: string) => {
		files.set(file, text);
		outputs.push({ file, rows, inputs: inputList, what });
	};
	const s = (k: keyof typeof FILES) => `data/sources/${FILES[k]}`;
	const codedIn = ['data/coded/herindelingen.csv', 'data/coded/name_forms.csv'];
	put('gemeenten.csv', csvText(GEMEENTEN_FIELDS, gemeenteCells(gemeenten)), gemeenten.length, [s('boundaries2025'), s('gemeenten2024'), s('kwb2024'), s('kwb2021'), 'data/coded/herindelingen.csv'], 'De 342 gemeenten van 2025.');
	put('gemeenten_2025.geojson', geojsonText(src), src.geo2025.length, [s('boundaries2025')], 'Gemeentegrenzen 2025, eigenschappen code en name; coördinaten ongewijzigd.');
	put('area_names.csv', csvText(AREA_NAME_FIELDS, areaNameCells(names)), names.length, [...Object.keys(FILES).filter((k) => !k.startsWith('lbm') && k !== 'kwb2024').map((k) => s(k as keyof typeof FILES)), ...codedIn], 'Elke naamvorm uit de bronnen met de code van 2025 en de status.');
	const valueInputs = [s('crime2010'), s('crime2022geo'), s('crime47013'), s('kwb2019'), s('kwb2021'), s('kwb2024'), s('lbmGemeente'), s('lbmWijk'), ...codedIn];
	put('indicator_values.csv', csvText(VALUE_FIELDS, values.map((v) => [v.indicator_id, v.area_code, v.period, v.value, v.status, v.boundary_year, v.source_id])), values.length, valueInputs, 'Alle gemeten waarden, lang formaat.');
	// Survey margins come only from a user's imports (a surveyed figure with its 95% interval); the shipped sources have none.
	put('indicator_margins.csv', csvText(MARGIN_FIELDS, []), 0, [], 'Marges (95%-interval) van enquêtecijfers; leeg in de meegeleverde data, gevuld door eigen imports.');
	put('indicators.csv', csvText(INDICATOR_FIELDS, catalogueCells(values)), Object.keys(DEFS).length, [], 'De indicatorcatalogus; bronnen en perioden afgeleid uit indicator_values.csv.');
	put('sources.csv', csvText(Object.keys(SOURCES[0]!), sortBy([...SOURCES], (x) => x.source_id).map((x) => Object.values(x))), SOURCES.length, [], 'Eén rij per brontabel.');
	for (const [name, text] of coded.texts) put(`${name}.csv`, text, coded.rowCounts.get(name)!, [`data/coded/${name}.csv`], 'Handgecodeerde tabel, gecontroleerd en gesorteerd.');

	const warnings = [...coded.warnings];
	const historicNames = sightings
		.filter((x) => x.code === null && !isAggregate(x.name))
		.filter((x) => names.find((n) => n.name_form === x.name)?.status !== 'current')
		.map((x) => ({ source: x.source, name: x.name }));
	const uniqueHistoric = [...new Map(historicNames.map((h) => [`${h.source}|${h.name}`, h])).values()];
	const lists: [string, string[]][] = [
		['2016', src.lbmGemeente.rows.map((r) => r.cells.GBD!)],
		['2019', src.kwb2019.map((k) => k.code)],
		['2021', src.kwb2021.rows.map((r) => r.cells.gm_code!)],
		['2022', src.crime2022.map((r) => r.code)]
	];
	const gone = new Map<string, Set<string>>();
	for (const [year, list] of lists) for (const c of list) if (!codes2025.has(c)) gone.set(c, (gone.get(c) ?? new Set()).add(year));
	const historicCodes = [...gone].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([c, years]) => {
		const next = indeling.successor(c);
		return `${c} ${indeling.names.get(c)} (${[...years].join(', ')}): ${next.status}${next.code ? ` → ${next.code}` : ''}; ${next.steps.join(', daarna ')}`;
	});
	const countsPerYear: [number, number][] = [];
	for (let y = 2010; y <= 2025; y++) countsPerYear.push([y, indeling.codesAt(y).size]);
	put('match_report.md', matchReport({ notes, listChecks, countsPerYear, names, historicNames: uniqueHistoric, historicCodes, compare2022: crime.compare2022, warnings }), notes.leftOut.length, [...inputs].sort(), 'Wat gekoppeld, gecombineerd en weggelaten is (rijen = weggelaten gebied-jaren).');

	const hashes = new Map([...inputs].map((i) => [i, sha256(join(root, i))]));
	files.set('provenance.md', provenance(outputs, hashes));

	mkdirSync(paths.out, { recursive: true });
	// Only files this build can write are removed when stale (e.g. a coded table that was deleted), nothing else.
	const ours = new Set([...CODED_TABLES.map((t) => `${t}.csv`), ...files.keys()]);
	for (const f of readdirSync(paths.out)) if (ours.has(f) && !files.has(f)) rmSync(join(paths.out, f));
	for (const [file, text] of files) writeText(join(paths.out, file), text);
	return { outDir: paths.out, files, warnings };
}

export function hasSources(root: string): boolean {
	return existsSync(join(root, 'data/sources', FILES.boundaries2025));
}
