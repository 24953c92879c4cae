/**
 * The Arrow files the shipped tables become (data/arrow/<file>.arrow, scripts/build-arrow.ts), read by the browser's
 * loader (data/shipped.svelte.ts): the values one file per level, so gemeente views load the gemeente rows alone.
 */
import * as aq from 'arquero';
import { VALUE_LEVELS, valueLevelOf, type TableName, type ValueLevel } from './tables';

/** The file of one level of the values. */
export const valueFile = (level: ValueLevel): string => `indicator_values.${level}`;

/** The files a table is made of, in load order. */
export function shippedFiles(name: TableName): readonly string[] {
	return name === 'indicator_values' ? VALUE_LEVELS.map(valueFile) : [name];
}

/** A typed table cut into its files (shippedFiles' order), each keeping the rows' order. */
export function shippedParts(name: TableName, table: aq.ColumnTable): { file: string; table: aq.ColumnTable }[] {
	if (name !== 'indicator_values') return [{ file: name, table }];
	const codes = table.array('area_code') as ArrayLike<string>;
	return VALUE_LEVELS.map((level) => {
		const rows: number[] = [];
		for (let i = 0; i < codes.length; i++) if (valueLevelOf(codes[i]!) === level) rows.push(i);
		return { file: valueFile(level), table: table.reify(rows) };
	});
}
