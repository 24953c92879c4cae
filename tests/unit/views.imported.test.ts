/** The gemeente page's own imported figures: kind, position with its margin, and the reading with what was heard. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../src/lib/analysis/classify';
import { gapPage } from '../../src/lib/server/gap';
import type { ImportedValueRow } from '../../src/lib/db/queries/compare';
import { importedFigures } from '../../src/lib/views/imported';

const row = (o: Partial<ImportedValueRow>): ImportedValueRow => ({
	indicator_id: 'eigen_vm', label_nl: 'Voelt zich onveilig (VM)', label_en: 'Feels unsafe (VM)', unit: 'percent', direction: 'higher_worse',
	lens: 'ervaren', period: 2023, value: 38, lower: 33.5, upper: 42.5, theme_id: 'onveiligheidsgevoel', source: 'fixture', ...o
});
// Ten gemeenten at 20, 22, …, 38 (Montfoort the highest).
const reference = Array.from({ length: 10 }, (_, i) => ({ indicator_id: 'eigen_vm', period: 2023, value: 20 + 2 * i }));
const lens = (id: string) => (id.startsWith('lbm_') ? ('voorspeld' as const) : ('geregistreerd' as const));

describe('imported figures on the gemeente page', () => {
	const montfoort = gapPage('GM0335')!.gap.all;
	it('places the value and both bounds of its interval among the gemeenten that have the figure', () => {
		const [f] = importedFigures([row({})], reference, montfoort, DEFAULT_THRESHOLDS, lens);
		// 38 is the highest of ten: 9/9 = 1. Its bounds among the other nine: 33,5 has 7 below → 7/9; 42,5 → 9/9.
		expect(f).toMatchObject({ lens: 'ervaren', percentile: 1, referenceSize: 10 });
		expect(f!.percentileLo).toBeCloseTo(7 / 9);
		expect(f!.percentileHi).toBe(1);
	});
	it('reads heard, surveyed high and registered low in Montfoort as "breed ervaren, weinig gemeld"', () => {
		const [f] = importedFigures([row({})], reference, montfoort, DEFAULT_THRESHOLDS, lens);
		expect(f!.reading).toBe('heard_surveyed_not_registered');
	});
	it('gives no reading for a theme outside the question, and none without a theme', () => {
		const baarn = gapPage('GM0308')!.gap.all;
		expect(importedFigures([row({})], reference, baarn, DEFAULT_THRESHOLDS, lens)[0]!.reading).toBeNull();
		expect(importedFigures([row({ theme_id: null })], reference, montfoort, DEFAULT_THRESHOLDS, lens)[0]!.reading).toBeNull();
	});
});
