import { describe, expect, it } from 'vitest';
import { consoleStatement, isReadOnlySql } from '../../../src/lib/db/readOnly';

describe('the SQL console lets only reading through', () => {
	it('accepts one reading statement, whatever the case, comments or a trailing semicolon', () => {
		for (const sql of ['SELECT * FROM gemeenten', 'select 1;', 'WITH x AS (SELECT 1) SELECT * FROM x', 'FROM findings LIMIT 3', 'DESCRIBE indicators', 'SUMMARIZE indicator_values', '-- uitleg\nSELECT 1', "SELECT 'a;b' AS t", 'show tables', 'pragma table_info(\'gemeenten\')'])
			expect(isReadOnlySql(sql), sql).toBe(true);
	});
	it('refuses writing, a second statement, and anything else', () => {
		for (const sql of ['DELETE FROM findings', 'DROP TABLE gemeenten', 'INSERT INTO themes VALUES (1)', 'UPDATE x SET a = 1', 'SELECT 1; DROP TABLE gemeenten', 'CREATE TABLE t AS SELECT 1', 'ATTACH \'x.db\'', 'COPY gemeenten TO \'x.csv\'', 'INSTALL httpfs', 'SET threads = 1', '', '   ;', 'PRAGMA enable_profiling', 'CALL dbgen(sf = 1)', '/* SELECT */ DELETE FROM findings'])
			expect(isReadOnlySql(sql), sql).toBe(false);
		expect(consoleStatement(' SELECT 1 ;  ')).toBe('SELECT 1');
	});
});
