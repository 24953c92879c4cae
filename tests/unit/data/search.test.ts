import { describe, expect, it } from 'vitest';
import { searchGemeenten } from '../../../src/lib/schema/search';

const ITEMS = [
	{ code: 'GM0518', name: "'s-Gravenhage", forms: ['Den Haag'] },
	{ code: 'GM0796', name: "'s-Hertogenbosch", forms: ['Den Bosch'] },
	{ code: 'GM1900', name: 'Súdwest-Fryslân', forms: ['Zuidwest-Friesland'] },
	{ code: 'GM0308', name: 'Baarn' },
	{ code: 'GM0335', name: 'Montfoort' },
	{ code: 'GM0307', name: 'Amersfoort' }
];
const codes = (q: string) => searchGemeenten(q, ITEMS).map((i) => i.code);

describe('searchGemeenten', () => {
	it('finds common names and apostrophe forms', () => {
		expect(codes('Den Haag')).toEqual(['GM0518']);
		expect(codes('s-grav')).toEqual(['GM0518']);
		expect(codes('sgravenhage')).toEqual(['GM0518']);
		expect(codes('den bosch')).toEqual(['GM0796']);
	});
	it('ignores diacritics and finds Frisian names by either form', () => {
		expect(codes('sudwest')).toEqual(['GM1900']);
		expect(codes('zuidwest')).toEqual(['GM1900']);
	});
	it('ranks a prefix before a substring and matches a code', () => {
		expect(codes('foort')).toEqual(['GM0307', 'GM0335']);
		expect(codes('mont')).toEqual(['GM0335']);
		expect(codes('gm0308')).toEqual(['GM0308']);
		expect(codes('   ')).toEqual([]);
	});
});
