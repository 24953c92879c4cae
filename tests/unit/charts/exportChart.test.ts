import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { composeSvg, escapeXml, exportFileName, wrapText } from '../../../src/lib/charts/exportChart';
import { gapScatterSpec } from '../../../src/lib/charts/gapScatter';
import { renderSpec } from './render';

describe('chart export', () => {
	const { svg } = renderSpec(
		gapScatterSpec([], { locale: 'nl', heardLevel: 4, high: 0.67, steps: ['0', '1', '2', '3', '4', '5', '6'], xLabel: 'x', yLabel: 'y', classLabels: { confirmed: 'A', perception_gap: 'B', blind_spot: 'C', no_signal: 'D' } })
	);
	const composed = composeSvg([{ markup: svg.outerHTML, width: 760, height: 560 }], {
		title: 'Beleving tegen cijfers & <meer>',
		caption: 'Bron: Politie / CBS, Geregistreerde misdrijven; Ministerie van BZK / RIGO, Leefbaarometer 2.0. '.repeat(3),
		footer: 'Kloofmeter · 28 november 2026'
	});

	it('is well-formed SVG with the chart inside, and title, sources and date as text', () => {
		const doc = new new JSDOM('').window.DOMParser().parseFromString(composed, 'image/svg+xml');
		expect(doc.querySelector('parsererror')).toBeNull();
		const root = doc.documentElement;
		expect(root.getAttribute('width')).toBe('792');
		const texts = [...root.children].filter((e) => e.tagName === 'text').map((e) => e.textContent);
		expect(texts[0]).toBe('Beleving tegen cijfers & <meer>');
		expect(texts.join(' ')).toContain('Leefbaarometer 2.0');
		expect(texts.at(-1)).toBe('Kloofmeter · 28 november 2026');
		// The caption is wrapped, not one line running off the image.
		expect(texts.length).toBeGreaterThan(3);
		const inner = [...root.children].find((e) => e.tagName === 'svg')!;
		expect(Number(inner.getAttribute('y'))).toBeGreaterThan(20);
		expect(Number(root.getAttribute('height'))).toBeGreaterThan(560 + 60);
	});
	it('escapes text and wraps words without breaking them', () => {
		expect(escapeXml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
		expect(wrapText('een twee drie vier', 9)).toEqual(['een twee', 'drie vier']);
		expect(wrapText('onafbreekbaarwoord kort', 5)).toEqual(['onafbreekbaarwoord', 'kort']);
	});
	it('names files from the title and the date, in plain ASCII', () => {
		expect(exportFileName('Thema’s per traject: Súdwest-Fryslân', '2026-11-28', 'png')).toBe('kloofmeter-thema-s-per-traject-sudwest-fryslan-2026-11-28.png');
		expect(exportFileName('???', '2026-11-28', 'svg')).toBe('kloofmeter-grafiek-2026-11-28.svg');
	});
});
