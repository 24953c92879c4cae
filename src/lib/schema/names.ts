/**
 * Name → code matching for gemeente names, shared by the data build (Node) and, later, the browser import of user
 * files. Pure: the name table comes in as data (out/area_names.csv rows), nothing is read here.
 *
 * Matching order: the full key (normaliseAreaName plus a canonical province suffix, so "Bergen (NH)" and
 * "Bergen (NH.)" meet), then the key without a province suffix, accepted only when it points at one code.
 */
import { normaliseAreaName } from './normalise';

export type NameStatus = 'current' | 'merged' | 'renamed' | 'split' | 'unknown';

export interface NameEntry {
	readonly name_form: string;
	readonly normalised: string;
	/** GM code in the 2025 indeling, or null (split gemeenten, aggregates, unknown names). */
	readonly code: string | null;
	readonly status: NameStatus;
	readonly note: string;
}

const PROVINCE_SUFFIX = /\s*\(\s*([a-z]{1,4})\s*\.?\s*\)$/;

/** The matching key: normaliseAreaName, then a province suffix written one way: "(nh.)". */
export function nameKey(raw: string): string {
	return normaliseAreaName(raw)
		.replace(/\s*-\s*/g, '-')
		.replace(PROVINCE_SUFFIX, (_, p: string) => ` (${p}.)`);
}

/** The key without a province suffix ("bergen (nh.)" → "bergen"). */
export function bareNameKey(key: string): string {
	return key.replace(PROVINCE_SUFFIX, '').trim();
}

export interface NameIndex {
	readonly byKey: ReadonlyMap<string, readonly NameEntry[]>;
	readonly byBare: ReadonlyMap<string, readonly NameEntry[]>;
}

export function buildNameIndex(entries: readonly NameEntry[]): NameIndex {
	const byKey = new Map<string, NameEntry[]>();
	const byBare = new Map<string, NameEntry[]>();
	for (const entry of entries) {
		const key = nameKey(entry.name_form);
		push(byKey, key, entry);
		push(byBare, bareNameKey(key), entry);
	}
	return { byKey, byBare };
}

function push(map: Map<string, NameEntry[]>, key: string, entry: NameEntry): void {
	const list = map.get(key);
	if (list) list.push(entry);
	else map.set(key, [entry]);
}

export type NameMatch =
	| { readonly kind: 'match'; readonly entry: NameEntry; readonly via: 'exact' | 'without_province' }
	| { readonly kind: 'ambiguous'; readonly candidates: readonly NameEntry[] }
	| { readonly kind: 'none' };

/**
 * Finds the table entry for a name as someone typed or exported it. Entries that agree on code and status count
 * as one answer; entries that disagree make the name ambiguous (e.g. "Bergen" without a province), never a guess.
 */
export function matchName(index: NameIndex, raw: string): NameMatch {
	const key = nameKey(raw);
	const exact = index.byKey.get(key);
	if (exact && exact.length > 0) return decide(exact, 'exact');
	const bare = index.byBare.get(bareNameKey(key));
	if (bare && bare.length > 0) return decide(bare, 'without_province');
	return { kind: 'none' };
}

function decide(entries: readonly NameEntry[], via: 'exact' | 'without_province'): NameMatch {
	const answers = new Set(entries.map((e) => `${e.code ?? ''}|${e.status}`));
	if (answers.size > 1) return { kind: 'ambiguous', candidates: entries };
	const first = [...entries].sort((a, b) => (a.name_form < b.name_form ? -1 : a.name_form > b.name_form ? 1 : 0))[0]!;
	return { kind: 'match', entry: first, via };
}
