import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessGroup, guessTheme, matchTheme, meaningWords, proposeGemeente, type GemeenteForms, type ThemeText } from '../../../src/lib/import/proposals';

const csv = (name: string) => Papa.parse<Record<string, string>>(readFileSync(resolve(__dirname, `../../../data/out/${name}.csv`), 'utf8'), { header: true, skipEmptyLines: true }).data;
const themes: ThemeText[] = csv('themes').map((t) => ({ id: t.theme_id!, nl: t.label_nl!, en: t.label_en!, definitionNl: t.definition_nl!, definitionEn: t.definition_en! }));
const forms = new Map<string, string[]>();
for (const a of csv('area_names')) if (a.code && (a.status === 'current' || a.status === 'renamed')) forms.set(a.code, [...(forms.get(a.code) ?? []), a.name_form!]);
const gemeenten: GemeenteForms[] = csv('gemeenten').map((g) => ({ code: g.code!, name: g.name!, forms: forms.get(g.code!) ?? [] }));

describe('code → theme by meaning-bearing words', () => {
	it('drops stop words and stems lightly', () => {
		expect(meaningWords('Vertrouwen in de gemeente')).toEqual(['vertrouw', 'gemeent']);
		expect(meaningWords('gemeenten')).toEqual(meaningWords('Gemeente'));
	});
	it('finds the theme whose label carries the code’s words, not only an exact name', () => {
		expect(matchTheme('Vertrouwen in de gemeente', themes)).toBe('vertrouwen_gemeente');
		expect(matchTheme('Bereikbaarheid gemeente', themes)).toBe('vertrouwen_gemeente');
		expect(matchTheme('Overlast van jongeren', themes)).toBe('jeugdoverlast');
		expect(matchTheme('Jeugdoverlast', themes)).toBe('jeugdoverlast');
		expect(matchTheme('Woningtekort', themes)).toBe('woningtekort_toewijzing');
	});
	it('reads the definition where the label is silent', () => {
		expect(matchTheme('Pesten', themes)).toBe('onderwijs_school');
		// A compound meets its part: "zwerfafval" holds the definition's "afval".
		expect(matchTheme('Zwerfafval', themes)).toBe('verloedering');
		expect(matchTheme('Afval en rommel', themes)).toBe('verloedering');
	});
	it('proposes nothing when the words do not decide between themes, or name none', () => {
		expect(matchTheme('Jongeren', themes)).toBe(null);
		expect(matchTheme('Weer en klimaat', themes)).toBe(null);
		expect(matchTheme('de het een', themes)).toBe(null);
	});
	it('keeps the user’s remembered link first', () => {
		expect(guessTheme('Vertrouwen in de gemeente', themes, { 'Vertrouwen in de gemeente': { themeId: 'informatiepositie', stance: 'strength' } })).toEqual({ themeId: 'informatiepositie', stance: 'strength' });
		expect(guessTheme('Vertrouwen in de gemeente', themes, {}).themeId).toBe('vertrouwen_gemeente');
	});
});

describe('document group → respondent group by meaning', () => {
	it.each([
		['Gemeente', 'ambtenaar'],
		['Bewoners', 'inwoner'],
		['Buurtbewoners Noord', 'inwoner'],
		['Ouderen', 'inwoner'],
		['Ouders', 'ouder'],
		['Jongeren', 'jongere'],
		['Jongerenwerk', 'professional'],
		['Jeugdteam', 'professional'],
		['Gemeenteraad', 'bestuurder'],
		['Wethouder', 'bestuurder'],
		['Politie en boa’s', 'politie_handhaving'],
		['Docenten', 'onderwijs'],
		['Winkeliers', 'ondernemer'],
		['Vrijwilligers', 'initiatiefnemer'],
		['Stichtingen', 'maatschappelijke_organisatie']
	])('%s → %s', (name, group) => expect(guessGroup(name)).toBe(group));
	it('asks (empty) when a name says nothing or names two groups; never a silent "inwoner"', () => {
		expect(guessGroup('Interview 01')).toBe('');
		expect(guessGroup('Groep A')).toBe('');
		expect(guessGroup('Jongeren en ouders')).toBe('');
		expect(guessGroup('Gemeente en politie')).toBe('');
	});
});

describe('the gemeente a file is about', () => {
	const code = (name: string) => gemeenten.find((g) => g.name === name)!.code;
	it('is read from the file name, by any name form, as whole words', () => {
		expect(proposeGemeente('synthetisch-maxqda-documentgroepen-zutphen.csv', [], gemeenten)).toEqual({ code: code('Zutphen'), from: 'file' });
		expect(proposeGemeente('Interviews Den Haag 2024.csv', [], gemeenten)).toEqual({ code: code("'s-Gravenhage"), from: 'file' });
		expect(proposeGemeente('export_sudwest-fryslan.tsv', [], gemeenten)).toEqual({ code: code('Súdwest-Fryslân'), from: 'file' });
		// "Goudap" is no gemeente, and "Ede" does not hide in "Bredevoort".
		expect(proposeGemeente('goudap-bredevoort.csv', [], gemeenten)).toBe(null);
	});
	it('else from the document names; none when they name several or a shared name', () => {
		expect(proposeGemeente('export.csv', ['Bewoner Gouda 1', 'Bewoner Gouda 2', 'Interview 3'], gemeenten)).toEqual({ code: code('Gouda'), from: 'documents' });
		expect(proposeGemeente('export.csv', ['Gouda 1', 'Zutphen 2'], gemeenten)).toBe(null);
		expect(proposeGemeente('bergen.csv', [], gemeenten)).toBe(null);
		expect(proposeGemeente('export.csv', ['Interview 1'], gemeenten)).toBe(null);
	});
});
