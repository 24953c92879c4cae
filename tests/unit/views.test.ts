/** The texts and orders the comparison pages show, from small hand-made inputs through the real analysis. */
import { describe, expect, it } from 'vitest';
import { distinctNames, pairGaps, type MeasuredMemo, type PairInputs } from '../../src/lib/analysis/compare';
import type { MapValueRow } from '../../src/lib/db/queries/overview';
import { nl, type MessageKey } from '../../src/lib/i18n/messages';
import { matrixCells, recurringRows, recurringSummary, themeOrder, type Labels } from '../../src/lib/views/compare';
import { heardCell, heardLine } from '../../src/lib/views/heard';
import { explorerSummary, gapPoints, pairsSummary, rankedGaps, scatterPoints, unplacedPairs } from '../../src/lib/views/gapExplorer';
import { latestPeriod, mapSummary, rankOf } from '../../src/lib/views/overview';

const t = (key: MessageKey, params: Record<string, string | number> = {}) => nl[key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k]));
const labels: Labels = { locale: 'nl', t, theme: (id) => ({ a: 'Thema A', b: 'Thema B', c: 'Thema C' })[id] ?? id };

// Ten gemeenten with values 1..10 on one indicator (higher is worse); G1 and G2 have trajectories.
const values = Array.from({ length: 10 }, (_, i) => ({ indicator_id: 'x', area_code: `GM000${i}`, period: 2020, value: i + 1, status: null, boundary_year: 2025, source_id: 's' }));
const input = (conversations: number | null): PairInputs => ({
	trajectories: [
		{ trajectoryId: 't1', code: 'GM0009', name: 'Negen', referenceYear: 2020, conversations, reconstructed: false, scope: new Set(['a', 'b']) },
		{ trajectoryId: 't2', code: 'GM0000', name: 'Nul', referenceYear: 2020, conversations: null }
	],
	counts: [
		{ trajectoryId: 't1', themeId: 'a', findings: 6, respondents: 6, quantifiers: [] },
		{ trajectoryId: 't2', themeId: 'a', findings: 1, respondents: 0, quantifiers: ['merendeel'] },
		{ trajectoryId: 't2', themeId: 'b', findings: 1, respondents: 0, quantifiers: [] }
	],
	themeIds: ['a', 'b', 'c'],
	links: [{ theme_id: 'a', indicator_id: 'x' }],
	indicators: [{ indicator_id: 'x', direction: 'higher_worse' }],
	values,
	referenceFor: () => new Set(values.map((v) => v.area_code))
});

describe('comparison views', () => {
	it('writes each cell as the reader sees it: the heard step (with the share where there is a real count), “genoemd”, “—”, or withheld', () => {
		const pairs = pairGaps(input(20));
		const cells = matrixCells(pairs, input(20).trajectories, labels, true);
		const cell = (tr: string, theme: string) => cells.find((c) => c.trajectory.startsWith(tr) && c.theme === theme)!;
		// 6 of 20 counted conversations: 30% → "veel".
		expect(cell('Negen', 'Thema A').text).toBe('veel (30%)');
		// Fewer than 5 people: the cell says so and nothing that would give the number away.
		const few = matrixCells(pairGaps({ ...input(20), counts: [{ trajectoryId: 't1', themeId: 'a', findings: 2, respondents: 2, quantifiers: [] }] }), input(20).trajectories, labels, true);
		expect(few.find((c) => c.trajectory.startsWith('Negen') && c.theme === 'Thema A')!.text).toBe('< 5');
		const fewPair = pairGaps({ ...input(20), counts: [{ trajectoryId: 't1', themeId: 'a', findings: 2, respondents: 2, quantifiers: [] }] }).find((p) => p.trajectoryId === 't1' && p.themeId === 'a')!;
		expect(heardCell(fewPair, labels)).toBe('minder dan 5 van 20 gesprekken');
		expect(heardLine(fewPair.perceived, labels)).not.toMatch(/\b2\b/);
		// The report's own word where it gave one.
		expect(cell('Nul', 'Thema A').text).toBe('merendeel');
		expect(cell('Negen', 'Thema A').trajectory).toBe('Negen (n = 20)');
		expect(cell('Nul', 'Thema A').trajectory).toBe('Nul (n onbekend)');
		expect(cell('Nul', 'Thema B').text).toBe('genoemd');
		// Asked about and not raised: "—"; for Nul, whose question was not recorded, a theme nobody raised is not studied.
		expect(cell('Negen', 'Thema B').text).toBe('—');
		// Theme c is neither raised nor measured: not a row at all.
		expect(cells.some((c) => c.theme === 'Thema C')).toBe(false);
		const withheld = matrixCells(pairGaps(input(3)), input(3).trajectories, labels, true);
		expect(withheld.filter((c) => c.trajectory.startsWith('Negen')).every((c) => c.text === '< 5' && c.gapClass === null)).toBe(true);
	});
	it('orders themes by recurrence and says so in one sentence', () => {
		const pairs = pairGaps(input(10));
		expect(themeOrder(pairs, labels)).toEqual(['a', 'b']);
		const rows = recurringRows(pairs, labels);
		expect(rows[0]).toEqual({ theme: 'Thema A', trajectories: 2, names: 'Negen, Nul' });
		expect(recurringSummary(rows, 2, labels)).toBe('Thema A komt terug in 2 van de 2 trajecten (Negen, Nul).');
		expect(recurringSummary([], 2, labels)).toBe(nl['compare.recurring.none']);
	});
});

