import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatNumber, formatPercent, formatShare, formatValue } from '../../src/lib/format';

describe('format (nl-NL first)', () => {
	it('uses a decimal comma and a thousands dot', () => {
		expect(formatNumber(1234.5)).toBe('1.234,5');
		expect(formatNumber(1234567)).toBe('1.234.567');
		expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
	});
	it('formats shares and percentages', () => {
		expect(formatShare(0.125, 'nl', 1)).toBe('12,5%');
		expect(formatPercent(12.5)).toBe('12,5%');
		expect(formatShare(0.5, 'en')).toBe('50%');
	});
	it('says so when a value is missing instead of printing 0 or NaN', () => {
		expect(formatNumber(null)).toBe('geen gegevens');
		expect(formatShare(Number.NaN, 'en')).toBe('no data');
	});
	it('writes dates in words', () => {
		expect(formatDate('2026-11-22T12:00:00Z')).toBe('22 november 2026');
		expect(formatDate('2026-11-22T12:00:00Z', 'en')).toBe('22 November 2026');
	});
	it('sizes bytes', () => {
		expect(formatBytes(35_000_000)).toBe('33,4 MB');
	});
	it('formats a value by its catalogue unit', () => {
		expect(formatValue(26.9, 'per_1000')).toBe('26,9');
		expect(formatValue(-0.010978, 'score')).toBe('-0,011');
		expect(formatValue(0.049, 'score')).toBe('+0,049');
		expect(formatValue(13.04, 'percent')).toBe('13%');
		expect(formatValue(338, 'euro_1000')).toBe('€ 338 dzd.');
		expect(formatValue(2.4, 'persons')).toBe('2,4');
		expect(formatValue(null, 'count', 'en')).toBe('no data');
	});
});
