/**
 * What the reports conclude, pinned against the shipped data and the method. Each expectation cites the passage it
 * rests on (../shared/seeds, copied in data/seeds); none is read off the app's current output.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, isHeard } from '../../../src/lib/analysis/classify';
import { reclassify } from '../../../src/lib/analysis/gap';
import { themeReading } from '../../../src/lib/analysis/lens';
import { gapPage } from '../../../src/lib/server/gap';

const MONTFOORT = 'GM0335';
const BAARN = 'GM0308';
const LANSINGERLAND = 'GM1621';
const sets = ['all', 'peers'] as const;
const row = (code: string, theme: string, set: 'all' | 'peers' = 'all') => {
	const r = gapPage(code)!.gap[set].find((g) => g.themeId === theme);
	if (!r) throw new Error(`${code} has no row for ${theme}`);
	return r;
};
const heard = (code: string, theme: string) => sets.every((set) => isHeard(row(code, theme, set).perceived, DEFAULT_THRESHOLDS));

describe('Montfoort (004, the full report)', () => {
	it('polarisation is heard: "Een van de initiële zorgen van het college … de zichtbare polarisatie" (§1)', () => {
		expect(heard(MONTFOORT, 'polarisatie_discriminatie')).toBe(true);
	});
	it('feeling unsafe is heard: "De 100 mensen die protesteerden, eisten directe verandering die hun veiligheid …" (§2)', () => {
		expect(heard(MONTFOORT, 'onveiligheidsgevoel')).toBe(true);
	});
	it('vulnerable young people are heard: "Rondom een aantal jongeren spelen urgente problematieken" (§5.2.3)', () => {
		expect(heard(MONTFOORT, 'kwetsbare_jongeren')).toBe(true);
		// "een aantal jongeren" is whom it concerns, not how many said it.
		expect(row(MONTFOORT, 'kwetsbare_jongeren').perceived.subjectQuantifiers.join(' ')).toMatch(/aantal jongeren/);
	});
	it('unemployment, named beside drugs as why young people go off the rails, is heard (§5.2.3)', () => {
		expect(heard(MONTFOORT, 'werk_stage_jongeren')).toBe(true);
	});
	it('the rift with the gemeente is heard, and the researchers call it the main source of discontent (§5.2.1)', () => {
		const r = row(MONTFOORT, 'vertrouwen_gemeente');
		expect(heard(MONTFOORT, 'vertrouwen_gemeente')).toBe(true);
		expect(r.perceived.byResearchers).toBe(true);
		expect(r.perceived.assessments).toContain('kern');
	});
	it('of the 27 people spoken to, three were residents (the initiators of the demonstration, §4)', () => {
		const tr = gapPage(MONTFOORT)!.trajectory;
		expect(tr.conversationsHeld).toBe(27);
		expect(tr.bySpeaker.find((s) => s.speaker === 'inwoners')?.n).toBe(3);
	});
	it('records the gemeente’s own comparison with its liveability monitor, crime figures and police reports (§3)', () => {
		const tr = gapPage(MONTFOORT)!.trajectory;
		expect(tr.gemeenteVergelijking).toMatch(/Leefbaarheidsmonitor/i);
		expect(tr.gemeenteVergelijking).toMatch(/politie/i);
		expect(tr.opvolging).toMatch(/gebiedsmanager/i);
	});
	it('verloedering and social cohesion no longer rest on the wrong construct (setting; a composition score)', () => {
		for (const set of sets) {
			expect(row(MONTFOORT, 'verloedering', set).measured.positions.map((p) => p.indicatorId)).not.toContain('lbm_fysiek');
			expect(row(MONTFOORT, 'sociale_samenhang', set).measured.positions.map((p) => p.indicatorId)).not.toContain('lbm_bewoners');
		}
	});
	it('youth nuisance heard but low in the registered figures reads as possible underreporting, never as exaggeration', () => {
		const lens = (id: string) => (id.startsWith('lbm_') ? ('voorspeld' as const) : ('geregistreerd' as const));
		expect(themeReading(row(MONTFOORT, 'jeugdoverlast'), DEFAULT_THRESHOLDS, lens)).toBe('heard_not_in_figures');
	});
	it('low use of youth care is context, never "no problem": help not reaching young people is the report’s point (§5.2.3)', () => {
		const r = row(MONTFOORT, 'kwetsbare_jongeren');
		expect(r.measured.percentile).toBeNull();
		expect(r.classification.gapClass).toBe('no_measurement');
	});
});

describe('Baarn (003, the Baarn article; 000)', () => {
	it('the parents are heard: "Specifieke aandacht wordt in de rapportage gevraagd voor de rol van ouders"', () => {
		expect(heard(BAARN, 'ouders_opvoeding')).toBe(true);
	});
	it('trust in the gemeente is heard: "Stuk voor stuk verhalen … die zich niet gehoord voelen"', () => {
		expect(heard(BAARN, 'vertrouwen_gemeente')).toBe(true);
		expect(row(BAARN, 'vertrouwen_gemeente').classification.gapClass).toBe('no_measurement');
	});
	it('subversive crime is heard: "een kleine groep negatieve rolmodellen" — whom it concerns, never a share', () => {
		expect(heard(BAARN, 'ondermijning')).toBe(true);
		expect(row(BAARN, 'ondermijning').perceived.share).toBeNull();
	});
	it('drugs, the subject of the trajectory, are heard; "35 tot 40" is whom it concerns', () => {
		expect(heard(BAARN, 'drugs')).toBe(true);
		expect(row(BAARN, 'drugs').perceived.subjectQuantifiers.join(' ')).toMatch(/35 tot 40/);
	});
	it('signalling, the heart of its question, is heard: parents ask for help late, a parent found no hearing', () => {
		expect(heard(BAARN, 'informatiepositie')).toBe(true);
	});
	it('what the drugs study did not ask about is "not studied", never a blind spot in the conversations', () => {
		for (const theme of ['onveiligheidsgevoel', 'vandalisme_bedreiging', 'sociale_samenhang', 'verloedering']) {
			for (const set of sets) {
				const r = gapPage(BAARN)!.gap[set].find((g) => g.themeId === theme);
				if (r) expect(r.classification.gapClass, `${theme} ${set}`).toBe('not_studied');
			}
		}
	});
});

describe('Lansingerland (000)', () => {
	it('dissatisfaction with how the gemeente acts is heard: "onvrede en ongenoegen … over het handelen van de gemeente"', () => {
		expect(heard(LANSINGERLAND, 'vertrouwen_gemeente')).toBe(true);
		expect(row(LANSINGERLAND, 'vertrouwen_gemeente').classification.gapClass).not.toBe('mentioned');
	});
	it('youth nuisance carries the researchers’ verdict: "enigszins meevalt"', () => {
		const r = row(LANSINGERLAND, 'jeugdoverlast');
		expect(r.perceived.assessments).toContain('valt_mee');
		// The verdict qualifies the class; it is not a strength and not a share.
		expect(r.perceived.share).toBeNull();
	});
	it('the one-paragraph summary’s silence is "not mentioned in the source", never "not heard" or a blind spot (any reference set)', () => {
		for (const set of sets) expect(row(LANSINGERLAND, 'onveiligheidsgevoel', set).classification.gapClass).toBe('not_in_source');
	});
	it('B&W’s remark that Berkel Centrum’s situation also holds for the other kernen is recorded', () => {
		expect(gapPage(LANSINGERLAND)!.trajectory.appliesBeyondWijk).toMatch(/kernen/);
	});
});

describe('all three trajectories', () => {
	it('no theme outside a trajectory’s question, or unmentioned in a summary, is ever a blind spot in the conversations, at any threshold', () => {
		for (const code of [MONTFOORT, BAARN, LANSINGERLAND]) {
			const page = gapPage(code)!;
			const scope = new Set(page.trajectory.scope ?? []);
			for (const high of [0.05, 0.5, 0.67, 0.95])
				for (const set of sets)
					for (const r of reclassify(page.gap[set], { ...DEFAULT_THRESHOLDS, high })) {
						if (r.perceived.raised) continue;
						if (!scope.has(r.themeId)) expect(r.classification.gapClass, `${code} ${r.themeId}`).toBe('not_studied');
						else if (!page.trajectory.sourceComplete) expect(r.classification.gapClass, `${code} ${r.themeId}`).toBe('not_in_source');
					}
		}
	});
	it('no word from a report is turned into a share of conversations: the reconstructed trajectories have no shares', () => {
		for (const code of [MONTFOORT, BAARN, LANSINGERLAND]) for (const r of gapPage(code)!.gap.all) expect(r.perceived.share, `${code} ${r.themeId}`).toBeNull();
	});
	it('has no gap for a gemeente without a trajectory', () => {
		expect(gapPage('GM0014')).toBeNull();
	});
});

describe('the programme across trajectories (001, 002)', () => {
	it('keeps Movisie’s own conclusion that cooperation between safety and the social domain keeps going wrong', async () => {
		const { programmeFindings } = await import('../../../src/lib/server/programme');
		const p1 = programmeFindings().find((f) => f.themeId === 'samenwerking_domeinen' && f.stance === 'problem');
		expect(p1?.anchor).toMatch(/samenwerking tussen veiligheid en het sociaal domein stroef/);
		expect(p1?.sourceRef).toMatch(/^seed:001/);
	});
});

describe('the wijk', () => {
	it('does not guess: Keizerrijk and Berkel Centrum have no certain wijk code in the shipped files, and the page says so', () => {
		expect(gapPage(MONTFOORT)!.trajectory.wijkMatches).toEqual([{ name: 'Keizerrijk', code: null }]);
		expect(gapPage(LANSINGERLAND)!.trajectory.wijkMatches).toEqual([{ name: 'Berkel Centrum', code: null }]);
	});
});
