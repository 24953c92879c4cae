/** What the page needs of an analysed figures file: everything but the cells, and a few cells per column to preview. */
import type { Cell, TableAnalysis } from './statline';

export interface IndicatorSummary extends Omit<TableAnalysis, 'cells'> {
	readonly preview: Readonly<Record<string, readonly Cell[]>>;
	readonly cellCount: number;
	/** True when some cells name no period: the form then asks for a year. */
	readonly needsPeriod: boolean;
	/** The periods the cells name, ascending (for the proposed name and the per-1.000 preview). */
	readonly periods: readonly number[];
	/** A large file analysed on its first bytes only (the engine reads the rest when it imports): how many of how many. */
	readonly head?: { readonly bytes: number; readonly fileBytes: number };
}

export function summarise(a: TableAnalysis, perMeasure = 8): IndicatorSummary {
	const { cells, ...rest } = a;
	const preview: Record<string, Cell[]> = {};
	let needsPeriod = false;
	const periods = new Set<number>();
	for (const c of cells) {
		if (c.period !== null) periods.add(c.period);
		const list = (preview[c.measure] ??= []);
		// The preview shows the values; a survey's bounds stand beside them in the file, one row each.
		if (list.length < perMeasure && (c.margin === null || c.margin === 'value')) list.push(c);
		if (c.period === null) needsPeriod = true;
	}
	return { ...rest, preview, cellCount: cells.length, needsPeriod, periods: [...periods].sort((a, b) => a - b) };
}
