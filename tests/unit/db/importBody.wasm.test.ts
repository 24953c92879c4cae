/**
 * The engine import's scans on the page's own engine (duckdb-wasm with the page's settings), read as the page reads
 * them: record numbers in lists come out as the numbers they are. With BIGINT handed out as doubles, a BIGINT list
 * arrived typed Float64 with its int64 bits as they were, so the footer went uncounted and a mixed line named no
 * delimiter, in the browser only (@duckdb/node-api, which the parity test uses, has no such setting).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyKeys, bodyLines } from '../../../src/lib/db/queries/importBody';
import { arrowToRows } from '../../../src/lib/db/rows';
import { wasmConnection } from '../support/duckdbWasm';

const rows = Array.from({ length: 3000 }, (_, i) => (i === 2500 ? 'Utrecht,2500,5' : `"Utrecht";"${i}";"5"`));
const path = join(mkdtempSync(join(tmpdir(), 'body-')), 'body.csv');
writeFileSync(path, `${rows.join('\n')}\n"Bron: CBS"\n"Datum: 2026"\n`);
const src = { file: path, width: 3, skip: 0, delimiter: ';' };

describe('the engine import on the page’s engine', () => {
	it('hands over record numbers in lists as numbers: the mixed line and the footer rows', async () => {
		const conn = await wasmConnection({ page: true });
		const [lines] = arrowToRows<{ mixed: number[]; quote: number | null }>(conn.query(bodyLines(src, [';', ',', '\t', '|']).text) as never);
		expect(lines).toEqual({ mixed: [2500 * 4 + 1], quote: null });
		const keys = arrowToRows<{ g: number; ones: number[] | null; last: number | null }>(conn.query(bodyKeys(src, { width: 3, regionCol: 0, periodCol: 1, valueCols: [{ c: 2, period: null }] }).text) as never);
		const whole = keys.find((k) => k.g === 3)!;
		expect(whole.last).toBe(2999);
		expect([...whole.ones!].sort((a, b) => a - b)).toEqual([2500, 3000, 3001]);
		conn.close();
	});
});
