/**
 * The class of a theme: what was heard against what the primary figure says, by rules a reader can check by hand.
 * - Outside the trajectory's question and not raised: "niet onderzocht", never a blind spot in the conversations.
 * - Inside the question, not raised, and the only source is a summary or an article (not the full report): "niet
 *   vermeld in de bron". A summary's silence says nothing about what residents did or did not raise.
 * - Heard: the researchers conclude it, or the people who spoke raised it at least as widely as `heardLevel`
 *   (a word of the report, one person, or a counted share placed on the same scale).
 * - Raised with no word on how widely, and not concluded by the researchers: "genoemd, omvang onbekend".
 * - High: the primary indicator's percentile is at least `high`.
 * `uncertain` says when the evidence for "heard" allows a reading on either side of the line (the word's range, or
 * the Wilson interval), also where nothing is measured; it is shown beside the class and never changes it.
 */
import type { Perceived } from './perceived';
import type { HeardLevel } from './quantifiers';
import type { ThemeMeasured } from './measured';

export type GapClass = 'confirmed' | 'perception_gap' | 'no_measurement' | 'blind_spot' | 'no_signal' | 'mentioned' | 'too_few' | 'not_studied' | 'not_in_source';

export const GAP_CLASSES: readonly GapClass[] = ['confirmed', 'perception_gap', 'no_measurement', 'mentioned', 'blind_spot', 'no_signal', 'not_in_source', 'not_studied', 'too_few'];

export interface Thresholds {
	/** The step of the heard scale (quantifiers.ts) at or above which a theme counts as heard. */
	readonly heardLevel: HeardLevel;
	/** Percentile at or above which the primary figure counts as high (worse than this share of the reference set). */
	readonly high: number;
	/** Fewer counted conversations than this and a count-based share is not classified. */
	readonly minConversations: number;
}

/** "veel": 30% of counted conversations or more (quantifiers.ts SHARE_CUTS); ⅔ of the reference set is "high". */
export const DEFAULT_THRESHOLDS: Thresholds = { heardLevel: 4, high: 0.67, minConversations: 5 };

export interface Classification {
	readonly gapClass: GapClass;
	readonly uncertain: boolean;
}

/**
 * The classes that say nothing about what was heard: the theme was outside the question, or the only source is a
 * summary that does not mention it. No reading of the figures is set against them.
 */
export function isSilent(c: GapClass): boolean {
	return c === 'not_studied' || c === 'not_in_source';
}

export function isHeard(p: Perceived, t: Thresholds): boolean {
	return p.byResearchers || (p.level !== null && p.level >= t.heardLevel);
}

export function classify(perceived: Perceived, measured: ThemeMeasured, t: Thresholds = DEFAULT_THRESHOLDS, inScope = true, sourceComplete = true): Classification {
	if (!perceived.raised && !inScope) return classification('not_studied', false);
	if (!perceived.raised && !sourceComplete) return classification('not_in_source', false);
	if (perceived.basis === 'count' && (perceived.withheld || (perceived.n ?? 0) < t.minConversations)) return classification('too_few', true);
	const heard = isHeard(perceived, t);
	const uncertain = !perceived.byResearchers && perceived.levelMin !== null && perceived.levelMax !== null && perceived.levelMin < t.heardLevel && perceived.levelMax >= t.heardLevel;
	if (perceived.raised && !heard && perceived.level === null) return classification('mentioned', true);
	if (measured.status === 'no_measurement' || measured.percentile === null) {
		return classification(heard ? 'no_measurement' : 'no_signal', uncertain);
	}
	const high = measured.percentile >= t.high;
	return classification(heard ? (high ? 'confirmed' : 'perception_gap') : high ? 'blind_spot' : 'no_signal', uncertain);
}

// One object per class and certainty, shared (readonly): the comparison classifies tens of thousands of pairs per
// selection, and each allocation is the garbage collector's work.
const CLASSIFICATIONS = new Map(GAP_CLASSES.map((c) => [c, [false, true].map((uncertain) => ({ gapClass: c, uncertain }))] as const));
function classification(gapClass: GapClass, uncertain: boolean): Classification {
	return CLASSIFICATIONS.get(gapClass)![uncertain ? 1 : 0]!;
}
