/**
 * The hand-coded tables (themes, theme → indicator map, trajectories, conversations, findings): checked against
 * data/SCHEMA.md and copied to out/ unchanged in content, sorted by key, as normalised CSV. A missing file is a
 * warning; a broken one stops the build with file, row and column.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseDelimited, typeRecords } from '../../src/lib/schema/pipeline';
import { TABLE_SPECS } from '../../src/lib/schema/tables';
import { csvText, readText, sortBy } from './io';

export const CODED_TABLES = ['themes', 'theme_indicator_map', 'trajectories', 'conversations', 'findings', 'programme_findings'] as const;
export type CodedTable = (typeof CODED_TABLES)[number];

const KEYS: Record<CodedTable, string[]> = {
	themes: ['theme_id'],
	theme_indicator_map: ['theme_id', 'indicator_id'],
	trajectories: ['trajectory_id'],
	conversations: ['trajectory_id', 'respondent_group'],
	findings: ['finding_id'],
	programme_findings: ['finding_id']
};

const DOMAINS = ['veiligheid', 'sociaal', 'wonen', 'bestuur', 'jeugd'];
const GROUPS = ['inwoner', 'jongere', 'ouder', 'ondernemer', 'initiatiefnemer', 'professional', 'maatschappelijke_organisatie', 'ambtenaar', 'bestuurder', 'politie_handhaving', 'onderwijs'];
const STANCES = ['problem', 'strength', 'solution', 'context'];
const SPEAKERS = ['inwoners', 'professionals', 'gemeente', 'bestuur', 'onderzoekers'];
const ROLES = ['primary', 'secondary', 'context'];
const ASSESSMENTS = ['kern', 'bevestigd', 'valt_mee'];
// The respondent words the heard scale reads (src/lib/analysis/quantifiers.ts); anything else is not a reading.
const QUANTIFIERS = ['alle', 'iedereen', 'stuk voor stuk', 'rode draad', 'merendeel', 'meeste', 'overwegend', 'veel', 'grote groep', 'een aantal', 'meerdere', 'diverse', 'sommige', 'enkele', 'een paar', 'kleine groep', 'beperkt aantal', 'geen'];
const SOURCE_TYPES = ['interview', 'observation', 'online_scan', 'meeting', 'document', 'registration'];

export interface CodedResult {
	readonly texts: Map<CodedTable, string>;
	readonly rowCounts: Map<CodedTable, number>;
	readonly warnings: string[];
	readonly inputs: string[];
}

type Row = { row: number; cells: Record<string, string> };

export function buildCoded(codedDir: string, indicators: Record<string, { direction: string }>, codes2025: ReadonlySet<string>): CodedResult {
	const result: CodedResult = { texts: new Map(), rowCounts: new Map(), warnings: [], inputs: [] };
	const loaded = new Map<CodedTable, Row[]>();
	for (const name of CODED_TABLES) {
		const path = join(codedDir, `${name}.csv`);
		if (!existsSync(path)) {
			result.warnings.push(`data/coded/${name}.csv ontbreekt: out/${name}.csv wordt niet geschreven.`);
			continue;
		}
		result.inputs.push(`data/coded/${name}.csv`);
		const file = `coded/${name}.csv`;
		const specs = TABLE_SPECS[name];
		const parsed = parseDelimited(readText(path), { delimiter: ',' });
		const expected: readonly string[] = specs.map((s) => s.name);
		const extra = parsed.fields.filter((f) => !expected.includes(f));
		if (extra.length > 0) throw new Error(`${file} row 1: onbekende kolom(men) ${extra.join(', ')} (zie data/SCHEMA.md)`);
		const typed = typeRecords(parsed, specs, { decimal: '.' });
		const first = [...parsed.errors, ...typed.errors][0];
		if (first) throw new Error(`${file} row ${first.row}${first.column ? ` column ${first.column}` : ''}: ${first.message}`);
		const rows: Row[] = parsed.records.map((r, i) => ({
			row: parsed.rowNumbers[i]!,
			cells: Object.fromEntries(parsed.fields.map((f, j) => [f, (r[j] ?? '').trim()]))
		}));
		const seen = new Map<string, number>();
		for (const { row, cells } of rows) {
			const key = KEYS[name].map((k) => cells[k]).join('|');
			const prior = seen.get(key);
			if (prior !== undefined) throw new Error(`${file} row ${row} column ${KEYS[name].join('+')}: sleutel "${key}" staat ook in rij ${prior}`);
			seen.set(key, row);
		}
		loaded.set(name, rows);
	}

	const ids = (name: CodedTable, column: string) => new Set((loaded.get(name) ?? []).map((r) => r.cells[column]));
	const themes = ids('themes', 'theme_id');
	const trajectories = ids('trajectories', 'trajectory_id');
	const check = (name: CodedTable, column: string, test: (v: string, cells: Record<string, string>) => string | null) => {
		for (const { row, cells } of loaded.get(name) ?? []) {
			const message = test(cells[column] ?? '', cells);
			if (message) throw new Error(`coded/${name}.csv row ${row} column ${column}: ${message}`);
		}
	};
	const oneOf = (allowed: string[], optional: boolean) => (v: string) =>
		(v === '' && optional) || allowed.includes(v) ? null : `"${v}" is niet een van ${allowed.join(' | ')}`;
	const ref = (name: CodedTable, set: Set<string | undefined>) => (v: string) => {
		if (!loaded.has(name)) return `verwijst naar coded/${name}.csv, dat ontbreekt`;
		return set.has(v) ? null : `"${v}" staat niet in coded/${name}.csv`;
	};

	check('themes', 'theme_id', (v) => (/^[a-z][a-z0-9_]*$/.test(v) ? null : `"${v}" is geen snake_case`));
	check('themes', 'domain', oneOf(DOMAINS, true));
	check('theme_indicator_map', 'theme_id', ref('themes', themes));
	check('theme_indicator_map', 'role', oneOf(ROLES, false));
	check('theme_indicator_map', 'indicator_id', (v, cells) => {
		const d = indicators[v];
		if (!d) return `"${v}" is geen indicator in out/indicators.csv`;
		return d.direction === 'neutral' && cells.role !== 'context' ? `"${v}" heeft richting neutral en kan alleen als context bij een thema staan (SCHEMA.md)` : null;
	});
	const primaries = new Map<string, number>();
	for (const { cells } of loaded.get('theme_indicator_map') ?? []) if (cells.role === 'primary') primaries.set(cells.theme_id!, (primaries.get(cells.theme_id!) ?? 0) + 1);
	check('theme_indicator_map', 'role', (v, cells) => {
		if (v === 'primary' && (primaries.get(cells.theme_id!) ?? 0) > 1) return `thema "${cells.theme_id}" heeft meer dan één primaire indicator`;
		if (v === 'secondary' && !primaries.has(cells.theme_id!)) return `thema "${cells.theme_id}" heeft een secundaire maar geen primaire indicator`;
		return null;
	});
	check('trajectories', 'scope_themes', (v) => {
		const unknown = v.split(';').filter((id) => id && !themes.has(id));
		return unknown.length ? `onbekend(e) thema('s) ${unknown.join(', ')}` : null;
	});
	check('trajectories', 'gemeente_code', (v) => (codes2025.has(v) ? null : `"${v}" is geen gemeente van 2025`));
	for (const c of ['period_start', 'period_end']) {
		check('trajectories', c, (v) => (v === '' || /^\d{4}-(0[1-9]|1[0-2])$/.test(v) ? null : `"${v}" is geen JJJJ-MM`));
	}
	check('trajectories', 'reconstructed', oneOf(['true', 'false'], false));
	check('trajectories', 'source_complete', oneOf(['true', 'false'], true));
	check('conversations', 'trajectory_id', ref('trajectories', trajectories));
	check('conversations', 'respondent_group', oneOf(GROUPS, false));
	check('conversations', 'n_conversations', (v) => (v === '' || Number(v) >= 0 ? null : `"${v}" is negatief`));
	check('findings', 'trajectory_id', ref('trajectories', trajectories));
	check('findings', 'theme_id', ref('themes', themes));
	check('findings', 'stance', oneOf(STANCES, false));
	check('findings', 'severity', oneOf(['1', '2', '3'], true));
	check('findings', 'respondent_group', oneOf(GROUPS, true));
	check('findings', 'source_type', oneOf(SOURCE_TYPES, true));
	check('findings', 'speaker', oneOf(SPEAKERS, false));
	check('findings', 'quantifier', oneOf(QUANTIFIERS, true));
	check('findings', 'researcher_assessment', (v, cells) => {
		if (v === '') return null;
		if (!ASSESSMENTS.includes(v)) return `"${v}" is niet een van ${ASSESSMENTS.join(' | ')}`;
		return cells.speaker === 'onderzoekers' ? null : 'alleen de onderzoekers geven een oordeel (speaker = onderzoekers)';
	});
	check('findings', 'quantifier', (v, cells) => (v !== '' && cells.speaker === 'onderzoekers' ? 'een woord over hoeveel mensen iets zeiden hoort niet bij de conclusie van de onderzoekers; gebruik subject_quantifier' : null));
	check('findings', 'anchor', (v, cells) => (v === '' && cells.source_ref?.startsWith('seed:') ? 'een bevinding uit een brondocument heeft een letterlijk anker' : null));
	check('programme_findings', 'theme_id', ref('themes', themes));
	check('programme_findings', 'stance', oneOf(STANCES, false));
	check('programme_findings', 'speaker', oneOf(SPEAKERS, false));

	for (const [name, rows] of loaded) {
		const fields = TABLE_SPECS[name].map((s) => s.name);
		const sorted = sortBy([...rows], ...KEYS[name].map((k) => (r: Row) => r.cells[k] ?? ''));
		result.texts.set(name, csvText(fields, sorted.map((r) => fields.map((f) => r.cells[f] ?? ''))));
		result.rowCounts.set(name, rows.length);
	}
	return result;
}
