/**
 * The coded seed trajectories, checked against what the documents in ../shared/seeds say (data/coded/README.md).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, readText } from '../../../scripts/data/io';

const root = resolve(__dirname, '../../..');
type Row = Record<string, string>;
const read = (path: string): Row[] => parseCsv(readText(resolve(root, path))).rows.map((r) => ({ ...r.cells }));

const themes = read('data/out/themes.csv');
const map = read('data/out/theme_indicator_map.csv');
const indicators = read('data/out/indicators.csv');
const trajectories = read('data/out/trajectories.csv');
const conversations = read('data/out/conversations.csv');
const findings = read('data/out/findings.csv');

const conv = (trajectory: string, group: string) =>
	conversations.find((c) => c.trajectory_id === trajectory && c.respondent_group === group);

describe('seed facts', () => {
	it('Montfoort: 27 conversations, by group exactly as §4 of the report lists them', () => {
		const counted = conversations.filter((c) => c.trajectory_id === 'montfoort' && c.n_conversations !== '');
		expect(counted.reduce((sum, c) => sum + Number(c.n_conversations), 0)).toBe(27);
		expect(conv('montfoort', 'initiatiefnemer')?.n_conversations).toBe('3');
		expect(conv('montfoort', 'ambtenaar')?.n_conversations).toBe('6');
		expect(conv('montfoort', 'bestuurder')?.n_conversations).toBe('2');
		expect(conv('montfoort', 'onderwijs')?.detail_nl).toContain('Heeswijkschool (1)');
		const professional = conv('montfoort', 'professional')!;
		expect(professional.n_conversations).toBe('8');
		for (const part of ['SWOM (6)', 'FermWerk (1)', 'GroenWest (1)']) expect(professional.detail_nl).toContain(part);
		const organisations = conv('montfoort', 'maatschappelijke_organisatie')!;
		expect(organisations.n_conversations).toBe('7');
		for (const part of ['3 mensen van lokale', 'VluchtelingenWerk (1)', 'St. Jozef (2)', 'Wegwijs (1)']) {
			expect(organisations.detail_nl).toContain(part);
		}
	});

	it('Montfoort: Keizerrijk, from March 2021, reference year 2021', () => {
		const t = trajectories.find((r) => r.trajectory_id === 'montfoort')!;
		expect([t.gemeente_code, t.focus_wijken, t.period_start, t.reference_year]).toEqual(['GM0335', 'Keizerrijk', '2021-03', '2021']);
	});

	it('Baarn: the article is seed 003; "35 tot 40" young people is whom it concerns, with no invented count or word', () => {
		const baarn = findings.filter((f) => f.trajectory_id === 'baarn');
		for (const f of baarn) expect(f.source_ref, f.finding_id).not.toMatch(/seed:002/);
		expect(trajectories.find((r) => r.trajectory_id === 'baarn')?.source_ref).toMatch(/seed:003/);
		for (const c of conversations.filter((r) => r.trajectory_id === 'baarn')) expect(c.source_ref).not.toMatch(/seed:002/);
		expect(baarn.find((f) => /35 tot 40/.test(f.subject_quantifier ?? ''))?.theme_id).toBe('drugs');
		// "meerdere" occurs nowhere in the Baarn article; BA-010's word is "stuk voor stuk".
		expect(baarn.filter((f) => f.quantifier === 'meerdere')).toEqual([]);
		expect(baarn.find((f) => f.finding_id === 'BA-010')?.quantifier).toBe('stuk voor stuk');
		expect(baarn.every((f) => !f.quantifier || f.speaker !== 'onderzoekers')).toBe(true);
		expect(conversations.filter((c) => c.trajectory_id === 'baarn').every((c) => c.n_conversations === '')).toBe(true);
		expect(trajectories.find((r) => r.trajectory_id === 'baarn')?.gemeente_code).toBe('GM0308');
	});

	it('Lansingerland: 14 weeks, one day a week, in Berkel Centrum', () => {
		const t = trajectories.find((r) => r.trajectory_id === 'lansingerland')!;
		expect(t.gemeente_code).toBe('GM1621');
		expect(t.focus_wijken).toBe('Berkel Centrum');
		expect(t.method_nl).toMatch(/14 weken.*één dag per week/);
	});

	it('labels every trajectory as reconstructed from public reports', () => {
		expect(trajectories).toHaveLength(3);
		expect(trajectories.every((t) => t.reconstructed === 'true')).toBe(true);
	});
});

describe('themes and map', () => {
	it('has at least 15 themes, each defined in Dutch and English', () => {
		expect(themes.length).toBeGreaterThanOrEqual(15);
		for (const t of themes) {
			expect(t.definition_nl!.length, t.theme_id).toBeGreaterThan(20);
			expect(t.definition_en!.length, t.theme_id).toBeGreaterThan(20);
		}
	});

	it('links themes to existing indicators, a direction on every deciding link, one primary per theme, each with a rationale', () => {
		const byId = new Map(indicators.map((i) => [i.indicator_id, i]));
		for (const link of map) {
			expect(byId.has(link.indicator_id!), link.indicator_id).toBe(true);
			if (link.role !== 'context') expect(byId.get(link.indicator_id!)?.direction, link.indicator_id).toMatch(/^(higher|lower)_worse$/);
			expect(link.rationale_nl!.length).toBeGreaterThan(20);
		}
		const primaries = map.filter((m) => m.role === 'primary').map((m) => m.theme_id);
		expect(new Set(primaries).size).toBe(primaries.length);
	});

	it('drops the links that measure something else: cohesion ↔ a composition score, verloedering ↔ setting', () => {
		expect(map.find((m) => m.theme_id === 'sociale_samenhang' && m.indicator_id === 'lbm_bewoners')).toBeUndefined();
		expect(map.find((m) => m.theme_id === 'verloedering' && m.indicator_id === 'lbm_fysiek')).toBeUndefined();
		for (const m of map.filter((x) => x.indicator_id === 'jeugdzorg_pct')) expect(m.role).toBe('context');
	});

	it('leaves themes without a fitting indicator unmapped, so heard there they read "no measurement" (not a blind spot, which is measured and not heard)', () => {
		const mapped = new Set(map.filter((m) => m.role !== 'context').map((m) => m.theme_id));
		const unmapped = themes.map((t) => t.theme_id).filter((id) => !mapped.has(id));
		expect(unmapped).toEqual(expect.arrayContaining(['drugs', 'vertrouwen_gemeente', 'polarisatie_discriminatie']));
	});
});

describe('anonymity of the findings', () => {
	const text = findings.map((f) => f.paraphrase_nl!).join('\n');
	it('holds no e-mail address, phone number or postcode', () => {
		expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
		expect(text).not.toMatch(/(\+31|0)[\s-]?\d(?:[\s-]?\d){8}/);
		expect(text).not.toMatch(/\b\d{4}\s?[A-Z]{2}\b/);
	});
	it('names no person: respondent ids are anonymous codes', () => {
		for (const f of findings) if (f.respondent_id) expect(f.respondent_id).toMatch(/^[A-Z]{2}-R\d{2}$/);
		const anchors = findings.map((f) => f.anchor ?? '').join('\n');
		expect(anchors).not.toMatch(/Roël|Hinsberg|Stekelenburg|Somers|Aboutaleb|Rakhorst|Grijp/);
		// The seeds name a mayor and a project leader; neither may reach the findings.
		expect(text).not.toMatch(/Roël|Hinsberg|Stekelenburg|Somers/);
	});
	it('codes every finding with a theme that exists and a source reference into the seeds', () => {
		const ids = new Set(themes.map((t) => t.theme_id));
		for (const f of findings) {
			expect(ids.has(f.theme_id!), f.finding_id).toBe(true);
			expect(f.source_ref, f.finding_id).toMatch(/^seed:00[0-4]/);
		}
	});
});
