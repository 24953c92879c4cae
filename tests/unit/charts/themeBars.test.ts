import { describe, expect, it } from 'vitest';
import { themeBarsSpec } from '../../../src/lib/charts/themeBars';
import { montfoortHeardSlide } from './fixtures';
import { expectSnapshot, renderSpec } from './render';

const rows = [{ theme: 'Visibility of community police officer and enforcement officers', value: 5, lo: 4, hi: 6, text: '●●●●●○ most' }];
const options = { locale: 'en' as const, colour: '#d55e00', xLabel: 'How widely heard', steps: ['0', '1', '2', '3', '4', '5', '6'] };

describe('themeBarsSpec', () => {
	it('keeps the projector layout at full width', () => {
		const spec = themeBarsSpec(rows, options);
		expect([spec.width, spec.marginLeft, spec.marginRight]).toEqual([1100, 450, 320]);
	});
	it('leaves the bars room in a narrow box: no margin outgrows the chart (a negative bar width is an SVG error)', () => {
		for (const width of [320, 380, 600]) {
			const spec = themeBarsSpec(rows, { ...options, width });
			expect(width - spec.marginLeft! - spec.marginRight!, `width ${width}`).toBeGreaterThanOrEqual(width / 3);
		}
	});
});

describe('the heard slide of Montfoort’s deck (GM0335, shipped data), as a worked example', () => {
	const slide = montfoortHeardSlide();
	it('matches its SVG snapshot on a projector', async () => {
		await expectSnapshot('themeBars-montfoort', renderSpec(themeBarsSpec(slide.rows, slide.options)).text);
	});
	it('matches its SVG snapshot beside the speaker notes (a 560 px box)', async () => {
		await expectSnapshot('themeBars-montfoort-narrow', renderSpec(themeBarsSpec(slide.rows, { ...slide.options, width: 560 })).text);
	});
});
