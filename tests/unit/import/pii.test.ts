import { describe, expect, it } from 'vitest';
import { elfProef, ibanValid, scanText } from '../../../src/lib/import/pii';

const kinds = (text: string) => scanText(text).map((h) => h.kind);

describe('personal data scan', () => {
	it('finds e-mail addresses and masks them', () => {
		const hits = scanText('Mail mij op jan.jansen@example.nl graag');
		expect(hits).toHaveLength(1);
		expect(hits[0]!.kind).toBe('email');
		expect(hits[0]!.masked).not.toContain('jansen');
	});
	it('finds Dutch phone numbers in their usual forms, not other numbers', () => {
		for (const n of ['06-12345678', '06 1234 5678', '+31 6 12345678', '0031612345678', '030-2345678', '010 234 5678', '+31 (0)30 234 5678']) expect(kinds(`bel ${n} aub`), n).toContain('phone');
		for (const n of ['in 2021 waren er 27 gesprekken', 'jaar 2020JJ00', 'bedrag 1234567', 'code GM0335']) expect(kinds(n), n).not.toContain('phone');
	});
	it('finds a BSN only when it passes the 11-proef', () => {
		expect(elfProef('111222333')).toBe(true);
		expect(elfProef('123456789')).toBe(false);
		expect(kinds('bsn 111222333')).toContain('bsn');
		expect(kinds('bsn 1112.22.333')).toContain('bsn');
		expect(kinds('nummer 123456789')).not.toContain('bsn');
	});
	it('finds an IBAN only when it passes mod-97', () => {
		expect(ibanValid('NL91ABNA0417164300')).toBe(true);
		expect(ibanValid('NL91ABNA0417164301')).toBe(false);
		expect(kinds('rekening NL91 ABNA 0417 1643 00')).toContain('iban');
		expect(kinds('rekening NL91ABNA0417164301')).not.toContain('iban');
	});
	it('finds a postcode with a house number, either way round, but not a postcode alone', () => {
		expect(kinds('woont op 3417 AB 12')).toContain('address');
		expect(kinds('Dorpsstraat 12, 3417 AB Montfoort')).toContain('address');
		expect(kinds('in postcodegebied 3417 AB')).not.toContain('address');
		expect(kinds('Keizerrijk en de Heeswijkschool')).toEqual([]);
	});
});
