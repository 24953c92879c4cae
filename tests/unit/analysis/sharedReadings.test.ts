/**
 * sharedReadings: perceivedFromCounts with one reading per distinct input. Every input it tells apart (raised or not,
 * by the researchers only or also, the respondents, n, each list) is varied over a grid, with lists shared as
 * compareRows shares them and equal lists made apart; each answer must equal the reading worked out on its own.
 */
import { describe, expect, it } from 'vitest';
import { perceivedFromCounts, sharedReadings, type FindingCounts } from '../../../src/lib/analysis/perceived';

const QUANTIFIERS = [[], ['veel'], ['enkele'], ['enkele', 'veel'], ['de meesten']];
const ASSESSMENTS = [undefined, [], ['valt_mee'], ['ernstig']];
const SUBJECTS = [undefined, [], ['jongeren'], ['enkele jongeren']];
const SPEAKERS = [undefined, [], ['inwoners'], ['inwoners', 'professionals'], ['onderzoekers']];

function grid(): FindingCounts[] {
	const rows: FindingCounts[] = [];
	for (const findings of [0, 1, 3])
		for (const researcherFindings of [undefined, 0, 1, 3])
			for (const respondents of [0, 2, 6, 40])
				for (const q of QUANTIFIERS)
					for (const a of ASSESSMENTS)
						for (const s of SUBJECTS)
							for (const sp of SPEAKERS) {
								// Every other row gets a copy of its lists: equal, but not the same list.
								const copy = rows.length % 2 === 1;
								const own = <T,>(list: T[] | undefined) => (copy && list ? [...list] : list);
								rows.push({ findings, researcherFindings, respondents, quantifiers: own(q)!, assessments: own(a), subjectQuantifiers: own(s), speakerNames: own(sp) });
							}
	return rows;
}

describe('sharedReadings', () => {
	it('reads every row as perceivedFromCounts does, for every n', () => {
		const rows = grid();
		const readingOf = sharedReadings();
		let checked = 0;
		for (const n of [null, 0, 4, 10, 50])
			for (const c of rows) {
				expect(readingOf(c, n), JSON.stringify({ c, n })).toEqual(perceivedFromCounts(c, n));
				checked++;
			}
		expect(checked).toBeGreaterThan(50_000);
	});

	it('gives the same reading to rows that differ in nothing it reads, and a new one where they differ', () => {
		const readingOf = sharedReadings();
		const words = ['veel'];
		const a = readingOf({ findings: 3, respondents: 6, quantifiers: words }, 10);
		// The number of findings is not read, beyond whether there were any and whether the researchers made all.
		expect(readingOf({ findings: 5, respondents: 6, quantifiers: words }, 10)).toBe(a);
		expect(readingOf({ findings: 5, respondents: 6, quantifiers: words }, 11)).not.toBe(a);
		expect(readingOf({ findings: 5, respondents: 7, quantifiers: words }, 10)).not.toBe(a);
	});

	it('reads a row with a per-lens breakdown on its own', () => {
		const readingOf = sharedReadings();
		const c: FindingCounts = { findings: 2, respondents: 6, quantifiers: [], speakers: [{ speaker: 'inwoners', findings: 2, respondents: 6, quantifiers: [] }] as never };
		expect(readingOf(c, 10)).toEqual(perceivedFromCounts(c, 10));
		expect(readingOf(c, 10)).not.toBe(readingOf(c, 10));
	});
});
