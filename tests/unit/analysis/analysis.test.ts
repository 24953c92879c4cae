/** The analysis against values computed by hand (the arithmetic is in the comments). */
import { describe, expect, it } from 'vitest';
import { classify, DEFAULT_THRESHOLDS } from '../../../src/lib/analysis/classify';
import { groupBreakdown } from '../../../src/lib/analysis/groups';
import { wilson } from '../../../src/lib/analysis/interval';
import { indicatorPosition, nearestPeriod, percentileRank, primaryLink, rolePositions, themeMeasured, type RolePosition } from '../../../src/lib/analysis/measured';
import { perceivedFromCounts } from '../../../src/lib/analysis/perceived';
import { peerGroup, type PeerFeatures } from '../../../src/lib/analysis/peers';
import { conversationsHeld, perceivedShare } from '../../../src/lib/analysis/perceived';
import { levelOfShare, readQuantifier, type HeardLevel } from '../../../src/lib/analysis/quantifiers';
import { countChange, lastCountChange, trend } from '../../../src/lib/analysis/trend';
import type { ConversationRow, FindingRow, ValueRow } from '../../../src/lib/analysis/types';

const finding = (id: string, theme: string, extra: Partial<FindingRow> = {}): FindingRow => ({
	finding_id: id, trajectory_id: 't', theme_id: theme, stance: 'problem', respondent_group: 'inwoner',
	respondent_id: null, quantifier: null, paraphrase_nl: 'x', source_ref: 'seed:000', ...extra
});
const conv = (group: string, n: number | null, quantifier: string | null = null): ConversationRow => ({ trajectory_id: 't', respondent_group: group, n_conversations: n, quantifier });
const value = (code: string, period: number, v: number): ValueRow => ({ indicator_id: 'i', area_code: code, period, value: v, status: null, boundary_year: period, source_id: 's' });

describe('wilson', () => {
	it('matches the textbook value for 3 of 10', () => {
		// p = .3, z = 1.96: centre = (.3 + .19208)/1.38416 = .35557; half = 1.41599·√(.021 + .009604)/... ≈ .2478
		const i = wilson(3, 10)!;
		expect(i.lo).toBeCloseTo(0.1078, 3);
		expect(i.hi).toBeCloseTo(0.6032, 3);
	});
	it('stays inside [0, 1] at the edges and refuses n = 0', () => {
		expect(wilson(0, 1)!.lo).toBe(0);
		expect(wilson(0, 1)!.hi).toBeCloseTo(0.7935, 3);
		expect(wilson(1, 1)!.hi).toBe(1);
		expect(wilson(0, 0)).toBeNull();
		expect(wilson(2, 1)).toBeNull();
	});
});

