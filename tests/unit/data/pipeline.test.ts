import { describe, expect, it } from 'vitest';
import { tableFromIPC } from '@uwdata/flechette';
import { parseDelimited, toArrowIpc, typeRecords, type ColumnSpec } from '../../../src/lib/schema/pipeline';

const SPECS: ColumnSpec[] = [
	{ name: 'code', type: 'code', required: true },
	{ name: 'naam', type: 'string', required: true },
	{ name: 'waarde', type: 'number' }
];

describe('parseDelimited', () => {
	it('detects ";" and strips a BOM from the first header', () => {
		const p = parseDelimited('\ufeffcode;naam;waarde\nGM0308;Baarn;12,5\n');
		expect(p.delimiter).toBe(';');
		expect(p.fields).toEqual(['code', 'naam', 'waarde']);
		expect(p.records).toEqual([['GM0308', 'Baarn', '12,5']]);
	});
	it('detects tabs and keeps quoted delimiters inside a field', () => {
		const p = parseDelimited('code\tnaam\twaarde\nGM0363\t"Amsterdam\tcentrum"\t1\n');
		expect(p.delimiter).toBe('\t');
		expect(p.records[0]).toEqual(['GM0363', 'Amsterdam\tcentrum', '1']);
	});
	it('reports a row with too many fields by its spreadsheet row number', () => {
		const p = parseDelimited('a,b\n1,2\n\n3,4,5\n');
		expect(p.errors).toEqual([expect.objectContaining({ row: 4, column: null })]);
		expect(p.errors[0]!.message).toMatch(/meer kolommen/);
	});
});

describe('typeRecords', () => {
	it('reads decimal commas, thousands dots and CBS markers', () => {
		const p = parseDelimited('code;naam;waarde\nGM0308;Baarn;1.234,5\nGM0335;Montfoort;.\nGM1621;Lansingerland;x\n');
		const t = typeRecords(p, SPECS);
		expect(t.decimal).toBe(',');
		expect(t.errors).toEqual([]);
		expect(t.table.array('waarde')).toEqual([1234.5, null, null]);
		expect(t.markers).toEqual({ waarde: { '.': 1, x: 1 } });
	});
	it('names row and column of text in a number column and keeps the good rows', () => {
		const p = parseDelimited('code,naam,waarde\nGM0308,Baarn,12.5\n\nGM0335,Montfoort,veel\n');
		const t = typeRecords(p, SPECS);
		expect(t.errors).toEqual([{ row: 4, column: 'waarde', message: expect.stringMatching(/"veel" is geen getal/) }]);
		expect(t.table.numRows()).toBe(1);
		expect(t.table.get('naam', 0)).toBe('Baarn');
	});
	it('refuses a missing column and a malformed code', () => {
		expect(typeRecords(parseDelimited('code,naam\nGM0308,Baarn\n'), SPECS).errors[0]).toMatchObject({
			row: 1,
			column: 'waarde'
		});
		const t = typeRecords(parseDelimited('code,naam,waarde\nGM308,Baarn,1\n'), SPECS);
		expect(t.errors[0]).toMatchObject({ row: 2, column: 'code' });
	});
	it('checks integers and required cells', () => {
		const specs: ColumnSpec[] = [{ name: 'n', type: 'integer', required: true }];
		const t = typeRecords(parseDelimited('n\n3\n2.5\n\n-\n'), specs, { decimal: '.' });
		expect(t.errors.map((e) => e.row)).toEqual([3, 5]);
		expect(t.table.array('n')).toEqual([3]);
	});
	// RowOf (schema/tables.ts) promises these of every shipped row: a number or a string by type, null only where the
	// column is not required.
	it.each([
		['string', 'tekst', 'string'],
		['code', 'gm0308', 'string'],
		['number', '1.5', 'number'],
		['integer', '3', 'number']
	] as const)('a %s cell ("%s") reads as a %s, null only where the column is not required', (type, filled, typeOf) => {
		const read = (required: boolean, cell: string) => typeRecords(parseDelimited(`x,id\n${cell},1\n`), [{ name: 'x', type, required }], { decimal: '.' });
		expect(typeof read(true, filled).table.get('x', 0)).toBe(typeOf);
		expect(read(false, '').table.get('x', 0)).toBeNull();
		const refused = read(true, '');
		expect(refused.errors).toEqual([expect.objectContaining({ row: 2, column: 'x' })]);
		expect(refused.table.numRows()).toBe(0);
	});
});

describe('toArrowIpc', () => {
	it('writes Arrow with plain utf8 and float64 columns, nulls kept', () => {
		const t = typeRecords(parseDelimited('code;naam;waarde\nGM0308;Baarn;.\n'), SPECS).table;
		const arrow = tableFromIPC(toArrowIpc(t, SPECS));
		expect(arrow.schema.fields.map((f) => [f.name, f.type.typeId])).toEqual([
			['code', 5],
			['naam', 5],
			['waarde', 3]
		]);
		expect(arrow.toArray()).toEqual([{ code: 'GM0308', naam: 'Baarn', waarde: null }]);
	});
});
