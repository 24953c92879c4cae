/**
 * An imported trajectory's page is built in the browser from DuckDB rows; a shipped one at build time from the CSV
 * files. Both go through views/gapPage.ts: read through DuckDB (the statements the browser runs), a shipped
 * trajectory must give the very page the build gives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { COUNT_OF } from '../../../src/lib/analysis/trend';
import { gapPage } from '../../../src/lib/server/gap';
import { TABLE_NAMES } from '../../../src/lib/schema/tables';
import { pageReader } from '../../../src/lib/db/queries/trajectory';
import { buildGapPage, PEER_INDICATORS, type Row } from '../../../src/lib/views/gapPage';
import { rowsOf, shippedConnection } from '../support/duckdbNode';

let conn: DuckDBConnection;
beforeAll(async () => {
	conn = await shippedConnection(TABLE_NAMES);
});
afterAll(() => conn?.closeSync());

describe('a trajectory page read through DuckDB', () => {
	it.each(['GM0335', 'GM0308'])('equals the prerendered page for %s', async (code) => {
		// One node-api connection runs one statement at a time: the reader's queries are queued.
		let queue: Promise<unknown> = Promise.resolve();
		const run = (s: Parameters<typeof rowsOf>[1]) => {
			const next = queue.then(() => rowsOf<Row>(conn, s));
			queue = next.catch(() => undefined);
			return next;
		};
		const read = await pageReader(run, code, [...PEER_INDICATORS, ...Object.values(COUNT_OF)]);
		const fromDuckDb = buildGapPage(read as never, code);
		expect(fromDuckDb).not.toBeNull();
		expect(JSON.parse(JSON.stringify(fromDuckDb))).toEqual(JSON.parse(JSON.stringify(gapPage(code))));
	});
});
