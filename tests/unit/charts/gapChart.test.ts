/** The gemeente page's gap chart: heard as words in the margin, the primary figure on the axis, the class at the right. */
import { describe, expect, it } from 'vitest';
import { gapChartSpec, type GapChartRow } from '../../../src/lib/charts/gapChart';
import { renderSpec } from './render';

const rows: GapChartRow[] = [
	{ theme: 'Jeugdoverlast', heard: 'genoemd, omvang onbekend ◆', percentile: 0.23, others: [{ label: 'Leefbaarometer veiligheid (2016)', percentile: 0.66 }], gapClass: 'perception_gap', classLabel: 'Gehoord, (nog) niet zichtbaar in de cijfers' },
	{ theme: 'Vertrouwen', heard: '●●●●●● rode draad ◆', percentile: null, others: [], gapClass: 'no_measurement', classLabel: 'Gehoord, geen cijfers beschikbaar' },
	{ theme: 'Verloedering', heard: 'buiten de vraag van dit traject', percentile: null, others: [], gapClass: 'not_studied', classLabel: 'Niet onderzocht in dit traject' }
];

describe('gap chart', () => {
	const { svg } = renderSpec(gapChartSpec(rows, { locale: 'nl', high: 0.67, xLabel: 'Positie', perceivedLabel: 'Gehoord', measuredLabel: 'In de cijfers' }));
	const text = svg.textContent ?? '';
	it('writes every theme, what was heard in words, and its class', () => {
		for (const r of rows) for (const s of [r.theme, r.heard, r.classLabel]) expect(text).toContain(s);
	});
	it('places only figures on the axis: one diamond per primary figure, a ring per figure beside it, nothing for the words', () => {
		const dots = svg.querySelectorAll('g[aria-label="dot"]');
		expect(dots).toHaveLength(2);
		expect(dots[0]!.querySelectorAll('circle, path')).toHaveLength(1);
		expect(dots[1]!.querySelectorAll('circle, path')).toHaveLength(1);
	});
});
