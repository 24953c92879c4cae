import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { flagOutliers, JUMP_FACTOR, NEIGHBOUR_YEARS, oneYearJump, robustDomain, SMALL_POPULATION } from '../../../src/lib/analysis/outliers';
import { mapCounts, mapValues, type MapCountRow, type MapValueRow } from '../../../src/lib/db/queries/overview';
import { countIndicatorOf, mapOutliers, outlierNote } from '../../../src/lib/views/overview';
import { rowsOf, shippedConnection } from '../support/duckdbNode';

describe('oneYearJump', () => {
	it('flags a count that jumps against the year before, beyond chance and by more than the factor', () => {
		const jump = oneYearJump([{ period: 2020, value: 30 }, { period: 2022, value: 44 }, { period: 2023, value: 355 }], 2023);
		expect(jump).toMatchObject({ period: 2023, count: 355, direction: 'up', neighbours: [{ period: 2022, value: 44 }] });
	});
	it('judges against both neighbours when both are there: a level that stays is no jump', () => {
		const spike = [{ period: 2022, value: 44 }, { period: 2023, value: 355 }, { period: 2024, value: 54 }];
		expect(oneYearJump(spike, 2023)?.neighbours).toHaveLength(2);
		const level = [{ period: 2022, value: 44 }, { period: 2023, value: 355 }, { period: 2024, value: 340 }];
		expect(oneYearJump(level, 2023)).toBeNull();
	});
	it('does not flag a large gemeente whose change is beyond chance but far from a doubling', () => {
		// 10,000 → 11,000 is well beyond Poisson noise (limit ≈ 374) but a rise of 10%.
		expect(oneYearJump([{ period: 2022, value: 10_000 }, { period: 2023, value: 11_000 }], 2023)).toBeNull();
	});
	it('does not flag a doubling in a tiny count that chance explains', () => {
		expect(oneYearJump([{ period: 2022, value: 3 }, { period: 2023, value: 7 }], 2023)).toBeNull();
		expect(7 / 3).toBeGreaterThan(JUMP_FACTOR);
	});
	it('flags a drop too, and needs a neighbour within reach', () => {
		expect(oneYearJump([{ period: 2022, value: 400 }, { period: 2023, value: 40 }], 2023)?.direction).toBe('down');
		expect(oneYearJump([{ period: 2023 - NEIGHBOUR_YEARS - 1, value: 44 }, { period: 2023, value: 355 }], 2023)).toBeNull();
	});
});

describe('robustDomain', () => {
	const ordinary = Array.from({ length: 100 }, (_, i) => 20 + i * 0.4);
	it('leaves the axis alone when nothing lies far out', () => {
		expect(robustDomain(ordinary)).toEqual({ domain: [20, 59.6], clipped: false });
	});
	it('clips a value that would stretch the axis, and keeps one inside the far-out fence', () => {
		const r = robustDomain([...ordinary, 200]);
		expect(r?.clipped).toBe(true);
		expect(r?.domain).toEqual([20, 59.6]);
		// Quartiles near 30 and 50: the far-out fence is near 109.
		expect(robustDomain([...ordinary, 100])).toEqual({ domain: [20, 100], clipped: false });
	});
	it('judges a log axis on the logarithm', () => {
		const sizes = Array.from({ length: 50 }, (_, i) => 1000 * 1.1 ** i);
		expect(robustDomain([...sizes, 900_000], true)?.clipped).toBe(false);
	});
});

describe('flagOutliers', () => {
	const many = Array.from({ length: 60 }, (_, i) => ({ code: `GM${1000 + i}`, value: 25 + (i % 20), inhabitants: 20_000 + i }));
	it('flags a per-inhabitant value outside the range in a gemeente below the population line, not one inside it', () => {
		const flags = flagOutliers([...many, { code: 'GMsmall', value: 190, inhabitants: 1831 }, { code: 'GMsmallOk', value: 30, inhabitants: 900 }], { unit: 'per_1000', period: 2023, counts: null });
		expect(flags.get('GMsmall')?.reasons).toEqual(['small_population']);
		expect(flags.has('GMsmallOk')).toBe(false);
		expect(1831).toBeLessThan(SMALL_POPULATION);
	});
	it('does not call a large gemeente far out a small denominator', () => {
		const flags = flagOutliers([...many, { code: 'GMbig', value: 190, inhabitants: 900_000 }], { unit: 'per_1000', period: 2023, counts: null });
		expect(flags.has('GMbig')).toBe(false);
	});
});

