/**
 * The front page's story against the data it summarises: each card's headline against the gemeente page's gap and
 * the coded findings, the recurring list recomputed here from the gaps, and what the reports conclude (see
 * tests/unit/analysis/seeds-gap.test.ts for the passages) pinned where the story must carry it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, readText } from '../../scripts/data/io';
import { DEFAULT_THRESHOLDS, isHeard } from '../../src/lib/analysis/classify';
import { documentsOf, SOURCE_DOCUMENTS } from '../../src/lib/views/documents';
import { frontPage } from '../../src/lib/server/front';
import { gapPage } from '../../src/lib/server/gap';
import { en, nl, type MessageKey } from '../../src/lib/i18n/messages';
import type { Labels } from '../../src/lib/views/compare';
import { documentTitles, figureLines, figureWords, HEADLINE_SIZE, heardWords, partialNote, recurringLine, shortQuestion, topicOf, type FrontCard } from '../../src/lib/views/front';

const root = resolve(__dirname, '../..');
const read = (path: string) => parseCsv(readText(resolve(root, path))).rows.map((r) => ({ ...r.cells }) as Record<string, string>);
const translate = (dict: Record<MessageKey, string>) => (key: MessageKey, params: Record<string, string | number> = {}) => dict[key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k]));

const front = frontPage();
const labelsOf = (locale: 'nl' | 'en'): Labels => ({ locale, t: translate(locale === 'nl' ? nl : en), theme: (id) => front.themes[id]?.[locale] ?? `?${id}` });
const l = labelsOf('nl');
const card = (code: string): FrontCard => {
	const c = front.story.cards.find((x) => x.code === code);
	if (!c) throw new Error(`no card for ${code}`);
	return c;
};
const rowsOf = (code: string) => gapPage(code)!.gap.all;
const heardIds = (code: string) => new Set(rowsOf(code).filter((r) => isHeard(r.perceived, DEFAULT_THRESHOLDS)).map((r) => r.themeId));
const findings = read('data/out/findings.csv');
const trajectories = read('data/out/trajectories.csv');
const gemeenteName = new Map(read('data/out/gemeenten.csv').map((g) => [g.code!, g.name!]));

describe('the source documents', () => {
	const collapse = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
	const seeds = new Map(
		readdirSync(resolve(root, 'data/seeds'))
			.filter((f) => /^\d{3}_.*\.txt$/.test(f))
			.map((f) => [f.slice(0, 3), collapse(readFileSync(resolve(root, 'data/seeds', f), 'utf8'))])
	);
	it('are named by a title that occurs in the document itself', () => {
		expect(SOURCE_DOCUMENTS.map((d) => d.seed).sort()).toEqual([...seeds.keys()].sort());
		for (const d of SOURCE_DOCUMENTS) expect(seeds.get(d.seed), d.seed).toContain(collapse(d.title));
	});
	it('cover every reference of the trajectories and of the programme’s conclusions', () => {
		for (const ref of [...trajectories.map((t) => t.source_ref!), ...read('data/out/programme_findings.csv').map((p) => p.source_ref!)]) {
			const cited = new Set([...ref.matchAll(/seed:(\d{3})/g)].map((m) => m[1]));
			expect(documentsOf(ref).map((d) => d.seed), ref).toEqual([...cited]);
		}
	});
});

describe('the trajectory cards', () => {
	it('are the trajectories of the shipped table, each with its gemeente page and deck', () => {
		expect(front.story.cards.map((c) => c.code).sort()).toEqual(trajectories.map((t) => t.gemeente_code).sort());
		for (const c of front.story.cards) expect(c.name).toBe(gemeenteName.get(c.code));
	});

	for (const code of ['GM0308', 'GM0335', 'GM1621']) {
		describe(code, () => {
			const c = card(code);
			const rows = new Map(rowsOf(code).map((r) => [r.themeId, r]));
			const heard = heardIds(code);
			const raised = [...rows.values()].filter((r) => r.perceived.raised);

			it('names the themes heard most widely, heard ones before ones only raised', () => {
				expect(c.headline).toHaveLength(Math.min(HEADLINE_SIZE, raised.length));
				for (const h of c.headline) expect(rows.get(h.themeId)?.perceived.raised, h.themeId).toBe(true);
				const named = new Set(c.headline.map((h) => h.themeId));
				// Every heard theme makes it unless three heard themes already do.
				if (heard.size >= HEADLINE_SIZE) expect([...named].every((id) => heard.has(id))).toBe(true);
				else expect([...heard].every((id) => named.has(id))).toBe(true);
				// No heard theme left out was said more widely than one named.
				const level = (id: string) => rows.get(id)!.perceived.level ?? -1;
				const leftOut = [...heard].filter((id) => !named.has(id));
				const namedHeard = [...named].filter((id) => heard.has(id));
				if (leftOut.length && namedHeard.length) expect(Math.max(...leftOut.map(level))).toBeLessThanOrEqual(Math.min(...namedHeard.map(level)));
				// What the researchers call the heart of the matter is never left out.
				for (const [id, r] of rows) if (r.perceived.assessments.includes('kern')) expect(named.has(id), id).toBe(true);
			});

			it('says what the figures say in the class words of the gemeente page', () => {
				for (const h of c.headline) {
					const r = rows.get(h.themeId)!;
					expect(h.gapClass).toBe(r.classification.gapClass);
					expect(figureWords(h, l).startsWith(nl[`class.${r.classification.gapClass}` as MessageKey])).toBe(true);
				}
			});

			it('quotes the report’s own words for how widely, and who said it', () => {
				for (const h of c.headline) {
					const own = findings.filter((f) => findingGemeente(f.trajectory_id!) === code && f.theme_id === h.themeId && f.stance === 'problem');
					const text = heardWords(h, l);
					for (const f of own.filter((x) => x.speaker !== 'onderzoekers')) {
						if (f.quantifier) expect(text, h.themeId).toContain(`“${f.quantifier}”`);
						expect(text, h.themeId).toContain(nl[`speaker.${f.speaker}` as MessageKey]);
					}
					for (const f of own.filter((x) => x.speaker === 'onderzoekers' && x.researcher_assessment)) expect(text).toContain(nl[`gap.assessment.${f.researcher_assessment}` as MessageKey]);
				}
			});

			it('sets every theme heard against the figures, not only the ones it names', () => {
				const lines = figureLines(c, l).join(' ');
				for (const r of rows.values()) {
					if (['confirmed', 'perception_gap', 'blind_spot'].includes(r.classification.gapClass)) expect(lines).toContain(l.theme(r.themeId));
				}
				expect(c.heardCount).toBe(heard.size);
				expect(c.heardWithoutFigures).toBe([...heard].filter((id) => rows.get(id)!.classification.gapClass === 'no_measurement').length);
			});
		});
	}
});

function findingGemeente(trajectoryId: string): string | undefined {
	return trajectories.find((t) => t.trajectory_id === trajectoryId)?.gemeente_code;
}

describe('what the reports conclude, on the cards', () => {
	it('Montfoort: the rift with the gemeente leads, as the researchers’ heart of the matter, said as a common thread (§5.2.1)', () => {
		const first = card('GM0335').headline[0]!;
		expect(first.themeId).toBe('vertrouwen_gemeente');
		expect(heardWords(first, l)).toContain(nl['gap.assessment.kern']);
		expect(heardWords(first, l)).toContain('“rode draad”');
	});
	it('Montfoort: polarisation and feeling unsafe are among the themes heard (§1, §2), and feeling unsafe is not hidden behind the headline', () => {
		const c = card('GM0335');
		expect(heardIds('GM0335').has('polarisatie_discriminatie')).toBe(true);
		expect(heardIds('GM0335').has('onveiligheidsgevoel')).toBe(true);
		const unsafe = rowsOf('GM0335').find((r) => r.themeId === 'onveiligheidsgevoel')!;
		const named = c.headline.some((h) => h.themeId === 'onveiligheidsgevoel') || figureLines(c, l).some((line) => line.includes(l.theme('onveiligheidsgevoel')));
		expect(named || unsafe.classification.gapClass === 'no_measurement').toBe(true);
		expect(c.conversations).toBe(27);
	});
	it('Baarn: residents’ "stuk voor stuk" on not being heard is the headline, with no figures for it', () => {
		const trust = card('GM0308').headline.find((h) => h.themeId === 'vertrouwen_gemeente')!;
		expect(heardWords(trust, l)).toContain('inwoners: “stuk voor stuk”');
		expect(figureWords(trust, l)).toBe(nl['class.no_measurement']);
	});
	it('Lansingerland: youth nuisance carries the researchers’ "valt mee", and dissatisfaction with the gemeente is heard', () => {
		const c = card('GM1621');
		expect(heardWords(c.headline.find((h) => h.themeId === 'jeugdoverlast')!, l)).toContain(nl['gap.assessment.valt_mee']);
		expect(c.headline.find((h) => h.themeId === 'vertrouwen_gemeente')?.heard).toBe(true);
	});
	it('says where the only source is an article or a summary, and not for the full report', () => {
		expect(partialNote(card('GM0335'), l)).toBeNull();
		expect(partialNote(card('GM0308'), l)).toContain('een artikel');
		expect(partialNote(card('GM1621'), l)).toContain('een korte samenvatting');
		expect(partialNote(card('GM1621'), labelsOf('en'))).toContain('a short summary');
		for (const c of front.story.cards) expect(partialNote(c, l) === null).toBe(trajectories.find((t) => t.gemeente_code === c.code)!.source_complete === 'true');
	});
});

describe('what recurs', () => {
	it('is every theme heard in two or more trajectories, with the gemeenten, recomputed from the gaps', () => {
		const where = new Map<string, string[]>();
		for (const t of trajectories) for (const id of heardIds(t.gemeente_code!)) where.set(id, [...(where.get(id) ?? []), gemeenteName.get(t.gemeente_code!)!]);
		const expected = [...where].filter(([, names]) => names.length >= 2).map(([id, names]) => [id, [...names].sort()]);
		expect(front.story.recurring.map((r) => [r.themeId, [...r.gemeenten].sort()]).sort()).toEqual(expected.sort());
	});
	it('includes trust in the gemeente in all three: Baarn’s "niet gehoord", Montfoort’s rift, Lansingerland’s "onvrede"', () => {
		const trust = front.story.recurring.find((r) => r.themeId === 'vertrouwen_gemeente');
		expect(trust?.gemeenten).toEqual(['Baarn', 'Lansingerland', 'Montfoort']);
		expect(recurringLine(trust!, l)).toBe(`${l.theme('vertrouwen_gemeente')}: gehoord in Baarn, Lansingerland en Montfoort`);
	});
	it('quotes Movisie’s own problem conclusions on recurring themes apart, with their document, never as a count', () => {
		const programme = read('data/out/programme_findings.csv');
		const recurring = new Set(front.story.recurring.map((r) => r.themeId));
		expect(front.story.programme.length).toBeGreaterThan(0);
		for (const p of front.story.programme) {
			const source = programme.find((x) => x.paraphrase_nl === p.paraphrase);
			expect(source?.stance).toBe('problem');
			expect(recurring.has(p.themeId)).toBe(true);
			expect(p.documents.length).toBeGreaterThan(0);
		}
		// "hebben er geen vertrouwen in dat de gemeente iets doet met meldingen" (001) is about the most recurring theme.
		const trust = front.story.programme.find((p) => p.themeId === 'vertrouwen_gemeente');
		expect(documentTitles(trust!.documents)).toBe('Movisie Uitvoering: een aanpak van sociale problemen die werkt');
	});
});

describe('the words', () => {
	it('shortens a question to its first clause without asides, ending as a question', () => {
		expect(shortQuestion('Wat leeft er (aard en omvang) bij inwoners, en wat kan de gemeente doen?')).toBe('Wat leeft er bij inwoners?');
		expect(shortQuestion('Waarom?')).toBe('Waarom?');
		expect(shortQuestion(null)).toBeNull();
		expect(topicOf({ name: 'Baarn', title: 'Baarn: aanpak van drugs' })).toBe('Aanpak van drugs');
		expect(topicOf({ name: 'Baarn', title: 'Drugs in Baarn' })).toBe('Drugs in Baarn');
	});
	it('shows no internal id and no unfilled placeholder, in either language', () => {
		const themeIds = read('data/out/themes.csv').map((t) => t.theme_id!);
		for (const locale of ['nl', 'en'] as const) {
			const lb = labelsOf(locale);
			const texts = [
				...front.story.cards.flatMap((c) => [topicOf(c), shortQuestion(c.question) ?? '', ...c.headline.flatMap((h) => [lb.theme(h.themeId), heardWords(h, lb), figureWords(h, lb)]), ...figureLines(c, lb), partialNote(c, lb) ?? '', documentTitles(c.documents)]),
				...front.story.recurring.map((r) => recurringLine(r, lb)),
				...front.story.programme.flatMap((p) => [lb.theme(p.themeId), p.paraphrase, documentTitles(p.documents)])
			];
			for (const text of texts) {
				expect(text, text).not.toMatch(/seed:|\b[A-Z]{1,2}-R?\d{2,3}\b|[{}?]\w|\?[a-z_]+$/);
				for (const id of themeIds.filter((x) => x.includes('_'))) expect(text, text).not.toContain(id);
			}
		}
	});
});

describe('uncertainty', () => {
	it('is marked as the gemeente page marks it: not where the class already says the extent is unknown', () => {
		const h = { themeId: 'jeugdoverlast', heard: true, speakers: [], byResearchers: false, assessments: [], uncertain: true } as const;
		expect(figureWords({ ...h, gapClass: 'perception_gap' }, l)).toBe(`${nl['class.perception_gap']} (${nl['front.uncertain']})`);
		expect(figureWords({ ...h, gapClass: 'mentioned' }, l)).toBe(nl['class.mentioned']);
		expect(figureWords({ ...h, gapClass: 'perception_gap', uncertain: false }, l)).toBe(nl['class.perception_gap']);
	});
});
