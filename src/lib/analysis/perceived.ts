/**
 * What was heard about a theme in one trajectory, kept apart the way the reports keep it apart:
 * - who said it (residents, professionals, the gemeente, the administrators, and the researchers' own conclusion,
 *   which is a lens of its own and never a share);
 * - how widely the people who spoke said it, on the reports' own ordinal scale (quantifiers.ts): a word, one person,
 *   or, only where the trajectory was coded from its conversations, a real count with a Wilson interval;
 * - how many people the problem concerns ("35 tot 40 jongeren"): kept and shown, never read as how many said it.
 */
import { DEFAULT_K_MIN } from './groups';
import { wilson } from './interval';
import { levelOfPeople, levelOfShare, readQuantifier, type HeardLevel } from './quantifiers';
import type { ConversationRow, FindingRow } from './types';

export const SPEAKERS = ['inwoners', 'professionals', 'gemeente', 'bestuur', 'onderzoekers'] as const;
export type Speaker = (typeof SPEAKERS)[number];
export const ASSESSMENTS = ['kern', 'bevestigd', 'valt_mee'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

/**
 * count: distinct respondents over the conversations held; people: distinct respondents, no total to set them
 * against; quantifier: the report's word; researchers: only the researchers conclude it; mentioned: raised with no
 * word on how widely; none: not raised.
 */
export type PerceivedBasis = 'count' | 'people' | 'quantifier' | 'researchers' | 'mentioned' | 'none';

export interface SpeakerHeard {
	readonly speaker: Speaker;
	/** Broadest step among this speaker's findings; null when they give no word and no person. */
	readonly level: HeardLevel | null;
	readonly words: readonly string[];
	readonly findings: number;
}

export interface Perceived {
	readonly basis: PerceivedBasis;
	readonly raised: boolean;
	/** Step on the ordinal scale of the people who spoke (not the researchers); null when raised without extent. */
	readonly level: HeardLevel | null;
	/** The range of steps the evidence allows (the word's fair readings, or the Wilson interval's). */
	readonly levelMin: HeardLevel | null;
	readonly levelMax: HeardLevel | null;
	/** Share of conversations with its interval: only for basis 'count'. */
	readonly share: number | null;
	readonly lo: number | null;
	readonly hi: number | null;
	/** Conversations whose count may carry a share (null for trajectories reconstructed from a report). */
	readonly n: number | null;
	/** Distinct respondents with a finding on the theme. */
	readonly k: number;
	/**
	 * A real count of fewer than k people (groups.ts DEFAULT_K_MIN): neither the count, nor a share, nor a step taken
	 * from them is shown or classified, since any of them gives the small number away once n is known.
	 */
	readonly withheld: boolean;
	/** The word that set the level, when a word did. */
	readonly quantifier: string | null;
	/** The researchers themselves conclude this is a problem (a finding of theirs not judged "valt mee"). */
	readonly byResearchers: boolean;
	readonly assessments: readonly Assessment[];
	/** How many people it concerns, in the report's words. */
	readonly subjectQuantifiers: readonly string[];
	/** Who raised it, by lens (always known). */
	readonly lenses: readonly Speaker[];
	/** Per lens, the words and step (the gemeente page's detail; empty where only counts were aggregated). */
	readonly speakers: readonly SpeakerHeard[];
	readonly findingIds: readonly string[];
}

/** Conversations counted in a trajectory; null when no group has a number. */
export function conversationsHeld(conversations: readonly ConversationRow[]): number | null {
	const counted = conversations.filter((c) => c.n_conversations !== null);
	return counted.length === 0 ? null : counted.reduce((sum, c) => sum + (c.n_conversations ?? 0), 0);
}

/** Respondent groups as the lens they speak for. */
const GROUP_SPEAKER: Record<string, Speaker> = {
	inwoner: 'inwoners',
	jongere: 'inwoners',
	ouder: 'inwoners',
	ondernemer: 'inwoners',
	initiatiefnemer: 'inwoners',
	professional: 'professionals',
	maatschappelijke_organisatie: 'professionals',
	politie_handhaving: 'professionals',
	onderwijs: 'professionals',
	ambtenaar: 'gemeente',
	bestuurder: 'bestuur'
};

export function speakerOf(f: Pick<FindingRow, 'speaker' | 'respondent_group'>): Speaker {
	if (f.speaker && (SPEAKERS as readonly string[]).includes(f.speaker)) return f.speaker as Speaker;
	return GROUP_SPEAKER[f.respondent_group ?? ''] ?? 'inwoners';
}

/** What a theme's findings in one trajectory add up to: the shape DuckDB aggregates them into for the comparison. */
export interface FindingCounts {
	readonly findings: number;
	/** Distinct respondent ids among the findings of people who spoke (not the researchers). */
	readonly respondents: number;
	/** Respondent quantifiers of the people who spoke. */
	readonly quantifiers: readonly string[];
	/** Problem findings of the researchers not judged "valt mee". */
	readonly researcherFindings?: number;
	readonly assessments?: readonly string[];
	readonly subjectQuantifiers?: readonly string[];
	/** The lenses that raised it. */
	readonly speakerNames?: readonly string[];
	/** Findings by speaker (the per-lens breakdown); optional for callers that only need the class. */
	readonly speakers?: readonly SpeakerHeard[];
}

/**
 * `stance` is 'problem' for the gap; the comparison page also asks how widely a theme was named as a strength or a
 * solution, which is the same reading over other findings. `n` is null unless the trajectory was coded from its
 * own conversations (a report's "een bewoner" is not one of its counted conversations).
 */
export function perceivedShare(findings: readonly FindingRow[], themeId: string, n: number | null, stance: string = 'problem'): Perceived {
	const matching = findings.filter((f) => f.theme_id === themeId && f.stance === stance);
	const spoken = matching.filter((f) => speakerOf(f) !== 'onderzoekers');
	const researchers = matching.filter((f) => speakerOf(f) === 'onderzoekers');
	const distinct = (rows: readonly FindingRow[], pick: (f: FindingRow) => string | null | undefined) => [...new Set(rows.map(pick).filter((v): v is string => !!v))].sort();
	const speakers = (['inwoners', 'professionals', 'gemeente', 'bestuur'] as const)
		.map((speaker): SpeakerHeard => {
			const own = spoken.filter((f) => speakerOf(f) === speaker);
			const words = distinct(own, (f) => f.quantifier);
			const people = distinct(own, (f) => f.respondent_id).length;
			// In a trajectory coded from counted conversations, a lens's people are a count of conversations: a step
			// read from fewer than k of them ("gemeente: één persoon") would publish the small cell the total withholds.
			const countable = n === null || people >= DEFAULT_K_MIN;
			const levels = [...words.map((w) => readQuantifier(w)?.level ?? null), people > 0 && countable ? levelOfPeople(people) : null].filter((l): l is HeardLevel => l !== null);
			return { speaker, level: levels.length ? (Math.max(...levels) as HeardLevel) : null, words, findings: own.length };
		})
		.filter((s) => s.findings > 0)
		.sort((a, b) => (b.level ?? -1) - (a.level ?? -1));
	if (researchers.length > 0) speakers.push({ speaker: 'onderzoekers', level: null, words: [], findings: researchers.length });
	return perceivedFromCounts(
		{
			findings: matching.length,
			respondents: distinct(spoken, (f) => f.respondent_id).length,
			quantifiers: distinct(spoken, (f) => f.quantifier),
			researcherFindings: researchers.filter((f) => f.researcher_assessment !== 'valt_mee').length,
			assessments: distinct(researchers, (f) => f.researcher_assessment),
			subjectQuantifiers: distinct(matching, (f) => f.subject_quantifier),
			speakerNames: distinct(matching, speakerOf),
			speakers
		},
		n,
		matching.map((f) => f.finding_id)
	);
}

/** The same reading from counts, so that many trajectories can be aggregated in SQL. */
export function perceivedFromCounts(c: FindingCounts, n: number | null, findingIds: readonly string[] = []): Perceived {
	const researcherFindings = c.researcherFindings ?? 0;
	if (c.findings === 0) return reading(c, n, findingIds, 'none', false, false, NOT_RAISED);

	const candidates: Candidate[] = [];
	const k = c.respondents;
	if (k > 0 && n !== null && n > 0 && Math.min(k, n) < DEFAULT_K_MIN) {
		// A small cell: the theme was raised, by how many is not said (nor anything that would give it away).
		return reading(c, n, findingIds, 'count', true, true);
	}
	if (k > 0 && n !== null && n > 0) {
		const counted = Math.min(k, n);
		const interval = wilson(counted, n)!;
		const level = levelOfShare(counted / n, counted);
		candidates.push({
			basis: 'count',
			share: counted / n,
			lo: interval.lo,
			hi: interval.hi,
			level,
			// The interval is about the share, so its ends are read as shares (as of two or more people).
			levelMin: Math.min(level, levelOfShare(interval.lo, 2)) as HeardLevel,
			levelMax: Math.max(level, levelOfShare(interval.hi, 2)) as HeardLevel,
			quantifier: null
		});
	} else if (k > 0) {
		const level = levelOfPeople(k);
		candidates.push({ basis: 'people', level, levelMin: level, levelMax: k >= 5 ? 6 : level, share: null, lo: null, hi: null, quantifier: null });
	}
	for (const word of c.quantifiers) {
		const q = readQuantifier(word);
		if (q) candidates.push({ basis: 'quantifier', level: q.level, levelMin: q.min, levelMax: q.max, share: null, lo: null, hi: null, quantifier: q.word });
	}
	if (candidates.length === 0) return reading(c, n, findingIds, researcherFindings > 0 && researcherFindings === c.findings ? 'researchers' : 'mentioned', true, false);
	// The broadest statement sets the step; on a tie a count beats a word, then the alphabet keeps it deterministic.
	candidates.sort((a, b) => (b.level ?? 0) - (a.level ?? 0) || (a.basis === 'count' ? -1 : b.basis === 'count' ? 1 : 0) || (a.quantifier ?? '').localeCompare(b.quantifier ?? ''));
	const best = candidates[0]!;
	return reading(c, n, findingIds, best.basis, true, false, best);
}

/**
 * perceivedFromCounts for many rows, one reading per distinct input: a selection's 40,000 pairs at scale have some
 * 3,000 distinct readings, and the other 37,000 were each worked out, made and kept (the garbage collector's work at
 * every change). A reading is shared, so it must never be changed (it is readonly). Lists are told apart by identity
 * (data/compareRows.ts shares one list per set of bits): equal lists made apart only miss. Rows with a per-lens
 * breakdown (`speakers`) are read as they are.
 */
export function sharedReadings(): (c: FindingCounts, n: number | null) => Perceived {
	const readings = new Map<number | string, Perceived>();
	return (c, n) => {
		if (c.speakers) return perceivedFromCounts(c, n);
		const key = readingKey(c, n);
		let reading = readings.get(key);
		if (!reading) readings.set(key, (reading = perceivedFromCounts(c, n, NONE)));
		return reading;
	};
}

/**
 * Exactly what perceivedFromCounts and reading() read of a row: whether it was raised, whether only the researchers
 * found it, whether they found it at all, the respondents, n and the four lists. As one number where every part fits
 * its digits (a key string per pair was most of sharedReadings' cost in the page), as a string where one does not.
 */
function readingKey(c: FindingCounts, n: number | null): number | string {
	const researchers = c.researcherFindings ?? 0;
	const raised = c.findings === 0 ? 0 : researchers === c.findings ? 2 : 1;
	const parts = [raised * 2 + (researchers > 0 ? 1 : 0), c.respondents, n === null ? 0 : n + 1, listId(c.quantifiers), listId(c.assessments), listId(c.subjectQuantifiers), listId(c.speakerNames)];
	let key = 0;
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i]!;
		const bits = READING_KEY_BITS[i]!;
		if (!(Number.isInteger(part) && part >= 0 && part < 2 ** bits)) return parts.join('|');
		key = key * 2 ** bits + part;
	}
	return key;
}

