import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutralise, toCsv } from '../../src/lib/export/csv';

describe('CSV export', () => {
	const rows = [
		{ gemeente: 'Montfoort', waarde: 26.9, noot: '=HYPERLINK("http://x")' },
		{ gemeente: "'s-Hertogenbosch; Den Bosch", waarde: -3.5, noot: '+31 6 …' },
		{ gemeente: 'Baarn', waarde: null, noot: '@SUM(A1)\n"quoted"' }
	];
	it('writes Excel-NL: semicolons, decimal commas, a BOM, quoted where needed', () => {
		const csv = toCsv(rows, 'nl');
		expect(csv.startsWith('\ufeffgemeente;waarde;noot\r\n')).toBe(true);
		const back = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
		expect(back[1]).toEqual(['Montfoort', '26,9', `'=HYPERLINK("http://x")`]);
		expect(back[2]).toEqual(["'s-Hertogenbosch; Den Bosch", '-3,5', "'+31 6 …"]);
		expect(back[3]).toEqual(['Baarn', '', `'@SUM(A1)\n"quoted"`]);
	});
	it('writes plain CSV with points, and never lets a text cell start a formula', () => {
		const back = Papa.parse<string[]>(toCsv(rows, 'plain'), { skipEmptyLines: true }).data;
		expect(back[1]![1]).toBe('26.9');
		expect(back[2]![1]).toBe('-3.5');
		for (const r of back.slice(1)) expect(r[2]).toMatch(/^'/);
		expect(neutralise('\tx')).toBe("'\tx");
		expect(neutralise('\rx')).toBe("'\rx");
		expect(neutralise('gewoon')).toBe('gewoon');
	});
	it.each([
		[' =1+1', 'a leading space'],
		['   =1+1', 'several spaces'],
		['\u00a0=1+1', 'a no-break space'],
		['\u3000=1+1', 'an ideographic space'],
		['\u200b=1+1', 'a zero-width space'],
		['\ufeff=1+1', 'a BOM'],
		['\n=1+1', 'a line feed'],
		[' \t+1', 'a space then a tab'],
		['＝1+1', 'full-width equals'],
		['＋1', 'full-width plus'],
		['－1', 'full-width minus'],
		['＠SUM(A1)', 'full-width at'],
		['  ＝HYPERLINK("http://x")', 'space then full-width equals'],
		['﹦1+1', 'small equals'],
		[' -2+3', 'space then minus'],
		[' @x', 'space then at']
	])('neutralises %j (%s), in both dialects', (text) => {
		expect(neutralise(text)).toBe(`'${text}`);
		for (const dialect of ['nl', 'plain'] as const) {
			const csv = toCsv([{ t: text }], dialect);
			const back = Papa.parse<string[]>(dialect === 'nl' ? csv.slice(1) : csv, { delimiter: dialect === 'nl' ? ';' : ',' }).data;
			expect(back[1]![0]).toBe(`'${text}`);
		}
	});
	it('leaves text alone that only contains those signs further on', () => {
		for (const text of ['a = b', 'Montfoort (n = 12)', 'x＝1', '3 + 4', 'e-mail@adres', ' gewoon'])
			expect(neutralise(text)).toBe(text);
	});
});
