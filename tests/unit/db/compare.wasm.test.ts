/**
 * The comparison's statements in the browser engine itself (duckdb-wasm's node build, opened as the page opens it),
 * against @duckdb/node-api on the same shipped tables: the two engines bind parameters differently (the page's
 * numbers arrive as DOUBLE), so a statement that answers in Node may not bind in the page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPARE_TABLES, readCompareBase, readCompareSelection } from '../../../src/lib/data/compare';
import { arrowToRows } from '../../../src/lib/db/rows';
import type { QueryRunner } from '../../../src/lib/db/sql';
import { NO_FILTERS, type FindingFilters } from '../../../src/lib/schema/filters';
import { runnerOf, shippedConnection } from '../support/duckdbNode';
import { wasmConnection, type WasmConnection } from '../support/duckdbWasm';

const ARROW = resolve(import.meta.dirname, '../../../data/arrow');
const FILTERS: FindingFilters[] = [NO_FILTERS, { ...NO_FILTERS, group: 'inwoner' }, { ...NO_FILTERS, stance: 'strength', sourceType: 'interview' }, { ...NO_FILTERS, group: 'professional', sourceType: 'interview', year: 2022 }];

/** The shipped tables as the page loads them: Arrow bytes (indicator values in one file per level). */
function loadShipped(conn: WasmConnection): void {
	for (const table of COMPARE_TABLES) {
		const files = table === 'indicator_values' ? ['indicator_values.gemeente', 'indicator_values.wijk'] : [table];
		files.forEach((file, i) => conn.insertArrowFromIPCStream(readFileSync(`${ARROW}/${file}.arrow`), { name: table, create: i === 0 }));
	}
}

/** The page's runner over the blocking connection: prepared with parameters, rows read as db/rows.ts reads them. */
function wasmRunner(conn: WasmConnection): QueryRunner {
	return async <T extends Record<string, unknown>>(stmt: { text: string; params: readonly unknown[] }) => {
		if (stmt.params.length === 0) return arrowToRows(conn.query(stmt.text) as never) as T[];
		const prepared = conn.prepare(stmt.text);
		try {
			return arrowToRows(prepared.query(...stmt.params) as never) as T[];
		} finally {
			prepared.close();
		}
	};
}

describe('the comparison in the browser engine', () => {
	it('binds and answers every statement of a selection as the node engine does', async () => {
		const wasm = await wasmConnection({ page: true });
		const node = await shippedConnection(COMPARE_TABLES);
		try {
			loadShipped(wasm);
			const inPage = wasmRunner(wasm);
			const inNode = runnerOf(node);
			const [pageBase, nodeBase] = [await readCompareBase(inPage), await readCompareBase(inNode)];
			expect(pageBase.keys).toEqual(nodeBase.keys);
			for (const f of FILTERS) {
				const [a, b] = [await readCompareSelection(inPage, f, pageBase), await readCompareSelection(inNode, f, nodeBase)];
				expect(a.counts, JSON.stringify(f)).toEqual(b.counts);
				expect(a.pairsWithin, JSON.stringify(f)).toEqual(b.pairsWithin);
			}
			const all = await readCompareSelection(inPage, NO_FILTERS, pageBase);
			expect(all.counts.length).toBeGreaterThan(20);
			expect(all.pairsWithin.length).toBeGreaterThan(0);
		} finally {
			wasm.close();
			node.closeSync();
		}
	});
});