/** The digits of each part of readingKey: 3 + 12 + 12 + 4 × 6 = 51 bits, exact as a double. */
const READING_KEY_BITS = [3, 12, 12, 6, 6, 6, 6] as const;

const LIST_IDS = new WeakMap<readonly string[], number>();
let lists = 0;
/** 0 for no list or an empty one (both read as none), else one number per list. */
function listId(list: readonly string[] | undefined): number {
	if (!list || list.length === 0) return 0;
	let id = LIST_IDS.get(list);
	if (id === undefined) LIST_IDS.set(list, (id = ++lists));
	return id;
}

// The readings are written out field by field rather than spread together from shared parts: at scale this runs for
// tens of thousands of pairs per selection, and the spreads were most of its cost.
type Sized = Pick<Perceived, 'level' | 'levelMin' | 'levelMax' | 'share' | 'lo' | 'hi' | 'quantifier'>;
type Candidate = Sized & Pick<Perceived, 'basis'>;
const UNSIZED: Sized = { level: null, levelMin: null, levelMax: null, share: null, lo: null, hi: null, quantifier: null };
const NOT_RAISED: Sized = { ...UNSIZED, level: 0, levelMin: 0, levelMax: 0 };

// Shared, like the lens lists below: a reading's lists are never changed after it is made (readonly).
const NONE: readonly never[] = [];