describe('perceived', () => {
	it('counts distinct respondents over conversations held, and places the share on the heard scale', () => {
		const people = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6'];
		const findings = [...people.map((r, i) => finding(`f${i}`, 'x', { respondent_id: r })), finding('dup', 'x', { respondent_id: 'R1' }), finding('sol', 'x', { stance: 'solution', respondent_id: 'R9' })];
		const p = perceivedShare(findings, 'x', conversationsHeld([conv('inwoner', 12), conv('ouder', 8), conv('jongere', null, 'enkele')]));
		// 6 of 20 = 30% → step 4 "veel"; Wilson(6, 20) = .1455–.5190 → steps 2 (below 15%) to 5 (from 50%).
		expect(p).toMatchObject({ basis: 'count', n: 20, k: 6, share: 0.3, level: 4, levelMin: 2, levelMax: 5, raised: true, withheld: false });
		expect(p.lo).toBeCloseTo(0.1455, 3);
		expect(p.hi).toBeCloseTo(0.519, 3);
		expect(p.findingIds).toEqual(['f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'dup']);
	});
	it('withholds a count of fewer than 5 people, and every share or step that would give it away; the class is "too few"', () => {
		const p = perceivedShare([finding('a', 'x', { respondent_id: 'R1' }), finding('b', 'x', { respondent_id: 'R2' })], 'x', 10);
		expect(p).toMatchObject({ basis: 'count', k: 2, n: 10, share: null, lo: null, hi: null, level: null, withheld: true, raised: true });
		expect(classify(p, { status: 'ok', percentile: 0.9, primaryId: 'i', positions: [] }).gapClass).toBe('too_few');
	});
	it('gives no lens a step read from fewer than 5 counted people: "gemeente: één persoon" would publish the small cell', () => {
		const residents = ['R1', 'R2', 'R3', 'R4', 'R5'].map((r, i) => finding(`i${i}`, 'x', { respondent_id: r }));
		const official = finding('g', 'x', { respondent_id: 'G1', respondent_group: 'gemeente', speaker: 'gemeente' });
		const counted = perceivedShare([...residents, official], 'x', 20);
		expect(counted.speakers.map((s) => [s.speaker, s.level])).toEqual([['inwoners', 3], ['gemeente', null]]);
		// Coded from a report (no count of conversations), the report's "een ambtenaar" is what the document says.
		const reported = perceivedShare([...residents, official], 'x', null);
		expect(reported.speakers.find((s) => s.speaker === 'gemeente')?.level).toBe(1);
	});
	it('gives no share where the trajectory’s conversations are not the counted people (n = null): one person is "één"', () => {
		expect(perceivedShare([finding('a', 'x', { respondent_id: 'R1' })], 'x', null)).toMatchObject({ basis: 'people', level: 1, share: null, k: 1 });
		expect(perceivedShare([finding('a', 'x', { respondent_id: 'R1' }), finding('b', 'x', { respondent_id: 'R2' })], 'x', null)).toMatchObject({ basis: 'people', level: 2 });
	});
	it('takes the broadest word of the people who spoke, as a step with its fair range, never as a percentage', () => {
		const p = perceivedShare([finding('a', 'x', { respondent_id: 'R1' }), finding('b', 'x', { quantifier: 'Merendeel ' })], 'x', null);
		expect(p).toMatchObject({ basis: 'quantifier', level: 5, levelMin: 5, levelMax: 5, share: null, quantifier: 'merendeel' });
		expect(perceivedShare([finding('a', 'x', { quantifier: 'een aantal' })], 'x', null)).toMatchObject({ level: 3, levelMin: 2, levelMax: 4 });
	});
	it('never reads how many people a problem concerns as how many said it', () => {
		const p = perceivedShare([finding('a', 'x', { speaker: 'onderzoekers', respondent_group: null, subject_quantifier: '35 tot 40 jongeren' })], 'x', null);
		expect(p).toMatchObject({ basis: 'researchers', level: null, byResearchers: true, subjectQuantifiers: ['35 tot 40 jongeren'] });
		expect(perceivedShare([finding('a', 'x', { quantifier: '35 à 40' })], 'x', null)).toMatchObject({ basis: 'mentioned', level: null, byResearchers: false });
	});
	it('keeps the researchers as their own lens: a "valt mee" qualifies, it does not make a theme heard', () => {
		const p = perceivedShare(
			[finding('a', 'x', { speaker: 'gemeente', respondent_group: null }), finding('b', 'x', { speaker: 'onderzoekers', respondent_group: null, researcher_assessment: 'valt_mee' })],
			'x',
			null
		);
		expect(p).toMatchObject({ basis: 'mentioned', byResearchers: false, assessments: ['valt_mee'] });
		expect(p.speakers.map((s) => s.speaker)).toEqual(['gemeente', 'onderzoekers']);
	});
	it('says "none" with step 0 when not raised', () => {
		expect(perceivedShare([], 'x', 1)).toMatchObject({ basis: 'none', raised: false, level: 0 });
	});
	it('knows the documented words and nothing else; "vooral" is not a quantity', () => {
		expect(readQuantifier('rode draad')).toMatchObject({ level: 6, min: 5, max: 6 });
		expect(readQuantifier('stuk voor stuk')?.level).toBe(6);
		expect(readQuantifier('vooral')).toBeNull();
		expect(readQuantifier('zoveel mogelijk')).toBeNull();
		expect(readQuantifier(null)).toBeNull();
	});
	it('places counts on the scale by the documented cuts', () => {
		expect([levelOfShare(0.95, 19), levelOfShare(0.5, 5), levelOfShare(0.3, 3), levelOfShare(0.15, 3), levelOfShare(0.1, 2), levelOfShare(0.04, 1)]).toEqual([6, 5, 4, 3, 2, 1]);
	});
});

describe('groups (k = 5)', () => {
	it('merges Montfoort’s small groups so that no cell below 5 is shown', () => {
		const cells = groupBreakdown([conv('initiatiefnemer', 3), conv('maatschappelijke_organisatie', 7), conv('professional', 8), conv('onderwijs', 1), conv('ambtenaar', 6), conv('bestuurder', 2), conv('inwoner', null, 'een aantal')]);
		expect(cells).toEqual([
			{ kind: 'group', group: 'professional', n: 8 },
			{ kind: 'group', group: 'maatschappelijke_organisatie', n: 7 },
			{ kind: 'group', group: 'ambtenaar', n: 6 },
			{ kind: 'other', groups: 3, n: 6 }
		]);
	});
	it('never leaves one small group alone under "overig", and suppresses a total below k', () => {
		expect(groupBreakdown([conv('a', 6), conv('b', 9), conv('c', 4)])).toEqual([{ kind: 'group', group: 'b', n: 9 }, { kind: 'other', groups: 2, n: 10 }]);
		expect(groupBreakdown([conv('a', 2), conv('b', 2)])).toEqual([{ kind: 'suppressed', groups: 2 }]);
		expect(JSON.stringify(groupBreakdown([conv('a', 1), conv('b', 3)]))).not.toMatch(/"n"/);
	});
});

describe('measured', () => {
	it('gives the mid-rank percentile, direction-aware, with ties sharing a rank', () => {
		// 5 values; 30 has 2 below → 2/4 = .5; the tie at 10 sits at (0 + .5)/4 = .125 for both.
		expect(percentileRank(30, [10, 10, 30, 40, 50], 'higher_worse')).toBe(0.5);
		expect(percentileRank(10, [10, 10, 30, 40, 50], 'higher_worse')).toBe(0.125);
		expect(percentileRank(50, [10, 10, 30, 40, 50], 'lower_worse')).toBe(0);
		expect(percentileRank(7, [7, 7, 7], 'higher_worse')).toBe(0.5);
		expect(percentileRank(7, [7], 'higher_worse')).toBeNull();
		expect(percentileRank(7, [1, 7], 'neutral')).toBeNull();
	});
	it('takes the period nearest the reference year, the earlier on a tie, the latest without one', () => {
		expect(nearestPeriod([2016, 2019, 2022], 2021)).toBe(2022);
		expect(nearestPeriod([2019, 2023], 2021)).toBe(2019);
		expect(nearestPeriod([2012, 2014, 2016], null)).toBe(2016);
		expect(nearestPeriod([], 2021)).toBeNull();
	});
	it('compares within the reference set in the gemeente’s own period, and says when it has no value', () => {
		const values = [value('A', 2020, 10), value('B', 2020, 20), value('C', 2020, 30), value('A', 2022, 99), value('B', 2022, 1), value('D', 2022, 5)];
		// A has 2020 and 2022; nearest to 2021 with a tie → 2020; reference {A, B} → A is lowest: 0.
		const a = indicatorPosition('i', 'higher_worse', 'A', values, new Set(['A', 'B']), 2021);
		expect(a).toMatchObject({ status: 'ok', period: 2020, value: 10, percentile: 0, referenceSize: 2 });
		// D is absent from 2020: its own nearest period is 2022, among A, B, D → 5 is in the middle.
		expect(indicatorPosition('i', 'higher_worse', 'D', values, new Set(['A', 'B', 'C', 'D']), 2021)).toMatchObject({ period: 2022, percentile: 0.5, referenceSize: 3 });
		expect(indicatorPosition('i', 'higher_worse', 'E', values, new Set(['A']), 2021)).toMatchObject({ status: 'no_value', percentile: null });
	});
	it('decides on the primary indicator alone; the others stand beside it, context never ranks', () => {
		const pos = (id: string, p: number | null, role: RolePosition['role'], decides: boolean): RolePosition =>
			({ indicatorId: id, status: p === null ? 'no_value' : 'ok', period: 1, value: 1, percentile: p, referenceSize: 2, row: null, role, decides });
		expect(themeMeasured([pos('a', 0.2, 'primary', true), pos('b', 0.9, 'secondary', false)])).toMatchObject({ status: 'ok', percentile: 0.2, primaryId: 'a' });
		// A primary without a value is not replaced by another figure.
		expect(themeMeasured([pos('a', null, 'primary', true), pos('b', 0.9, 'secondary', false)])).toMatchObject({ status: 'no_measurement', percentile: null });
		expect(themeMeasured([]).status).toBe('no_measurement');
		const links = [{ theme_id: 't', indicator_id: 'z', role: 'context' }, { theme_id: 't', indicator_id: 'b', role: 'secondary' }, { theme_id: 't', indicator_id: 'a', role: 'secondary' }];
		// No primary marked (a user's import): the first non-context link by id decides.
		expect(primaryLink(links)?.indicator_id).toBe('a');
		const asked: [string, boolean][] = [];
		const positions = rolePositions(links, (id, asContext) => (asked.push([id, asContext]), { indicatorId: id, status: 'ok', period: 1, value: 1, percentile: asContext ? null : 0.5, referenceSize: 2, row: null }));
		expect(positions.map((p) => [p.indicatorId, p.decides])).toEqual([['a', true], ['b', false], ['z', false]]);
		expect(asked.find(([id]) => id === 'z')?.[1]).toBe(true);
	});
});

describe('classify', () => {
	const words = (level: HeardLevel | null, min = level, max = level, extra: Partial<Parameters<typeof perceivedFromCounts>[0]> = {}) => {
		const p = perceivedFromCounts({ findings: 1, respondents: 0, quantifiers: [], ...extra }, null);
		return level === null && !extra.researcherFindings ? p : { ...p, basis: 'quantifier' as const, level, levelMin: min, levelMax: max };
	};
	const none = perceivedFromCounts({ findings: 0, respondents: 0, quantifiers: [] }, null);
	const measured = (p: number | null) => ({ status: p === null ? 'no_measurement' : 'ok', percentile: p, primaryId: 'i', positions: [] }) as const;
	it('sorts the four quadrants at the default thresholds (heard from "veel", high ≥ 0.67)', () => {
		expect(classify(words(6), measured(0.8)).gapClass).toBe('confirmed');
		expect(classify(words(6), measured(0.2)).gapClass).toBe('perception_gap');
		expect(classify(none, measured(0.9)).gapClass).toBe('blind_spot');
		expect(classify(words(2), measured(0.1)).gapClass).toBe('no_signal');
		expect(classify(words(4), measured(0.67)).gapClass).toBe('confirmed');
	});
	it('never calls a theme outside the question a blind spot in the conversations', () => {
		expect(classify(none, measured(0.9), DEFAULT_THRESHOLDS, false).gapClass).toBe('not_studied');
		// Inside the question, not raised, and the only source is a summary: its silence is not "not heard".
		expect(classify(none, measured(0.9), DEFAULT_THRESHOLDS, true, false).gapClass).toBe('not_in_source');
		// Raised anyway, outside the question: it counts.
		expect(classify(words(6), measured(0.9), DEFAULT_THRESHOLDS, false).gapClass).toBe('confirmed');
	});
	it('counts the researchers’ own conclusion as heard, without a step', () => {
		const researchers = perceivedFromCounts({ findings: 1, respondents: 0, quantifiers: [], researcherFindings: 1 }, null);
		expect(classify(researchers, measured(null))).toEqual({ gapClass: 'no_measurement', uncertain: false });
		expect(classify(researchers, measured(0.1)).gapClass).toBe('perception_gap');
	});
	it('names what cannot be sized or classified', () => {
		expect(classify(words(6), measured(null)).gapClass).toBe('no_measurement');
		expect(classify(words(null), measured(0.9)).gapClass).toBe('mentioned');
		const counted = perceivedFromCounts({ findings: 2, respondents: 2, quantifiers: [] }, 4);
		expect(classify(counted, measured(0.9)).gapClass).toBe('too_few');
	});
	it('moves with the thresholds, and says "uncertain" where the word’s readings cross the line, also with nothing measured', () => {
		expect(classify(words(3), measured(0.6), { ...DEFAULT_THRESHOLDS, heardLevel: 3, high: 0.5 }).gapClass).toBe('confirmed');
		// "een aantal": step 3, readings 2–4; the line at 4 lies inside.
		expect(classify(words(3, 2, 4), measured(0.2))).toEqual({ gapClass: 'no_signal', uncertain: true });
		expect(classify(words(3, 2, 4), measured(null))).toEqual({ gapClass: 'no_signal', uncertain: true });
		expect(classify(words(5, 5, 5), measured(null)).uncertain).toBe(false);
	});
});

describe('trend', () => {
	it('fits a least-squares line and reads it by direction', () => {
		// 10, 12, 14 over 2019–2021: slope 2/yr, mean 12 → +0.1667 per year.
		const s = [{ period: 2019, value: 10 }, { period: 2020, value: 12 }, { period: 2021, value: 14 }];
		expect(trend(s, 'higher_worse', 2021)).toMatchObject({ direction: 'worse', from: 2019, to: 2021, points: 3 });
		expect(trend(s, 'higher_worse', 2021).relativeSlope).toBeCloseTo(1 / 6);
		expect(trend(s, 'lower_worse', 2021).direction).toBe('better');
		expect(trend([...s.slice(0, 2), { period: 2021, value: 10.1 }], 'higher_worse', 2021).direction).toBe('stable');
	});
	it('needs three points inside the window around the reference year', () => {
		expect(trend([{ period: 2010, value: 1 }, { period: 2020, value: 2 }, { period: 2021, value: 3 }], 'higher_worse', 2021).direction).toBe('insufficient');
	});
});

describe('count changes (Poisson, 99%)', () => {
	it('calls 330 → 395 offences within normal variation, and a larger jump more than chance', () => {
		// |395 − 330| = 65 ≤ 2,58 · √725 = 69,5 → within; |373 − 301| = 72 > 2,58 · √674 = 67,0 → beyond.
		expect(countChange({ period: 2019, value: 330 }, { period: 2020, value: 395 }).withinNoise).toBe(true);
		expect(countChange({ period: 2022, value: 301 }, { period: 2023, value: 373 }).withinNoise).toBe(false);
	});
	it('compares the year the gap uses with the latest year before it that has a count', () => {
		const counts = [{ period: 2018, value: 300 }, { period: 2020, value: 395 }, { period: 2019, value: 330 }];
		expect(lastCountChange(counts, 2020)).toMatchObject({ from: 2019, to: 2020, fromCount: 330, toCount: 395 });
		expect(lastCountChange(counts, 2018)).toBeNull();
		expect(lastCountChange(counts, null)).toBeNull();
	});
	it('reaches back far enough for the Leefbaarometer’s 2012 from a 2021 trajectory', () => {
		const s = [{ period: 2012, value: 0.089 }, { period: 2014, value: 0.051 }, { period: 2016, value: 0.046 }];
		expect(trend(s, 'lower_worse', 2021)).toMatchObject({ direction: 'worse', from: 2012, to: 2016, points: 3 });
	});
});

describe('peers', () => {
	const g = (code: string, inhabitants: number | null, density: number, a: number, b: number, c: number): PeerFeatures => ({ code, inhabitants, density, share0to14: a, share15to24: b, share65plus: c });
	it('finds the nearest gemeenten on standardised features, deterministically, and leaves incomplete ones out', () => {
		const rows = [g('A', 10000, 300, 17, 12, 20), g('B', 11000, 320, 17, 12, 21), g('C', 500000, 5000, 14, 14, 14), g('D', 10500, 310, 17, 12, 20), g('E', null, 300, 17, 12, 20)];
		const peers = peerGroup('A', rows, 2)!;
		expect(peers.peers.map((p) => p.code)).toEqual(['D', 'B']);
		expect(peers.excluded).toBe(1);
		expect(peerGroup('E', rows)).toBeNull();
	});
});

import { indicatorPosition as positionOne, MeasuredIndex as Index, percentileRank as rankOne, percentileSorted } from '../../../src/lib/analysis/measured';

describe('MeasuredIndex', () => {
	it('gives every gemeente the position indicatorPosition gives it, for a shared and a per-gemeente reference set', () => {
		// One value per indicator, gemeente and year (the table's key), ties included; GM0029 lacks 2020.
		const rows = ['a', 'b'].flatMap((indicator_id, k) =>
			Array.from({ length: 30 }, (_, a) => a).flatMap((a) =>
				[2019, 2020, 2021]
					.filter((period) => !(a === 29 && period === 2020))
					.map((period) => ({ indicator_id, area_code: `GM${String(a).padStart(4, '0')}`, period, value: ((a + k) * 37 + period) % 11, status: null, boundary_year: 2025, source_id: 's' }))
			)
		);
		const index = new Index(rows);
		const all = new Set(rows.map((r) => r.area_code));
		for (const code of ['GM0001', 'GM0007', 'GM0029', 'GM9999']) {
			const peers = new Set(['GM0002', 'GM0003', 'GM0011']);
			for (const ref of [all, peers]) {
				for (const [id, dir] of [['a', 'higher_worse'], ['b', 'lower_worse']] as const) {
					const expected = positionOne(id, dir, code, rows.filter((r) => r.indicator_id === id), ref, 2020);
					expect(index.position(id, dir, code, ref, 2020), `${code} ${id}`).toEqual(expected);
				}
			}
		}
	});
	it('ranks by binary search exactly as by counting, ties included', () => {
		const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
		const sorted = [...values].sort((a, b) => a - b);
		for (const v of values) for (const d of ['higher_worse', 'lower_worse', 'neutral']) expect(percentileSorted(v, sorted, d)).toBe(rankOne(v, values, d));
	});
});
