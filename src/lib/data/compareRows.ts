/**
 * Rows of the comparison queries (db/queries/compare.ts) as the analysis takes them. Pure and free of the engine,
 * so the Node tests map DuckDB's answers through the same functions the browser does. List columns arrive as arrays
 * (db/rows.ts), or null where a FILTER left nothing.
 */
import type { ThemeCounts, TrajectoryRef } from '$lib/analysis/compare';
import { ASSESSMENT_BITS, SPEAKER_BITS, THEME_BITS, WORD_BITS, themeMaskColumns, type CompareKeyRow, type KeyedFilters, type ThemeCountRow, type ThemeMaskRow, type ThemePairRow, type TrajectoryRow, type WordsPastBits } from '$lib/db/queries/compare';
import type { FindingFilters } from '$lib/schema/filters';

export function trajectoryRef(t: TrajectoryRow): TrajectoryRef {
	return {
		trajectoryId: t.trajectory_id,
		code: t.gemeente_code,
		name: t.name,
		referenceYear: t.reference_year,
		// sum() of an INTEGER is a HUGEINT, which the wasm engine may hand over as a decimal object.
		conversations: t.conversations === null ? null : Number(t.conversations),
		reconstructed: t.reconstructed !== 'false',
		sourceComplete: t.source_complete !== 'false',
		scope: t.scope_themes === null || t.scope_themes === undefined ? null : new Set(t.scope_themes.split(';').filter(Boolean))
	};
}

/** The texts of compareFindingsTables' keys, by kind, each indexed by its key. */
export interface CompareKeys {
	readonly trajectory: readonly string[];
	readonly theme: readonly string[];
	readonly quantifier: readonly string[];
	readonly subject: readonly string[];
	/** The filters' texts to their keys. */
	readonly stance: ReadonlyMap<string, number>;
	readonly group: ReadonlyMap<string, number>;
	readonly source: ReadonlyMap<string, number>;
}

export function compareKeysOf(rows: readonly CompareKeyRow[]): CompareKeys {
	const keys = {
		trajectory: [] as string[],
		theme: [] as string[],
		quantifier: [] as string[],
		subject: [] as string[],
		stance: new Map<string, number>(),
		group: new Map<string, number>(),
		source: new Map<string, number>()
	};
	for (const r of rows) {
		if (r.kind === 'stance' || r.kind === 'group' || r.kind === 'source') keys[r.kind].set(r.text, Number(r.k));
		else keys[r.kind][Number(r.k)] = r.text;
	}
	return keys;
}

/** A selection's filters as keys: a text no finding has becomes -1, which no finding's key is, so nothing is kept. */
export function keyedFilters(f: FindingFilters, keys: Pick<CompareKeys, 'stance' | 'group' | 'source'>): KeyedFilters {
	const key = (map: ReadonlyMap<string, number>, text: string) => map.get(text) ?? -1;
	return {
		stance: key(keys.stance, f.stance),
		group: f.group === null ? null : key(keys.group, f.group),
		source: f.sourceType === null ? null : key(keys.source, f.sourceType),
		year: f.year
	};
}

/** Whether any word of each kind is keyed past the bits, so themeCounts must list the rest. */
export function wordsPastBits(keys: Pick<CompareKeys, 'quantifier' | 'subject'>): WordsPastBits {
	return { quantifier: keys.quantifier.length > WORD_BITS, subject: keys.subject.length > WORD_BITS };
}

/**
 * Pairs of themes named by the same respondent, from how many respondents named each set of themes (themeMasks):
 * every pair within a set counts its respondents. Most first, then by the themes' texts (keys sort as their texts).
 */
export function themePairsOf(rows: readonly ThemeMaskRow[], keys: Pick<CompareKeys, 'theme'>): ThemePairRow[] {
	const n = keys.theme.length;
	const masks = themeMaskColumns(n);
	const counts = new Map<number, number>();
	for (const row of rows) {
		const themes: number[] = [];
		masks.forEach((m, j) => themes.push(...fromBits(Number(row[m] ?? 0), maskKeys(j))));
		const respondents = Number(row.respondents);
		for (let x = 0; x < themes.length; x++)
			for (let y = x + 1; y < themes.length; y++) {
				const pair = themes[x]! * n + themes[y]!;
				counts.set(pair, (counts.get(pair) ?? 0) + respondents);
			}
	}
	return [...counts]
		.sort(([p, c], [q, d]) => d - c || p - q)
		.map(([pair, respondents]) => ({ a: keys.theme[Math.floor(pair / n)]!, b: keys.theme[pair % n]!, respondents }));
}

// The theme keys of each mask column (m0: 0-51, m1: 52-103, …), one list per column, which fromBits keeps its lists by.
const MASK_KEYS: number[][] = [];
function maskKeys(column: number): readonly number[] {
	return (MASK_KEYS[column] ??= Array.from({ length: THEME_BITS }, (_, i) => column * THEME_BITS + i));
}

const NO_WORDS: readonly string[] = Object.freeze([]);

/** The words a row's bits and the keys of its rest name, in their sorted order (the bits' words sort before the rest). */
function wordsOf(keys: CompareKeys, kind: 'quantifier' | 'subject', bits: number | bigint | null, rest: ArrayLike<number | bigint> | null): readonly string[] {
	if (bits === null && rest === null) return NO_WORDS;
	const words = fromBits(bits === null ? 0 : Number(bits), keys[kind]);
	return rest === null ? words : [...words, ...Array.from(rest, (k) => keys[kind][Number(k)]!)];
}

export function themeCountsOf(c: ThemeCountRow, keys: CompareKeys): ThemeCounts {
	return {
		trajectoryId: keys.trajectory[c.tk]!,
		themeId: keys.theme[c.hk]!,
		findings: Number(c.findings),
		respondents: Number(c.respondents),
		quantifiers: wordsOf(keys, 'quantifier', c.q, c.q_rest),
		researcherFindings: Number(c.researcher_findings),
		assessments: c.assessments === null ? NO_WORDS : fromBits(Number(c.assessments), ASSESSMENT_BITS),
		subjectQuantifiers: wordsOf(keys, 'subject', c.s, c.s_rest),
		// Which lenses spoke; the per-lens words and step are the gemeente page's detail, not the comparison's.
		speakerNames: fromBits(Number(c.speakers), SPEAKER_BITS)
	};
}

// One list per list of values and set of bits, shared (readonly): at scale 40,000 rows share a few dozen sets.
const BIT_LISTS = new WeakMap<readonly unknown[], Map<number, readonly unknown[]>>();

/**
 * The values whose bits are set, in the order given (db/queries/compare.ts bitOf; the words up to WORD_BITS; the theme
 * masks). Read by division, since JavaScript's bitwise operators see 32 bits and the words' sets have up to 52.
 */
export function fromBits<T>(bits: number, values: readonly T[]): readonly T[] {
	let lists = BIT_LISTS.get(values);
	if (!lists) BIT_LISTS.set(values, (lists = new Map()));
	let list = lists.get(bits) as readonly T[] | undefined;
	if (!list) lists.set(bits, (list = Object.freeze(values.filter((_, i) => Math.floor(bits / 2 ** i) % 2 === 1))));
	return list;
}
