import { describe, expect, it } from 'vitest';
import { planFindingsImport, type FindingsForm } from '../../../src/lib/import/findingsPlan';
import { planIndicatorImport, type IndicatorForm } from '../../../src/lib/import/indicatorPlan';
import { prepareFindingsFile, prepareIndicatorFile } from '../../../src/lib/import/prepare';
import { fixture, gemeenten, indicatorIds, names, nlMessage, nlPhrase, notesEn, notesNl, NOW, themeIds } from './support';

const ctx = { id: 'imptest', fileName: 'x.csv', now: NOW, names, gemeenten, indicatorIds, themeIds };
const form = (o: Partial<IndicatorForm>): IndicatorForm => ({ measure: '', label: 'Test', unit: 'per_1000', direction: 'higher_worse', themeId: null, period: null, ...o });
const valuesOf = (r: ReturnType<typeof planIndicatorImport>) => {
	if (!r.ok) throw new Error(JSON.stringify(r.problems));
	const v = r.value.tables.indicator_values!;
	return Object.fromEntries(v.area_code!.map((code, i) => [`${code}|${v.period![i]}`, v.value![i]]));
};

describe('a StatLine export as people download it', () => {
	const prepared = prepareIndicatorFile(fixture('good/statline-kerncijfers-cp1252.csv'));
	it('is read in Windows-1252, title lines and footer skipped, the multi-row header understood', () => {
		expect(prepared.ok).toBe(true);
		if (!prepared.ok) return;
		const a = prepared.value;
		expect(a.encoding).toBe('windows-1252');
		expect(a.format).toBe('statline');
		expect(a.title).toBe('Regionale kerncijfers Nederland');
		expect(a.measures).toEqual(['Bevolking – Bevolkingsdichtheid – aantal inwoners per km²', 'Veiligheid – Geregistreerde misdrijven – per 1 000 inwoners']);
		expect(a.cells.every((c) => c.period === 2022)).toBe(true);
		expect(notesNl(a.notes)).toMatch(/titelregel/);
		expect(notesNl(a.notes)).toMatch(/voetregel/);
		expect(notesEn(a.notes)).toMatch(/title line\(s\) above the header skipped/);
		expect(notesEn(a.notes)).toMatch(/footer line\(s\) skipped/);
	});
	it('matches gemeenten by name (’s- and Frisian names, a province suffix), sets aside the rest with a reason', () => {
		if (!prepared.ok) return;
		const r = planIndicatorImport(prepared.value, form({ measure: prepared.value.measures[1]!, label: 'Misdrijven (eigen)' }), ctx);
		const v = valuesOf(r);
		expect(v['GM0308|2022']).toBe(41.2);
		expect(v['GM0518|2022']).toBe(71.3);
		expect(v['GM0373|2022']).toBe(33);
		expect(v['GM1621|2022']).toBe(30.1);
		expect(Object.keys(v)).toHaveLength(5);
		if (!r.ok) return;
		const aside = Object.fromEntries(r.value.setAside.map((s) => [s.reason, s]));
		expect(aside.aggregate!.examples).toEqual(['Nederland', 'Noord-Nederland (LD)', 'Groningen (PV)', 'Politie Midden-Nederland (RE)']);
		expect(nlPhrase(aside.former!.examples[0]!)).toMatch(/^Appingedam \(/);
		expect(aside.missing!.examples).toEqual(['Súdwest-Fryslân ("x")']);
		expect(r.value.tables.indicators!.indicator_id).toEqual(['eigen_misdrijven_eigen']);
		// Thousands dots and decimal commas: 6.652 inhabitants per km² is six thousand, not six.
		const dens = valuesOf(planIndicatorImport(prepared.value, form({ measure: prepared.value.measures[0]!, label: 'Dichtheid', unit: 'per_km2', direction: 'neutral' }), ctx));
		expect(dens['GM0518|2022']).toBe(6652);
	});
});

describe('the CBS open-data CSV and a plain table', () => {
	it('reads RegioS codes and 2020JJ00 periods', () => {
		const p = prepareIndicatorFile(fixture('good/cbs-opendata-misdrijven.csv'));
		expect(p.ok && p.value.format).toBe('opendata');
		if (!p.ok) return;
		const v = valuesOf(planIndicatorImport(p.value, form({ measure: p.value.measures[0]!, label: 'Misdrijven open data' }), ctx));
		expect(v).toMatchObject({ 'GM0308|2020': 40.1, 'GM0335|2021': 27.7 });
		expect(Object.keys(v)).toHaveLength(6);
	});
	it('reads a tab-separated table with a year column and Den Haag by its other name', () => {
		const p = prepareIndicatorFile(fixture('good/meldingen-jeugdoverlast.tsv'));
		expect(p.ok).toBe(true);
		if (!p.ok) return;
		const r = planIndicatorImport(p.value, form({ measure: 'meldingen jeugdoverlast', label: 'Meldingen jeugdoverlast', unit: 'count', themeId: 'jeugdoverlast' }), ctx);
		expect(valuesOf(r)).toEqual({ 'GM0308|2023': 112, 'GM0335|2023': 64, 'GM1621|2023': 210, 'GM0518|2023': 4210 });
		expect(r.ok && r.value.tables.theme_indicator_map!.theme_id).toEqual(['jeugdoverlast']);
	});
	it('refuses a theme link for an indicator without direction, and a name already taken', () => {
		const p = prepareIndicatorFile(fixture('good/meldingen-jeugdoverlast.tsv'));
		if (!p.ok) return;
		const neutral = planIndicatorImport(p.value, form({ measure: 'meldingen jeugdoverlast', direction: 'neutral', themeId: 'jeugdoverlast' }), ctx);
		expect(!neutral.ok && neutral.problems[0]!.column).toEqual({ field: 'theme' });
		const taken = planIndicatorImport(p.value, form({ measure: 'meldingen jeugdoverlast', label: 'Test' }), { ...ctx, indicatorIds: new Set(['eigen_test']) });
		expect(!taken.ok && nlMessage(taken.problems[0]!)).toMatch(/al een indicator/);
	});
});

describe('coded findings', () => {
	const findingsForm = (docs: readonly string[], codes: Record<string, string | null>): FindingsForm => ({
		gemeenteCode: 'GM0335',
		title: 'Eigen traject Montfoort',
		question: 'Wat speelt er?',
		periodStart: '2025-02',
		periodEnd: '',
		groups: Object.fromEntries(docs.map((d, i) => [d, i % 2 ? 'ondernemer' : 'inwoner'])),
		codes: Object.fromEntries(Object.entries(codes).map(([c, theme]) => [c, { themeId: theme, stance: 'problem' as const }]))
	});
	it('reads a segment export, pseudonymises documents, one finding per respondent and theme', () => {
		const p = prepareFindingsFile(fixture('good/maxqda-segmenten.csv'));
		expect(p.ok).toBe(true);
		if (!p.ok) return;
		expect(p.value.layout).toBe('segments');
		expect(p.value.documents).toHaveLength(6);
		const r = planFindingsImport(p.value, findingsForm(p.value.documents, { Jeugdoverlast: 'jeugdoverlast', 'Vertrouwen gemeente': 'vertrouwen_gemeente', 'Sociale samenhang': null, Voorzieningen: null }), ctx);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const f = r.value.tables.findings!;
		expect(f.theme_id!.filter((t) => t === 'jeugdoverlast')).toHaveLength(5);
		expect(new Set(f.respondent_id)).toEqual(new Set(['eigen_imptest-R001', 'eigen_imptest-R002', 'eigen_imptest-R003', 'eigen_imptest-R004', 'eigen_imptest-R005']));
		expect(JSON.stringify(r.value.tables)).not.toContain('Interview 0');
		const conv = r.value.tables.conversations!;
		expect(Object.fromEntries(conv.respondent_group!.map((g, i) => [g, conv.n_conversations![i]]))).toEqual({ inwoner: 3, ondernemer: 3 });
		expect(r.value.tables.trajectories!.reference_year).toEqual([2025]);
		expect(r.value.setAside[0]!.examples).toEqual(['Sociale samenhang', 'Voorzieningen']);
	});
	it('keeps a code about whom a problem concerns apart from who raised it, and records the question’s themes', () => {
		const p = prepareFindingsFile(fixture('good/maxqda-segmenten.csv'));
		if (!p.ok) throw new Error('fixture');
		const base = findingsForm(p.value.documents, { Jeugdoverlast: 'jeugdoverlast', 'Vertrouwen gemeente': 'vertrouwen_gemeente', 'Sociale samenhang': null, Voorzieningen: null });
		const form = {
			...base,
			codes: { ...base.codes, 'Vertrouwen gemeente': { themeId: 'vertrouwen_gemeente', stance: 'problem' as const, about: 'subject' as const } },
			scope: ['jeugdoverlast', 'vertrouwen_gemeente', 'verloedering']
		};
		const r = planFindingsImport(p.value, form, ctx);
		if (!r.ok) throw new Error(r.problems.map(nlMessage).join('; '));
		const f = r.value.tables.findings!;
		const rows = f.theme_id!.map((theme, i) => ({ theme, respondent: f.respondent_id![i], subject: f.subject_quantifier![i], speaker: f.speaker![i] }));
		// A subject code counts nobody: no respondent, the code's name kept as whom it concerns, one finding.
		const subject = rows.filter((x) => x.theme === 'vertrouwen_gemeente');
		expect(subject).toEqual([{ theme: 'vertrouwen_gemeente', respondent: null, subject: 'Vertrouwen gemeente', speaker: null }]);
		// A respondent code keeps one finding per person, each with the lens of their group.
		expect(rows.filter((x) => x.theme === 'jeugdoverlast').every((x) => x.respondent && x.speaker === 'inwoners')).toBe(true);
		const tr = r.value.tables.trajectories!;
		expect(tr.scope_themes).toEqual(['jeugdoverlast;verloedering;vertrouwen_gemeente']);
		// Coded from its own conversations: shares of the documents are real counts.
		expect(tr.reconstructed).toEqual(['false']);
		expect(planFindingsImport(p.value, { ...form, scope: ['armoede'] }, ctx).ok).toBe(false);
	});
	it('reads ATLAS.ti’s 0/1 table', () => {
		const p = prepareFindingsFile(fixture('good/atlasti-tabel.csv'));
		expect(p.ok && p.value.layout).toBe('matrix');
		if (!p.ok) return;
		expect(p.value.codes).toEqual(['Jeugdoverlast', 'Verloedering', 'Vertrouwen gemeente']);
		const r = planFindingsImport(p.value, findingsForm(p.value.documents, { Jeugdoverlast: 'jeugdoverlast', Verloedering: 'verloedering', 'Vertrouwen gemeente': 'vertrouwen_gemeente' }), ctx);
		expect(r.ok && r.value.rows).toBe(8);
	});
});
