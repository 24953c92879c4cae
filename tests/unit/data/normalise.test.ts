import { describe, expect, it } from 'vitest';
import {
	detectDecimalSeparator,
	normaliseAreaCode,
	normaliseAreaName,
	parseCbsPeriod,
	parseNumberCell,
	stripBom
} from '../../../src/lib/schema/normalise';

describe('parseNumberCell', () => {
	it('reads Dutch decimal commas and thousands dots', () => {
		expect(parseNumberCell('12,5', ',')).toEqual({ kind: 'number', value: 12.5 });
		expect(parseNumberCell('1.234,5', ',')).toEqual({ kind: 'number', value: 1234.5 });
		expect(parseNumberCell('1.234.567', ',')).toEqual({ kind: 'number', value: 1234567 });
		expect(parseNumberCell('-0,25', ',')).toEqual({ kind: 'number', value: -0.25 });
	});
	it('reads point decimals and scientific notation', () => {
		expect(parseNumberCell('-6.2716917700698496E-2', '.')).toEqual({
			kind: 'number',
			value: -0.062716917700698496
		});
		expect(parseNumberCell('1,234.5', '.')).toEqual({ kind: 'number', value: 1234.5 });
	});
	it('keeps CBS markers apart from numbers and from missing cells', () => {
		expect(parseNumberCell('.', ',')).toEqual({ kind: 'marker', marker: '.' });
		expect(parseNumberCell(' x ', ',')).toEqual({ kind: 'marker', marker: 'x' });
		expect(parseNumberCell('-', ',')).toEqual({ kind: 'marker', marker: '-' });
		expect(parseNumberCell('?', ',')).toEqual({ kind: 'marker', marker: '?' });
		expect(parseNumberCell('', ',')).toEqual({ kind: 'missing' });
		expect(parseNumberCell(undefined, ',')).toEqual({ kind: 'missing' });
	});
	it('rejects text and misplaced separators instead of guessing', () => {
		expect(parseNumberCell('twaalf', ',')).toEqual({ kind: 'invalid', raw: 'twaalf' });
		expect(parseNumberCell('12.5', ',')).toEqual({ kind: 'invalid', raw: '12.5' });
		expect(parseNumberCell('1.23,4', ',').kind).toBe('invalid');
		expect(parseNumberCell('=1+1', '.').kind).toBe('invalid');
	});
});

describe('detectDecimalSeparator', () => {
	it('votes by unambiguous cells', () => {
		expect(detectDecimalSeparator(['12,5', '3', '1.234,0'])).toBe(',');
		expect(detectDecimalSeparator(['12.5', '3', '1,234.0'])).toBe('.');
		expect(detectDecimalSeparator(['-6.27E-2'])).toBe('.');
	});
	it('does not let a lone thousands group decide', () => {
		expect(detectDecimalSeparator(['1.234', '12,75'])).toBe(',');
		expect(detectDecimalSeparator(['1,234', '12.75'])).toBe('.');
	});
	it('falls back when only ambiguous cells are seen', () => {
		expect(detectDecimalSeparator(['25.000', '14.000'])).toBe('.');
		expect(detectDecimalSeparator(['25.000', '14.000'], ',')).toBe(',');
		expect(detectDecimalSeparator(['12,5', '1.000'], '.')).toBe(',');
	});
});

describe('area codes and names', () => {
	it('canonicalises codes and refuses non-codes', () => {
		expect(normaliseAreaCode(' gm0308 ')).toBe('GM0308');
		expect(normaliseAreaCode('WK033500')).toBe('WK033500');
		expect(normaliseAreaCode('GM308')).toBeNull();
		expect(normaliseAreaCode('Baarn')).toBeNull();
	});
	it('reduces name forms to one key', () => {
		expect(normaliseAreaName("'s-Gravenhage (gemeente)")).toBe("'s-gravenhage");
		expect(normaliseAreaName('’s-Hertogenbosch')).toBe("'s-hertogenbosch");
		expect(normaliseAreaName('Súdwest-Fryslân')).toBe('sudwest-fryslan');
		expect(normaliseAreaName('  Bergen  (NH.) ')).toBe('bergen (nh.)');
	});
	it('strips a byte order mark', () => {
		expect(stripBom('\ufeffRegioS')).toBe('RegioS');
		expect(stripBom('RegioS')).toBe('RegioS');
	});
	it('reads CBS period codes', () => {
		expect(parseCbsPeriod('2020JJ00')).toEqual({ year: 2020, code: '2020JJ00' });
		expect(parseCbsPeriod('2023*')).toEqual({ year: 2023, code: '2023' });
		expect(parseCbsPeriod('2021KW02')).toEqual({ year: 2021, code: '2021KW02' });
		expect(parseCbsPeriod('vorig jaar')).toBeNull();
	});
});
