import { describe, expect, it } from 'vitest';
import { placeholders, quoteIdent, statement } from '../../../src/lib/db/sql';

describe('quoteIdent', () => {
	it('quotes and escapes embedded quotes', () => {
		expect(quoteIdent('RegioS')).toBe('"RegioS"');
		expect(quoteIdent('a"b')).toBe('"a""b"');
		expect(quoteIdent('x"; DROP TABLE t; --')).toBe('"x""; DROP TABLE t; --"');
	});
	it('refuses empty names and NUL', () => {
		expect(() => quoteIdent('')).toThrow();
		expect(() => quoteIdent('a\u0000b')).toThrow();
	});
});

describe('statement', () => {
	it('counts placeholders outside quoted text', () => {
		expect(statement("SELECT * FROM t WHERE m = '?' AND v = ?", [1]).params).toEqual([1]);
		expect(() => statement('SELECT ?, ?', [1])).toThrow(/2 parameters/);
	});
	it('builds IN lists', () => {
		expect(placeholders(3)).toBe('?, ?, ?');
		expect(placeholders(0)).toBe('NULL');
	});
});
