/**
 * Validation of the hand-coded tables against data/SCHEMA.md: clear errors with file, row and column; missing files
 * are tolerated with a warning.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCoded } from '../../../scripts/data/coded';
import { DEFS } from '../../../scripts/data/catalogue';

const codes = new Set(['GM0308', 'GM0335', 'GM1621']);
let dir: string;

const THEMES = 'theme_id,label_nl,label_en,definition_nl,definition_en,domain\njeugdoverlast,Jeugdoverlast,Youth nuisance,Overlast door jongeren,Nuisance by young people,jeugd\ndrugs,Drugs,Drugs,Drugsgebruik en -handel,Drug use and dealing,veiligheid\n';
const MAP = 'theme_id,indicator_id,role,rationale_nl,rationale_en\ndrugs,misdrijven_per_1000,primary,Registratie,Registration\n';
const TRAJ =
	'trajectory_id,gemeente_code,title,question_nl,period_start,period_end,reference_year,focus_wijken,method_nl,partners,scope_themes,scope_note_nl,aanleiding_nl,opvolging_nl,gemeente_vergelijking_nl,applies_beyond_wijk_nl,source_complete,source_ref,reconstructed\n' +
	'baarn_2022,GM0308,Baarn,Vraag,2022-03,2022-09,2022,,Gesprekken,Movisie,drugs,,,,,,false,seed:003,true\n';
const CONV = 'trajectory_id,respondent_group,n_conversations,quantifier,detail_nl,source_ref\nbaarn_2022,jongere,,35 à 40,,seed:003\nbaarn_2022,ouder,6,,,seed:003\n';
const FIND =
	'finding_id,trajectory_id,theme_id,stance,severity,wijk,speaker,respondent_group,source_type,respondent_id,quantifier,subject_quantifier,researcher_assessment,paraphrase_nl,anchor,source_ref\n' +
	'BA-002,baarn_2022,drugs,problem,3,,inwoners,ouder,interview,,veel,,,"Ouders zoeken laat hulp, uit schaamte",vragen zij nu pas laat,seed:003#2\n' +
	'BA-001,baarn_2022,jeugdoverlast,problem,,,inwoners,jongere,interview,BA-R01,,,,Jongeren hangen rond,jongeren die antisociaal,seed:003#1\n';

const PROG = 'finding_id,theme_id,stance,speaker,paraphrase_nl,anchor,source_ref\nP-001,drugs,context,onderzoekers,Landelijke trend,normalisering van drugsgebruik,seed:001\n';

function write(files: Record<string, string>) {
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, `${name}.csv`), text);
}

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'kloofmeter-coded-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('coded tables', () => {
	it('tolerates missing files with a warning each', () => {
		const r = buildCoded(dir, DEFS, codes);
		expect(r.texts.size).toBe(0);
		expect(r.warnings).toHaveLength(6);
		expect(r.warnings[0]).toMatch(/themes\.csv ontbreekt/);
	});

	it('writes valid tables sorted by key, content unchanged', () => {
		write({ themes: THEMES, theme_indicator_map: MAP, trajectories: TRAJ, conversations: CONV, findings: FIND, programme_findings: PROG });
		const r = buildCoded(dir, DEFS, codes);
		expect(r.warnings).toEqual([]);
		expect(r.texts.get('themes')!.split('\n')[1]).toBe('drugs,Drugs,Drugs,Drugsgebruik en -handel,Drug use and dealing,veiligheid');
		const findings = r.texts.get('findings')!.split('\n');
		expect(findings[1]!.startsWith('BA-001,')).toBe(true);
		expect(findings[2]).toBe('BA-002,baarn_2022,drugs,problem,3,,inwoners,ouder,interview,,veel,,,"Ouders zoeken laat hulp, uit schaamte",vragen zij nu pas laat,seed:003#2');
		expect(r.texts.get('conversations')!.split('\n')[1]).toBe('baarn_2022,jongere,,35 à 40,,seed:003');
	});

	const broken: [string, Record<string, string>, RegExp][] = [
		['an unknown stance', { findings: FIND.replace('problem,3', 'probleem,3') }, /coded\/findings\.csv row 2 column stance: "probleem"/],
		['a theme that does not exist', { findings: FIND.replace('drugs,problem', 'armoede,problem') }, /coded\/findings\.csv row 2 column theme_id: "armoede" staat niet in coded\/themes\.csv/],
		['a neutral indicator in the map', { theme_indicator_map: MAP.replace('misdrijven_per_1000', 'bevolking') }, /coded\/theme_indicator_map\.csv row 2 column indicator_id: "bevolking" heeft richting neutral/],
		['an unknown indicator', { theme_indicator_map: MAP.replace('misdrijven_per_1000', 'geluk') }, /theme_indicator_map\.csv row 2 column indicator_id: "geluk" is geen indicator/],
		['a researcher’s verdict given by someone else', { findings: FIND.replace(',veel,,,', ',veel,,valt_mee,') }, /findings\.csv row 2 column researcher_assessment: alleen de onderzoekers/],
		['an invented quantifier', { findings: FIND.replace(',veel,', ',massa’s,') }, /findings\.csv row 2 column quantifier: "massa’s" is niet een van/],
		['a finding from a seed without its anchor', { findings: FIND.replace('vragen zij nu pas laat', '') }, /findings\.csv row 2 column anchor: een bevinding uit een brondocument heeft een letterlijk anker/],
		['two primary indicators for one theme', { theme_indicator_map: MAP + 'drugs,lbm_veiligheid,primary,Model,Model\n' }, /theme_indicator_map\.csv row \d column role: thema "drugs" heeft meer dan één primaire indicator/],
		['a duplicate key', { themes: THEMES + 'drugs,Drugs,Drugs,x,y,veiligheid\n' }, /coded\/themes\.csv row 4 column theme_id: sleutel "drugs" staat ook in rij 3/],
		['a gemeente that is not of 2025', { trajectories: TRAJ.replace('GM0308', 'GM0305') }, /trajectories\.csv row 2 column gemeente_code: "GM0305" is geen gemeente van 2025/],
		['a bad period', { trajectories: TRAJ.replace('2022-03', 'maart 2022') }, /trajectories\.csv row 2 column period_start: "maart 2022" is geen JJJJ-MM/],
		['an unknown respondent group', { conversations: CONV.replace('ouder,6', 'ouders,6') }, /conversations\.csv row 3 column respondent_group: "ouders"/],
		['a severity out of range', { findings: FIND.replace('problem,3', 'problem,4') }, /findings\.csv row 2 column severity: "4"/],
		['a text in a number column', { conversations: CONV.replace('ouder,6', 'ouder,zes') }, /conversations\.csv row 3 column n_conversations: "zes" is geen getal/],
		['an unknown column', { themes: THEMES.replace('domain\n', 'domain,extra\n').replace(/jeugd\n/, 'jeugd,x\n').replace(/veiligheid\n/, 'veiligheid,y\n') }, /coded\/themes\.csv row 1: onbekende kolom\(men\) extra/]
	];
	for (const [what, change, message] of broken) {
		it(`stops on ${what}, naming file, row and column`, () => {
			write({ themes: THEMES, theme_indicator_map: MAP, trajectories: TRAJ, conversations: CONV, findings: FIND, ...change });
			expect(() => buildCoded(dir, DEFS, codes)).toThrow(message);
		});
	}

	it('refuses references into a file that is missing', () => {
		write({ findings: FIND });
		expect(() => buildCoded(dir, DEFS, codes)).toThrow(/coded\/findings\.csv row 2 column trajectory_id: verwijst naar coded\/trajectories\.csv, dat ontbreekt/);
	});
});
