import { describe, expect, it } from 'vitest';
import { elfProef, ibanValid, looksLikePersonName, scanText } from '../../../src/lib/import/pii';

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

// Issue #19: every format that got in, and its kin. Each row: the text, the kind it must be found as.
describe.each<[string, string]>([
	// BSN 111222333 passes the 11-proef; every way of writing it.
	['bsn 111.222.333', 'bsn'],
	['bsn 1112.22.333', 'bsn'],
	['bsn 111 222 333', 'bsn'],
	['bsn 111-222-333', 'bsn'],
	['bsn 111\u00a0222\u00a0333', 'bsn'],
	['Haar nummer is 111222333.', 'bsn'],
	['Haar nummer is 111222333, zei ze', 'bsn'],
	['(111222333)', 'bsn'],
	['nummer 111222333 2021', 'bsn'],
	['wijk 3 111222333', 'bsn'],
	// Phone numbers.
	['bel (030) 123 45 67', 'phone'],
	['bel 06 - 1234 5678', 'phone'],
	['bel 06-12345678.', 'phone'],
	['bel 0612345678', 'phone'],
	['bel 06.12.34.56.78', 'phone'],
	['bel 030 - 123 45 67', 'phone'],
	['bel +31 6 1234 5678', 'phone'],
	['bel +31 (0)6 1234 5678', 'phone'],
	['bel 0031 6 12345678', 'phone'],
	['bel (+31) 30 123 45 67', 'phone'],
	['bel 020-1234567 of niet', 'phone'],
	// Postcode with house number, any case, either way round.
	['woont op 3511ab 12', 'address'],
	['woont op 3511AB 12', 'address'],
	['woont op 3511 Ab 12', 'address'],
	['dorpsstraat 12, 3511 ab', 'address'],
	['Dorpsstraat 12, 3511 AB', 'address'],
	['kerkweg 4a 3511 xy utrecht', 'address'],
	// E-mail and IBAN in lower case.
	['jan.jansen@EXAMPLE.nl', 'email'],
	['rekening nl91abna0417164300', 'iban']
])('finds %j', (text, kind) => {
	it(`as ${kind}, masked`, () => {
		const hits = scanText(text);
		expect(hits.map((h) => h.kind)).toContain(kind);
		for (const h of hits) expect(h.masked).toContain('•');
	});
});

describe.each<string>([
	'in 2021 en 12 gesprekken',
	'op 12 mei 2021 om 14.30 uur',
	'2024 op 3 locaties',
	'GM0335 en GM0308',
	'bedrag 1.234.567',
	'nummer 123 456 789',
	'tussen 1990 en 2020 zijn 345 woningen gebouwd',
	'versie 5.2.2',
	'2020JJ00',
	'tel. 112',
	'0800-1234',
	'12,5 procent van 3.500 inwoners'
])('does not flag %j', (text) => {
	it('as anything', () => expect(scanText(text)).toEqual([]));
});

describe('a code label that reads as a person’s name', () => {
	it.each(['Jan Jansen', 'Anna de Vries', 'Mohamed El Amrani', 'Petra', 'Mevr. Bakker', 'dhr. Jansen', 'J.P. de Vries', 'Kees van der Berg', 'Fatima'])('%s is a name', (label) => expect(looksLikePersonName(label)).toBe(true));
	it.each(['Jeugdoverlast', 'Sociale Cohesie', 'Openbare Ruimte', 'Eenzaamheid ouderen', 'Jan Modaal-woningen en huur', 'Veiligheid', 'Zorg en Welzijn', 'jan jansen'])('%s is not', (label) => expect(looksLikePersonName(label)).toBe(false));
});
