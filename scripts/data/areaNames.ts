/**
 * Every gemeente name form the sources use, resolved to the code it had and to the 2025 gemeente it became
 * (out/area_names.csv). Name-keyed sources are matched through src/lib/schema/names.ts, exact keys only: a name
 * that does not match, or matches two codes, stops the build rather than being guessed.
 */
import { buildNameIndex, matchName, nameKey, type NameEntry, type NameIndex } from '../../src/lib/schema/names';
import { normaliseAreaCode } from '../../src/lib/schema/normalise';
import type { Indeling } from './indeling';
import { parseCsv, readText, sortBy, type Cell } from './io';
import type { Sources } from './load';

export interface Sighting {
	readonly name: string;
	/** The code the source (or the coded tables) give for this name; null for name-keyed sources. */
	readonly code: string | null;
	readonly source: string;
}

export const AREA_NAME_FIELDS = ['name_form', 'normalised', 'code', 'status', 'note'] as const;

const AGGREGATE = /^(nederland|buitenland)$|\(re\.?\)$|niet in te delen/;

export function isAggregate(name: string): boolean {
	return AGGREGATE.test(nameKey(name));
}

export function readNameForms(path: string): Sighting[] {
	const table = parseCsv(readText(path));
	for (const f of ['name_form', 'code', 'note']) {
		if (!table.fields.includes(f)) throw new Error(`coded/name_forms.csv row 1: kolom ${f} ontbreekt`);
	}
	return table.rows.map(({ row, cells }) => {
		if (!cells.name_form) throw new Error(`coded/name_forms.csv row ${row} column name_form: leeg`);
		const code = normaliseAreaCode(cells.code);
		if (!code) throw new Error(`coded/name_forms.csv row ${row} column code: "${cells.code}" is geen GM-code`);
		return { name: cells.name_form, code, source: 'name_forms' };
	});
}

export function collectSightings(src: Sources, indeling: Indeling, nameForms: Sighting[]): Sighting[] {
	const out: Sighting[] = [];
	for (const g of src.geo2025) out.push({ name: g.name, code: g.code, source: 'pdok2025' });
	for (const g of src.gemeenten2024) out.push({ name: g.name, code: g.code, source: 'gemeenten2024' });
	for (const g of src.crime2022) out.push({ name: g.name, code: g.code, source: 'cbs83648ned_2022' });
	for (const g of src.kwb2019) out.push({ name: g.name, code: g.code, source: 'kwb2019' });
	for (const { cells } of src.kwb2021.rows) {
		if (cells.gm_naam) out.push({ name: cells.gm_naam, code: cells.gm_code!, source: 'kwb2021' });
	}
	for (const t of indeling.transfers) {
		out.push({ name: t.oldName, code: t.oldCode, source: 'herindelingen' });
		out.push({ name: t.newName, code: t.newCode, source: 'herindelingen' });
	}
	out.push(...nameForms);
	for (const r of src.crime2010) out.push({ name: r.name, code: null, source: 'cbs83648ned_2010_2020' });
	for (const r of src.crime47013) out.push({ name: r.name, code: null, source: 'politie47013ned' });
	return out;
}

/** An index from name key to the code each name had (historic codes included). Conflicting codes stop the build. */
export function codeIndex(sightings: readonly Sighting[]): NameIndex {
	const byKey = new Map<string, Sighting>();
	for (const s of sightings) {
		if (!s.code) continue;
		const key = nameKey(s.name);
		const prior = byKey.get(key);
		if (prior && prior.code !== s.code) {
			throw new Error(`Naam "${s.name}" wijst naar ${prior.code} (${prior.source}) én ${s.code} (${s.source})`);
		}
		byKey.set(key, s);
	}
	const entries: NameEntry[] = [...byKey.values()].map((s) => ({
		name_form: s.name,
		normalised: nameKey(s.name),
		code: s.code,
		status: 'current',
		note: ''
	}));
	return buildNameIndex(entries);
}

/** The code a name-keyed source means, or null for totals and regions; unknown names stop the build. */
export function resolveName(index: NameIndex, name: string, where: string): string | null {
	if (isAggregate(name)) return null;
	const m = matchName(index, name);
	if (m.kind === 'match' && m.via === 'exact') return m.entry.code;
	const detail = m.kind === 'ambiguous' ? `meerdere codes: ${m.candidates.map((c) => c.code).join(', ')}` : 'onbekend';
	throw new Error(`${where}: gemeentenaam "${name}" niet te koppelen (${detail}); vul coded/name_forms.csv aan`);
}

export interface AreaNameRow {
	readonly name_form: string;
	readonly normalised: string;
	readonly code: string | null;
	readonly status: NameEntry['status'];
	readonly note: string;
}

export function areaNameRows(sightings: readonly Sighting[], index: NameIndex, indeling: Indeling): AreaNameRow[] {
	const bySpelling = new Map<string, { code: string | null; sources: Set<string> }>();
	for (const s of sightings) {
		const code = s.code ?? resolveName(index, s.name, s.source);
		const entry = bySpelling.get(s.name) ?? { code, sources: new Set<string>() };
		entry.sources.add(s.source);
		bySpelling.set(s.name, entry);
	}
	const rows: AreaNameRow[] = [];
	for (const [name, { code, sources }] of bySpelling) {
		const seen = `gezien in: ${[...sources].sort().join(', ')}`;
		if (!code) {
			rows.push({ name_form: name, normalised: nameKey(name), code: null, status: 'unknown', note: `geen gemeente (totaal of regio); ${seen}` });
			continue;
		}
		const next = indeling.successor(code);
		const own = next.steps.length > 0 ? `${code} ${next.steps.join(', daarna ')}; ` : code === next.code ? '' : `${code}; `;
		rows.push({ name_form: name, normalised: nameKey(name), code: next.code, status: next.status, note: `${own}${seen}` });
	}
	return sortBy(rows, (r) => r.normalised, (r) => r.name_form);
}

export function areaNameCells(rows: readonly AreaNameRow[]): Cell[][] {
	return rows.map((r) => [r.name_form, r.normalised, r.code, r.status, r.note]);
}
