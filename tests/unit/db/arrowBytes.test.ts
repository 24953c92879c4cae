/**
 * Arrow bytes between the page and the engine. The engine’s answer handed on as bytes (import/engine.ts keeps an import's values as DuckDB wrote them): the file
 * frame taken off gives a stream that reads, and loads into the engine, as the same rows.
 */
import { Table, tableFromArrays, tableFromIPC, tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { streamOfFile, streamPieces, utf8Vector } from '../../../src/lib/db/arrowBytes';
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

describe('streamPieces', () => {
	const splitStream = (stream: Uint8Array, maxBytes: number) => streamPieces(stream, maxBytes).map((piece) => piece());
	it("cuts duckdb-wasm's answer into streams of at most the size asked, each of which loads, together the same rows in order", async () => {
		const conn = await wasmConnection();
		const text = `SELECT 'eigen_x' AS indicator_id, 'BU' || lpad(i::VARCHAR, 8, '0') AS area_code, (2000 + i % 25)::DOUBLE AS period,
			CASE WHEN i % 7 = 0 THEN NULL ELSE i / 3 END::DOUBLE AS value, NULL::VARCHAR AS status FROM range(50000) t(i)`;
		const stream = streamOfFile(conn.useUnsafe((bindings, id) => bindings.runQuery(id, text)));
		const pieces = splitStream(stream, stream.length / 4);
		expect(pieces.length).toBeGreaterThanOrEqual(4);
		for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(stream.length / 4);
		conn.query('CREATE TABLE kept (indicator_id VARCHAR, area_code VARCHAR, period DOUBLE, value DOUBLE, status VARCHAR)');
		for (const piece of pieces) conn.insertArrowFromIPCStream(piece, { name: 'kept', create: false });
		expect(pieces.flatMap((p) => rowsOf(p))).toEqual(rowsOf(stream));
		const count = (sql: string) => Number((conn.query(sql).toArray()[0]!.toJSON() as { n: number | bigint }).n);
		expect(count('SELECT count(*) AS n FROM kept')).toBe(50000);
		expect(count(`SELECT count(*) AS n FROM (${text} EXCEPT ALL SELECT * FROM kept)`)).toBe(0);
		conn.close();
	});

	it('keeps a stream whole that is small enough, or that it cannot read through', () => {
		const stream = tableToIPC(tableFromArrays({ a: Float64Array.from([1, 2, 3]) }), 'stream');
		expect(splitStream(stream, stream.length)).toEqual([stream]);
		const odd = new Uint8Array(1000).fill(7);
		expect(splitStream(odd, 100)).toEqual([odd]);
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