// The lenses in SPEAKERS order, one list per combination (there are 32), not one per reading.
const LENSES = new Map<number, readonly Speaker[]>();
function lensesOf(names: readonly string[]): readonly Speaker[] {
	let bits = 0;
	SPEAKERS.forEach((sp, i) => {
		if (names.includes(sp)) bits |= 1 << i;
	});
	let lenses = LENSES.get(bits);
	if (!lenses) LENSES.set(bits, (lenses = SPEAKERS.filter((_, i) => bits & (1 << i))));
	return lenses;
}

/** One reading, every field written once (see above: no spreads, no intermediate object). */
function reading(c: FindingCounts, n: number | null, findingIds: readonly string[], basis: PerceivedBasis, raised: boolean, withheld: boolean, size: Sized = UNSIZED): Perceived {
	return {
		n,
		k: c.respondents,
		byResearchers: (c.researcherFindings ?? 0) > 0,
		assessments: c.assessments?.length ? c.assessments.filter((a): a is Assessment => (ASSESSMENTS as readonly string[]).includes(a)) : NONE,
		subjectQuantifiers: c.subjectQuantifiers ?? NONE,
		lenses: lensesOf(c.speakerNames ?? c.speakers?.map((x) => x.speaker) ?? []),
		speakers: c.speakers ?? NONE,
		withheld,
		findingIds,
		basis,
		level: size.level,
		levelMin: size.levelMin,
		levelMax: size.levelMax,
		share: size.share,
		lo: size.lo,
		hi: size.hi,
		quantifier: size.quantifier,
		raised
	};
}
