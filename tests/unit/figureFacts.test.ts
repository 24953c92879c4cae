import { describe, expect, it } from 'vitest';
import { figureFact, median } from '../../src/lib/analysis/figureFacts';
import { figureFacts } from '../../src/lib/views/pageFigures';
import { readShippedTable } from '../../src/lib/server/static';
import { gapPage } from '../../src/lib/server/gap';
import type { ValueRow } from '../../src/lib/analysis/types';

const row = (area_code: string, period: number, value: number, status: string | null = null): ValueRow => ({ indicator_id: 'x', area_code, period, value, status, boundary_year: 2024, source_id: 's' });

describe('figureFact', () => {
	const values = [row('A', 2023, 10, 'voorlopig'), row('B', 2023, 20), row('C', 2023, 5), row('D', 2023, 10), row('E', 2023, 30), row('A', 2021, 8), row('A', 2020, 7)];
	it('counts the gemeenten that stand worse and better, ties neither, by the indicator’s direction', () => {
		const f = figureFact({ position: { indicatorId: 'x', period: 2023, value: 10 }, direction: 'higher_worse', code: 'A', values, peers: new Set(['B', 'C']) })!;
		expect([f.total, f.worse, f.better]).toEqual([5, 2, 1]);
		expect(f.provisional).toBe(true);
		expect(f.medianAll).toBe(10);
		expect([f.medianPeers, f.peersWithValue]).toEqual([12.5, 2]);
		expect(f.previous).toEqual({ period: 2021, value: 8 });
		const g = figureFact({ position: { indicatorId: 'x', period: 2023, value: 10 }, direction: 'lower_worse', code: 'A', values, peers: new Set() })!;
		expect([g.worse, g.better, g.medianPeers]).toEqual([1, 2, null]);
	});
	it('judges the change on the counts behind a rate, and says nothing without a value', () => {
		const counts = [{ period: 2021, value: 330 }, { period: 2023, value: 395 }];
		const f = figureFact({ position: { indicatorId: 'x', period: 2023, value: 10 }, direction: 'higher_worse', code: 'A', values, peers: new Set(), counts })!;
		expect(f.countChange?.withinNoise).toBe(true);
		expect(figureFact({ position: { indicatorId: 'x', period: null, value: null }, direction: 'higher_worse', code: 'A', values, peers: new Set() })).toBeNull();
		expect(median([])).toBeNull();
		expect(median([3, 1, 2])).toBe(2);
	});
});

describe('figure facts of the trajectory gemeenten', () => {
	for (const code of ['GM0308', 'GM0335', 'GM1621']) {
		it(`${code}: the same year, value and position as the gemeente page`, () => {
			const gap = gapPage(code)!;
			const facts = figureFacts(readShippedTable, code, gap);
			const positions = gap.gap.all.flatMap((r) => r.measured.positions).filter((p) => p.role !== 'context' && p.value !== null);
			expect(positions.length).toBeGreaterThan(0);
			for (const p of positions) {
				const f = facts[p.indicatorId]!;
				expect([f.period, f.value, f.total]).toEqual([p.period, p.value, p.referenceSize]);
				// The page's mid-rank percentile, recovered from the counts: better ones plus half the ties, over the others.
				if (p.percentile !== null) expect((f.better + (f.total - 1 - f.worse - f.better) / 2) / (f.total - 1)).toBeCloseTo(p.percentile, 10);
			}
		});
	}
});