describe('gap explorer views', () => {
	const pairs = pairGaps(input(20));
	it('places pairs with both sides, ranks by the size of the difference, and lists the rest with a reason', () => {
		const points = gapPoints(pairs, labels);
		expect(points.map((p) => p.label).sort()).toEqual(['Negen · Thema A', 'Nul · Thema A']);
		const nine = points.find((p) => p.code === 'GM0009')!;
		expect(nine.percentile).toBe(1);
		expect(nine.gapClass).toBe('confirmed');
		const ranked = rankedGaps(pairs, labels);
		// The heard step over six against the percentile: Nul "merendeel" (5/6) against the best figures (|0,83 − 0| = 0,83)
		// before Negen "veel" (4/6) against the worst (|0,67 − 1| = 0,33).
		expect(ranked.map((r) => r.label)).toEqual(['Nul · Thema A', 'Negen · Thema A']);
		expect(unplacedPairs(pairs, labels)).toEqual([{ code: 'GM0000', label: 'Nul · Thema B', reason: nl['gapx.unplaced.noMeasurement'] }]);
		expect(explorerSummary(points, labels)).toContain('2 paren in de grafiek');
	});
});

describe('the gap explorer at scale', () => {
	// Five trajectories in the same gemeente with the same counts: five pairs at one place of the scatter, and Nul's pair elsewhere.
	// One reference set object, as the app's base keeps them: the memo is keyed by the set.
	const everyone = new Set(values.map((v) => v.area_code));
	const many: PairInputs = {
		...input(20),
		referenceFor: () => everyone,
		trajectories: [...Array.from({ length: 5 }, (_, i) => ({ trajectoryId: `n${i}`, code: 'GM0009', name: `Negen ${i}`, referenceYear: 2020, conversations: 20, reconstructed: false })), input(20).trajectories[1]!],
		counts: [...Array.from({ length: 5 }, (_, i) => ({ trajectoryId: `n${i}`, themeId: 'a', findings: 6, respondents: 6, quantifiers: [] })), ...input(20).counts.slice(1)]
	};
	const pairs = pairGaps(many);
	it('works out the measured side once per gemeente, theme and reference set, and reuses it under another findings filter', () => {
		const memo: MeasuredMemo = new WeakMap();
		const first = pairGaps({ ...many, measuredMemo: memo });
		expect(first).toEqual(pairs);
		// Another filter: fewer findings for the first trajectory. Same answer as a fresh analysis…
		const filtered: PairInputs = { ...many, counts: many.counts.map((c) => (c.trajectoryId === 'n0' ? { ...c, findings: 1, respondents: 1 } : c)) };
		expect(pairGaps({ ...filtered, measuredMemo: memo })).toEqual(pairGaps(filtered));
		// …and the measured side really comes from the memo: a marked entry is what the pair carries.
		const reference = many.referenceFor('GM0009');
		const marked = { ...first[0]!.measured, percentile: 0.123 };
		memo.get(reference)!.get('GM0009|2020')!.set('a', marked);
		expect(pairGaps({ ...filtered, measuredMemo: memo }).find((p) => p.trajectoryId === 'n0' && p.themeId === 'a')!.measured).toBe(marked);
	});
	it('keeps one point per pair up to the limit', () => {
		const all = scatterPoints(pairs, labels, 6);
		expect(all.merged).toBe(false);
		expect(all.points).toEqual(gapPoints(pairs, labels));
	});
	it('merges pairs at the same place above the limit, says how many in label and tooltip, and still counts pairs in the summary', () => {
		const merged = scatterPoints(pairs, labels, 5);
		expect(merged.merged).toBe(true);
		expect(merged.pairs).toBe(6);
		expect(merged.points).toHaveLength(2);
		const five = merged.points.find((p) => p.code === 'GM0009')!;
		expect(five.label).toBe('5 paren op deze plek, o.a. Negen 0 · Thema A; Negen 1 · Thema A; Negen 2 · Thema A');
		expect(five.tip).toContain('Cijfers: percentiel 100%');
		expect([five.percentile, five.level, five.gapClass]).toEqual([1, 4, 'confirmed']);
		// Nul's pair stands alone: its point is the pair's own.
		expect(merged.points.find((p) => p.code === 'GM0000')).toEqual(gapPoints(pairs, labels).find((p) => p.code === 'GM0000'));
		expect(pairsSummary(pairs, labels)).toContain('6 paren in de grafiek');
	});
});

