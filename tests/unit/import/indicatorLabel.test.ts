import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanStatlineTitle, defaultIndicatorLabel } from '../../../src/lib/import/indicatorLabel';
import { prepareIndicatorFile } from '../../../src/lib/import/prepare';
import { fixture, nlMessage } from './support';

describe('the proposed name of an imported figure drops StatLine’s download stamp', () => {
	it('a real StatLine download (47013NED, figures 2022–2023, fetched in 2026) loses its trailing 2026', () => {
		const bytes = new Uint8Array(readFileSync(resolve(__dirname, '../../../data/sources/crime/misdrijven_totaal_gemeente_2022_2023_47013NED.csv')));
		const p = prepareIndicatorFile(bytes);
		if (!p.ok) throw new Error(p.problems.map(nlMessage).join('; '));
		expect(p.value.title).toBe('Geregistreerde misdrijven en aangiften; soort misdrijf, gemeente 2026');
		const periods = [...new Set(p.value.cells.map((c) => c.period!))];
		expect(defaultIndicatorLabel(p.value.title, 'x.csv', periods)).toBe('Geregistreerde misdrijven en aangiften; soort misdrijf, gemeente');
	});
	it.each([
		['Regionale kerncijfers Nederland; 2024', [2022], 'Regionale kerncijfers Nederland'],
		['Regionale kerncijfers Nederland (download 12-03-2024)', [2022], 'Regionale kerncijfers Nederland'],
		['Regionale kerncijfers Nederland, gedownload op 12-03-2024', [2022], 'Regionale kerncijfers Nederland'],
		['Bevolking; 12-03-2024', [2023], 'Bevolking'],
		// An edition year that is also the figures' year is part of the name.
		['Kerncijfers wijken en buurten 2024', [2024], 'Kerncijfers wijken en buurten 2024'],
		// Without periods nothing says the year is a download year: it stays.
		['Kerncijfers wijken en buurten 2024', [], 'Kerncijfers wijken en buurten 2024'],
		['Misdrijven 2010-2020', [2010, 2020], 'Misdrijven 2010-2020']
	])('%s → %s', (title, periods, expected) => expect(cleanStatlineTitle(title, periods)).toBe(expected));
	it('falls back to the file name without extension', () => {
		expect(defaultIndicatorLabel(null, 'meldingen-jeugdoverlast.tsv', [2023])).toBe('meldingen-jeugdoverlast');
	});
	it('the shipped fixture keeps its title (no stamp in it)', () => {
		const p = prepareIndicatorFile(fixture('good/statline-kerncijfers-cp1252.csv'));
		expect(p.ok && defaultIndicatorLabel(p.value.title, 'x.csv', [2022])).toBe('Regionale kerncijfers Nederland');
	});
});
