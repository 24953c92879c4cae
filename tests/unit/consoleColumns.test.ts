import { describe, expect, it } from 'vitest';
import { columnKind, columnKinds, consoleCell } from '../../src/lib/views/consoleColumns';

describe('the console prints years and codes as digits, quantities with separators', () => {
	it.each([
		['period', [2019, 2023], 'digits'],
		['eerste_jaar', [2010], 'digits'],
		['boundary_year', [2025], 'digits'],
		['year(datum)', [2024], 'digits'],
		['jaar', [2020, null], 'digits'],
		['postcode_nr', [3511], 'digits'],
		['indicator_id', [1234], 'digits'],
		['inhabitants', [48752], 'number'],
		// A count that happens to lie between 1900 and 2100 is still a count: the name decides.
		['n', [2023], 'number'],
		// A year-named column that is not whole numbers is a quantity (an average, say).
		['jaar', [2019.5], 'number'],
		// "jaarlijks" and "idee" are no year or id.
		['jaarlijks_totaal', [2023], 'number'],
		['idee', [2023], 'number'],
		['code', ['GM0301'], 'text'],
		['name', ['Zutphen', null], 'text'],
		['leeg', [null, null], 'text']
	] as const)('%s %j → %s', (name, values, kind) => expect(columnKind(name, values)).toBe(kind));

	it('formats the cells of each kind', () => {
		const rows = [
			{ period: 2023, inhabitants: 48752, share: 0.125, name: 'Zutphen' },
			{ period: 2024, inhabitants: null, share: 1234.5, name: null }
		];
		const kinds = columnKinds(['period', 'inhabitants', 'share', 'name'], rows);
		expect(kinds).toEqual({ period: 'digits', inhabitants: 'number', share: 'number', name: 'text' });
		expect(rows.map((r) => consoleCell(r.period, kinds.period!, 'nl'))).toEqual(['2023', '2024']);
		expect(consoleCell(48752, 'number', 'nl')).toBe('48.752');
		expect(consoleCell(1234.5, 'number', 'nl')).toBe('1.234,5');
		expect(consoleCell(1234.5, 'number', 'en')).toBe('1,234.5');
		expect(consoleCell(null, 'number', 'nl')).toBe('');
	});
});
