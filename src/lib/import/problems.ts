/**
 * What an import tells its user when it refuses a file or sets rows aside: what, where (row, column) and what to
 * do, in plain Dutch. `row` is the spreadsheet row (the first line of the file is row 1).
 */
export interface ImportProblem {
	readonly row: number | null;
	readonly column: string | null;
	readonly message: string;
}

export function problem(message: string, row: number | null = null, column: string | null = null): ImportProblem {
	return { row, column, message };
}

/** "Rij 12, kolom Waarde: …", the way every message reads on screen. */
export function describeProblem(p: ImportProblem): string {
	const where = [p.row !== null ? `rij ${p.row}` : null, p.column ? `kolom "${p.column}"` : null].filter(Boolean).join(', ');
	return where ? `${where[0]!.toUpperCase()}${where.slice(1)}: ${p.message}` : p.message;
}

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly ImportProblem[] };

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const fail = <T = never>(...problems: ImportProblem[]): Outcome<T> => ({ ok: false, problems });
