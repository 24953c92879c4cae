/**
 * What an import tells its user when it refuses a file: what (a code with its parameters), where (row, column) and
 * what to do. The worker never words it: it knows no locale. The page translates at the edge
 * (src/lib/views/problems.ts, messages in src/lib/i18n/importProblems.messages.ts). `row` is the spreadsheet row
 * (the first line of the file is row 1).
 */
import type { nl } from '$lib/i18n/importProblems.messages';

type Key = keyof typeof nl;
/** The keys under a prefix, without it (distributes over the union of keys). */
type Under<P extends string, K = Key> = K extends `${P}${infer Rest}` ? Rest : never;
export type ProblemCode = Under<'import.problem.'>;
export type FormField = Under<'import.field.'>;

/**
 * A part of a message, translated when it is shown: the file's own text or a row as it is, a count written the
 * reader's way (100.001 or 100,001), another message, or a list of parts.
 */
export type Phrase =
	| string
	| number
	| { readonly count: number }
	| { readonly key: Key; readonly params?: Readonly<Record<string, Phrase>> }
	| { readonly list: readonly Phrase[]; readonly separator: string };

/**
 * A column of the file by its header; a column by its place (1 = first), where the header itself is what is
 * refused; or a field of the import form.
 */
export type ProblemColumn = string | { readonly position: number } | { readonly field: FormField; readonly code?: string };

export interface ImportProblem {
	readonly code: ProblemCode;
	readonly params: Readonly<Record<string, Phrase>>;
	readonly row: number | null;
	readonly column: ProblemColumn | null;
}

export function problem(code: ProblemCode, params: Readonly<Record<string, Phrase>> = {}, row: number | null = null, column: ProblemColumn | null = null): ImportProblem {
	return { code, params, row, column };
}

/** What a thrown error says, for the `message` of a problem that reports it. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Another message as a part of this one. */
export const phrase = (key: Key, params?: Readonly<Record<string, Phrase>>): Phrase => (params ? { key, params } : { key });

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly ImportProblem[] };

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const fail = <T = never>(...problems: ImportProblem[]): Outcome<T> => ({ ok: false, problems });