describe('a survey figure with its 95% interval', () => {
	it('places both bounds among the other gemeenten, widens the point’s spread and names it in the tooltip', () => {
		// Negen (value 10, the highest of ten) with a margin 5–10: 5 among 1…9 plus itself → (4 + ½) / 9 = 0,5; 10 → 1.
		const pairs = pairGaps({ ...input(20), margins: new Map([['x|GM0009|2020', { lower: 5, upper: 10 }]]) });
		const nine = pairs.find((p) => p.trajectoryId === 't1' && p.themeId === 'a')!;
		expect(nine.measured.positions[0]!.marginPercentiles).toEqual([0.5, 1]);
		const point = gapPoints(pairs, labels).find((p) => p.code === 'GM0009')!;
		expect([point.pMin, point.pMax]).toEqual([0.5, 1]);
		expect(point.tip).toContain('Enquête (ervaren): 100%, binnen de marge 50%–100%');
	});
});

describe('overview views', () => {
	const row = (code: string, value: number | null): MapValueRow => ({ code, name: code, province: 'P', inhabitants: null, value, status: null, source_id: null });
	it('summarises the map with the count of values and the median', () => {
		expect(mapSummary([row('a', 1), row('b', 3), row('c', null), row('d', 10)])).toEqual({ withValue: 3, total: 4, median: 3 });
		expect(mapSummary([row('a', 1), row('b', 4)]).median).toBe(2.5);
		expect(mapSummary([row('a', null)]).median).toBeNull();
	});
	it('ranks from the highest value, ties sharing a rank, and nothing without a value', () => {
		const rows = [row('a', 5), row('b', 9), row('c', 9), row('d', null)];
		expect(rankOf(rows, 'b')).toEqual({ rank: 1, n: 3 });
		expect(rankOf(rows, 'c')).toEqual({ rank: 1, n: 3 });
		expect(rankOf(rows, 'a')).toEqual({ rank: 3, n: 3 });
		expect(rankOf(rows, 'd')).toBeNull();
		expect(latestPeriod([2012, 2016, 2014])).toBe(2016);
		expect(latestPeriod([])).toBeNull();
	});
});

describe('trajectory names', () => {
	it('number the trajectories of a gemeente that has more than one, and leave the others alone', () => {
		const named = distinctNames([
			{ trajectoryId: 'montfoort', code: 'GM0335', name: 'Montfoort' },
			{ trajectoryId: 'baarn', code: 'GM0308', name: 'Baarn' },
			{ trajectoryId: 'eigen_imp1', code: 'GM0335', name: 'Montfoort' }
		]);
		expect(named.map((t) => t.name)).toEqual(['Montfoort (2)', 'Baarn', 'Montfoort (1)']);
	});
});