describe('outliers in the shipped police data', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await shippedConnection(['gemeenten', 'indicator_values']);
	});
	async function flagsFor(indicator: string, unit: string, period: number) {
		const rows = await rowsOf<MapValueRow>(conn, mapValues(indicator, period));
		const countId = countIndicatorOf(indicator, unit);
		const counts = countId ? await rowsOf<MapCountRow>(conn, mapCounts(countId, period, NEIGHBOUR_YEARS)) : null;
		return { rows, flags: mapOutliers(rows, counts, { unit, period, log: false }) };
	}

	it('flags Rozendaal 2023 (355 offences after 44 in 2022) on both the rate and the count, with both reasons on the rate', async () => {
		const rate = await flagsFor('misdrijven_per_1000', 'per_1000', 2023);
		const rozendaal = rate.flags.get('GM0277');
		expect(rozendaal?.reasons).toEqual(['jump', 'small_population']);
		expect(rozendaal?.jump).toMatchObject({ count: 355, neighbours: [{ period: 2022, value: 44 }] });
		expect(rate.rows.find((r) => r.code === 'GM0277')?.inhabitants).toBe(1831);
		const count = await flagsFor('misdrijven_totaal', 'count', 2023);
		expect(count.flags.get('GM0277')?.reasons).toEqual(['jump']);
		const note = outlierNote(rozendaal!, String, { jump: (p) => `${p.count} in ${p.period} tegen ${p.against}`, small: (p) => `${p.inhabitants} inwoners`, and: 'en' });
		expect(note).toBe('355 in 2023 tegen 44 (2022); 1831 inwoners');
	});

	it('flags no trajectory gemeente, nor Amsterdam (highest rate of a large gemeente), in 2023', async () => {
		const { flags } = await flagsFor('misdrijven_per_1000', 'per_1000', 2023);
		for (const code of ['GM0308', 'GM0335', 'GM1621', 'GM0363']) expect(flags.has(code), code).toBe(false);
	});

	it('ends the 2023 rate axis at Amsterdam (87,8, just past the fence), not at Rozendaal (193,9)', async () => {
		const { rows } = await flagsFor('misdrijven_per_1000', 'per_1000', 2023);
		const values = rows.flatMap((r) => (r.value === null ? [] : [r.value]));
		expect(Math.max(...values)).toBe(193.9);
		expect(robustDomain(values)).toEqual({ domain: [Math.min(...values), 87.8], clipped: true });
	});

	it('flags nothing in 2022, when Rozendaal counted 44', async () => {
		const { flags } = await flagsFor('misdrijven_per_1000', 'per_1000', 2022);
		expect(flags.has('GM0277')).toBe(false);
	});
});

describe('stripSummary names a flagged end of the range as flagged', () => {
	it('adds the note to the name that holds the end, and nothing without one', async () => {
		const { stripSummary } = await import('../../../src/lib/views/overview');
		const r = (code: string, value: number) => ({ code, name: code, province: 'P', inhabitants: null, value, status: null, source_id: null });
		const rows = [r('low', 15), r('mid', 30), r('high', 193.9)];
		const template = (p: { low: string; lowName: string; high: string; highName: string }) => `${p.low} ${p.lowName} – ${p.high} ${p.highName}`;
		expect(stripSummary(rows, String, template, (c) => (c === 'high' ? 'sprong' : undefined))).toBe('15 low – 193.9 high (⚠ sprong)');
		expect(stripSummary(rows, String, template)).toBe('15 low – 193.9 high');
	});
});
