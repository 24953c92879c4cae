/**
 * Arrow bytes between the page and the engine. The engine’s answer handed on as bytes (import/engine.ts keeps an import's values as DuckDB wrote them): the file
 * frame taken off gives a stream that reads, and loads into the engine, as the same rows.
 */
import { Table, tableFromArrays, tableFromIPC, tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { streamOfFile, utf8Vector } from '../../../src/lib/db/arrowBytes';
import { wasmConnection } from '../support/duckdbWasm';

const rowsOf = (bytes: Uint8Array) => tableFromIPC(bytes).toArray().map((r) => r.toJSON());

describe('streamOfFile', () => {
	it("refuses a file whose stream part does not open with its schema (Arrow JS keeps it in the footer only), rather than misread it", () => {
		const file = tableToIPC(tableFromArrays({ code: ['GM0308', 'GM0335'], value: Float64Array.from([1.5, -2]) }), 'file');
		expect(rowsOf(file)).toHaveLength(2);
		expect(() => streamOfFile(file)).toThrow('without a leading schema');
	});

	it('refuses bytes that are not an Arrow file', () => {
		expect(() => streamOfFile(tableToIPC(tableFromArrays({ a: [1] }), 'stream'))).toThrow('not an Arrow file');
		expect(() => streamOfFile(new Uint8Array(4))).toThrow('not an Arrow file');
	});

	it("takes duckdb-wasm's own answer of many batches, which loads back into the engine row for row", async () => {
		const conn = await wasmConnection();
		const text = `SELECT 'ind' AS indicator_id, 'GM' || lpad((i % 400)::VARCHAR, 4, '0') AS area_code, (2000 + i // 400)::DOUBLE AS period,
			CASE WHEN i % 7 = 0 THEN NULL ELSE i / 3 END::DOUBLE AS value, NULL::VARCHAR AS status FROM range(10000) t(i)`;
		const file = conn.useUnsafe((bindings, id) => bindings.runQuery(id, text));
		conn.insertArrowFromIPCStream(streamOfFile(file), { name: 'kept', create: true });
		const count = (sql: string) => Number((conn.query(sql).toArray()[0]!.toJSON() as { n: number | bigint }).n);
		expect(count('SELECT count(*) AS n FROM kept')).toBe(10000);
		expect(count(`SELECT count(*) AS n FROM (${text} EXCEPT ALL SELECT * FROM kept)`)).toBe(0);
		expect(count(`SELECT count(*) AS n FROM (SELECT * FROM kept EXCEPT ALL ${text})`)).toBe(0);
		conn.close();
	});
});

describe('utf8Vector', () => {
	it('holds the same texts as given, in ASCII alone and with other characters, empty ones too', () => {
		for (const values of [['BU03080000', '', 'GM0308', 'Baarn'], ['Súdwest-Fryslân', '', "'s-Hertogenbosch", 'Ærø 日本']]) {
			const vector = utf8Vector(values);
			expect(vector.toArray()).toEqual(values);
			expect(tableFromIPC(tableToIPC(new Table({ t: vector }), 'stream')).getChild('t')!.toArray()).toEqual(values);
		}
	});
});
