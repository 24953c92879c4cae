/**
 * The values ship as one Arrow file per area level (schema/shippedFiles.ts, written by scripts/build-arrow.ts). Read
 * back from their Arrow bytes, the files together must be the values table row for row: each row in its level's
 * file, in the table's order, none lost or doubled.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { parseDelimited, toArrowIpc, typeRecords } from '../../../src/lib/schema/pipeline';
import { shippedFiles, shippedParts } from '../../../src/lib/schema/shippedFiles';
import { TABLE_NAMES, TABLE_SPECS, valueLevelOf, type TableName } from '../../../src/lib/schema/tables';

function typed(name: TableName) {
	const text = readFileSync(resolve(__dirname, `../../../data/out/${name}.csv`), 'utf8');
	return typeRecords(parseDelimited(text, { delimiter: ',' }), TABLE_SPECS[name], { decimal: '.' }).table;
}

describe('the shipped files', () => {
	it('of the values are one per level, and together the table row for row', () => {
		const table = typed('indicator_values');
		const parts = shippedParts('indicator_values', table);
		expect(parts.map((p) => p.file)).toStrictEqual(shippedFiles('indicator_values'));
		expect(parts.map((p) => p.file)).toStrictEqual(['indicator_values.gemeente', 'indicator_values.wijk']);
		const read = parts.map((p) => aq.fromArrow(toArrowIpc(p.table, TABLE_SPECS.indicator_values)).objects() as { area_code: string }[]);
		const rows = table.objects() as { area_code: string }[];
		expect(read[0]!.length).toBeGreaterThan(20_000);
		expect(read[1]!.length).toBeGreaterThan(50_000);
		expect(read[0]).toStrictEqual(rows.filter((r) => valueLevelOf(r.area_code) === 'gemeente'));
		expect(read[1]).toStrictEqual(rows.filter((r) => valueLevelOf(r.area_code) === 'wijk'));
		expect(read[0]!.length + read[1]!.length).toBe(rows.length);
	});

	it('of every other table are the table itself', () => {
		for (const name of TABLE_NAMES.filter((n) => n !== 'indicator_values')) {
			const table = typed(name);
			const parts = shippedParts(name, table);
			expect(parts.map((p) => p.file)).toStrictEqual([name]);
			expect(shippedFiles(name)).toStrictEqual([name]);
			expect(parts[0]!.table).toBe(table);
		}
	});
});

describe('valueLevelOf', () => {
	it('calls GM codes gemeenten and wijk and buurt codes wijken', () => {
		expect(['GM0014', 'GM9999', 'WK001400', 'BU00140000'].map(valueLevelOf)).toStrictEqual(['gemeente', 'gemeente', 'wijk', 'wijk']);
	});
});
