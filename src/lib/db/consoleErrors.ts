/**
 * DuckDB's errors in the console, said in a sentence the user can act on (the original stays beneath it, for those
 * who read it). Recognised from the message text DuckDB gives (the same in the wasm and Node builds of v1.4.3); an
 * error not recognised here is shown with a general sentence and the original. Pure; tested on real DuckDB errors.
 */

export type ConsoleErrorKind =
	| 'syntax'
	| 'syntaxEnd'
	| 'unterminated'
	| 'tableMissing'
	| 'columnMissing'
	| 'functionMissing'
	| 'groupBy'
	| 'ambiguous'
	| 'conversion'
	| 'typeMismatch'
	| 'limit'
	| 'memory'
	| 'interrupted'
	| 'other';

export interface ConsoleErrorText {
	readonly kind: ConsoleErrorKind;
	/** Words from the message the sentence names (a table, a column, a value, a suggestion). */
	readonly params: Readonly<Record<string, string>>;
	/** DuckDB's message without the repeated position lines. */
	readonly original: string;
}

const TYPE_WORDS: Record<string, string> = {
	INT8: 'geheel getal',
	INT16: 'geheel getal',
	INT32: 'geheel getal',
	INT64: 'geheel getal',
	INTEGER: 'geheel getal',
	BIGINT: 'geheel getal',
	HUGEINT: 'geheel getal',
	DOUBLE: 'getal',
	FLOAT: 'getal',
	DECIMAL: 'getal',
	DATE: 'datum',
	TIMESTAMP: 'tijdstip',
	BOOLEAN: 'waar/onwaar',
	VARCHAR: 'tekst'
};

type Rule = readonly [ConsoleErrorKind, RegExp, (m: RegExpExecArray) => Record<string, string>];

const RULES: readonly Rule[] = [
	['syntaxEnd', /syntax error at end of input/i, () => ({})],
	['syntax', /syntax error at or near "((?:[^"]|"")*)"/i, (m) => ({ near: m[1]! })],
	['unterminated', /unterminated quoted (identifier|string)/i, () => ({})],
	['tableMissing', /Table with name (\S+?) does not exist!(?:\s*Did you mean "([^"]+)")?/i, (m) => ({ name: m[1]!, hint: m[2] ?? '' })],
	['columnMissing', /Referenced column "([^"]+)" not found in FROM clause!(?:\s*Candidate bindings: ([^\n]+))?/i, (m) => ({ name: m[1]!, hint: (m[2] ?? '').replace(/"/g, '') })],
	['columnMissing', /Table "([^"]+)" does not have a column named "([^"]+)"/i, (m) => ({ name: `${m[1]}.${m[2]}`, hint: '' })],
	['functionMissing', /Function with name (\S+?) does not exist!(?:\s*Did you mean "([^"]+)")?/i, (m) => ({ name: m[1]!, hint: m[2] ?? '' })],
	['groupBy', /column "([^"]+)" must appear in the GROUP BY clause/i, (m) => ({ name: m[1]! })],
	['ambiguous', /Ambiguous reference to column name "([^"]+)"(?: \(use: ([^)]+)\))?/i, (m) => ({ name: m[1]!, hint: (m[2] ?? '').replace(/"/g, '') })],
	['conversion', /Could not convert string '((?:[^']|'')*)' to (\w+)/i, (m) => ({ value: m[1]!, type: TYPE_WORDS[m[2]!.toUpperCase()] ?? m[2]! })],
	[
		'typeMismatch',
		/No function matches the given name and argument types '([^']+)'|Could not choose a best candidate function for the function call "([^"]+)"|Cannot (?:compare|mix) values of type (\w+) and (?:type )?(\w+)/i,
		(m) => ({ call: m[1] ?? m[2] ?? `${m[3]} / ${m[4]}` })
	],
	['limit', /LIMIT\/OFFSET|LIMIT (?:must|cannot)|Max expression depth|maximum recursion/i, () => ({})],
	['memory', /Out of Memory/i, () => ({})],
	['interrupted', /Interrupt|query was cancel+ed/i, () => ({})]
];

/** The message without DuckDB's repeated "LINE 1: …" position block (it prints it twice for a parser error). */
function tidy(message: string): string {
	const blocks = message.replace(/\r/g, '').trim().split(/\n\n+/);
	return [...new Set(blocks.map((b) => b.trimEnd()))].join('\n\n');
}

export function translateConsoleError(message: string): ConsoleErrorText {
	const original = tidy(message);
	for (const [kind, re, params] of RULES) {
		const m = re.exec(message);
		if (m) return { kind, params: params(m), original };
	}
	return { kind: 'other', params: {}, original };
}
