/**
 * readShippedTable hands out its rows as RowOf<name>, read off the table specs: every shipped row must be what that
 * type says, column for column, or the build-time pages read a null or a string where their types promise otherwise.
 */
import { describe, expect, it } from 'vitest';
import { readShippedTable } from '../../../src/lib/server/static';
import { TABLE_NAMES, TABLE_SPECS } from '../../../src/lib/schema/tables';

describe('the shipped rows', () => {
	it.each(TABLE_NAMES)('of %s have the spec’s columns, typed as RowOf says', (name) => {
		const specs = TABLE_SPECS[name];
		const wrong: string[] = [];
		readShippedTable(name).forEach((row, i) => {
			const cells = row as Readonly<Record<string, unknown>>;
			if (Object.keys(cells).join() !== specs.map((s) => s.name).join()) wrong.push(`row ${i}: columns ${Object.keys(cells).join()}`);
			for (const { name: column, type, required } of specs) {
				const v = cells[column];
				const ok = v === null ? !required : typeof v === (type === 'number' || type === 'integer' ? 'number' : 'string');
				if (!ok) wrong.push(`row ${i} ${column}: ${JSON.stringify(v)}`);
			}
		});
		expect(wrong.slice(0, 5)).toEqual([]);
	});
});
