/**
 * A document is a conversation, a document group only sorts them: in every QDA export the import reads, the count of
 * conversations is the number of documents, never the number of groups. Fixtures are synthetic (no real people).
 */
import { describe, expect, it } from 'vitest';
import { planFindingsImport, type FindingsAnalysis, type FindingsForm } from '../../../src/lib/import/findingsPlan';
import { conversationsByGroup, fileGroups, proposedGroups } from '../../../src/lib/import/findingsPreview';
import { prepareFindingsFile } from '../../../src/lib/import/prepare';
import { fixture, gemeenten, nlMessage, NOW, themeIds } from './support';

const ctx = { id: 'qda', fileName: 'x.csv', now: NOW, gemeenten, themeIds };
const read = (path: string): FindingsAnalysis => {
	const p = prepareFindingsFile(fixture(path));
	if (!p.ok) throw new Error(p.problems.map(nlMessage).join('; '));
	return p.value;
};
const byGroup = (a: FindingsAnalysis) => Object.fromEntries(fileGroups(a).map((g) => [g.name ?? '(geen)', g.documents.length]));
const form = (a: FindingsAnalysis, codes: Record<string, string>): FindingsForm => ({
	gemeenteCode: 'GM0301',
	title: 'Synthetisch traject',
	question: '',
	periodStart: '2025',
	periodEnd: '',
	groups: proposedGroups(a),
	codes: Object.fromEntries(Object.entries(codes).map(([c, theme]) => [c, { themeId: theme, stance: 'problem' as const }]))
});
const conversations = (r: ReturnType<typeof planFindingsImport>) => {
	if (!r.ok) throw new Error(r.problems.map(nlMessage).join('; '));
	const c = r.value.tables.conversations!;
	return Object.fromEntries(c.respondent_group!.map((g, i) => [g, c.n_conversations![i]]));
};

describe('MAXQDA: "Document group" and "Document name"', () => {
	const a = read('good/synthetisch-maxqda-documentgroepen-zutphen.csv');
	it('counts 14 conversations in 4 groups, not 4', () => {
		expect(a.columns).toMatchObject({ document: 'Document name', group: 'Document group', code: 'Code', text: 'Segment' });
		expect(a.documents).toHaveLength(14);
		expect(byGroup(a)).toEqual({ Bewoners: 6, Gemeente: 2, Jongeren: 3, Jongerenwerk: 3 });
	});
	it('proposes each group by meaning ("Gemeente" is ambtenaar) and counts per group before anything is kept', () => {
		const groups = proposedGroups(a);
		expect(conversationsByGroup(a.documents, groups)).toEqual({
			counts: [
				{ group: 'inwoner', conversations: 6 },
				{ group: 'jongere', conversations: 3 },
				{ group: 'professional', conversations: 3 },
				{ group: 'ambtenaar', conversations: 2 }
			],
			unassigned: 0
		});
		const r = planFindingsImport(a, form(a, { Jeugdoverlast: 'jeugdoverlast', 'Vertrouwen in de gemeente': 'vertrouwen_gemeente' }), ctx);
		expect(conversations(r)).toEqual({ inwoner: 6, jongere: 3, professional: 3, ambtenaar: 2 });
		if (!r.ok) return;
		// Nine of the fourteen raised youth nuisance: nine respondents, one finding each.
		expect(r.value.tables.findings!.theme_id!.filter((t) => t === 'jeugdoverlast')).toHaveLength(9);
		expect(r.value.tables.conversations!.detail_nl).toContain('2 documenten in de import (documentgroep Gemeente).');
		expect(JSON.stringify(r.value.tables)).not.toContain('Interview 0');
	});
});

describe('ATLAS.ti: "Document" beside "Document Groups"', () => {
	const a = read('good/synthetisch-atlasti-citaten-documentgroepen.csv');
	it('takes the document, not its groups, and keeps same-named documents of different groups apart', () => {
		expect(a.columns).toMatchObject({ document: 'Document', group: 'Document Groups', code: 'Codes', text: 'Quotation Content' });
		expect(a.documents).toHaveLength(5);
		expect(byGroup(a)).toEqual({ Bewoners: 2, Gemeente: 2, 'Jongerenwerk / Professionals': 1 });
		expect(conversations(planFindingsImport(a, form(a, { Jeugdoverlast: 'jeugdoverlast', 'Vertrouwen in de gemeente': 'vertrouwen_gemeente' }), ctx))).toEqual({ inwoner: 2, ambtenaar: 2, professional: 1 });
	});
});

describe('NVivo: "File" in a "Folder"', () => {
	const a = read('good/synthetisch-nvivo-codering-mappen.csv');
	it('takes the file as the document and the folder as its group; the root of a hierarchical name is dropped', () => {
		expect(a.columns).toMatchObject({ document: 'File', group: 'Folder', code: 'Hierarchical Name', text: 'Coded Text' });
		expect(a.codes).toEqual(['Jeugdoverlast', 'Verloedering']);
		expect(byGroup(a)).toEqual({ Bewoners: 2, Ondernemers: 2 });
		expect(conversations(planFindingsImport(a, form(a, { Jeugdoverlast: 'jeugdoverlast', Verloedering: 'verloedering' }), ctx))).toEqual({ inwoner: 2, ondernemer: 2 });
	});
});

describe('an export without groups', () => {
	it('counts each document, proposes no group where the name says none, and refuses the import until one is chosen', () => {
		const a = read('good/maxqda-segmenten.csv');
		expect(a.columns.group).toBe(null);
		expect(a.documents).toHaveLength(6);
		expect(fileGroups(a)).toEqual([{ name: null, documents: a.documents }]);
		const groups = proposedGroups(a);
		expect(Object.values(groups).every((g) => g === '')).toBe(true);
		const r = planFindingsImport(a, { ...form(a, { Jeugdoverlast: 'jeugdoverlast' }), groups }, ctx);
		expect(!r.ok && nlMessage(r.problems[0]!)).toBe('Kies een respondentgroep voor 6 document(en).');
		const unknown = planFindingsImport(a, { ...form(a, { Jeugdoverlast: 'jeugdoverlast' }), groups: Object.fromEntries(a.documents.map((d) => [d, 'buurman'])) }, ctx);
		expect(!unknown.ok && nlMessage(unknown.problems[0]!)).toMatch(/^Onbekende respondentgroep "buurman"/);
	});
	it('ATLAS.ti’s 0/1 table counts its documents too', () => {
		const a = read('good/atlasti-tabel.csv');
		expect(a.documents).toHaveLength(5);
	});
});
