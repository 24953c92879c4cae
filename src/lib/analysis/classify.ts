/**
 * The class of a theme: perceived against measured, by two thresholds a reader can check by hand.
 * "Heard" compares the point estimate of the perceived share with `heard`; "high" compares the theme's mean
 * percentile with `high`. Intervals are shown beside the class, and `uncertain` says when an interval crosses the
 * line, but they do not change the class: one rule, recomputable from two numbers.
 */
import type { Perceived } from './perceived';
import type { ThemeMeasured } from './measured';

export type GapClass = 'confirmed' | 'perception_gap' | 'blind_spot' | 'no_signal' | 'no_measurement' | 'too_few';

export interface Thresholds {
	/** Perceived share at or above which a theme counts as heard. */
	readonly heard: number;
	/** Mean percentile at or above which the figures count as high (worse than this share of the reference set). */
	readonly high: number;
	/** Fewer counted conversations than this and a count-based share is not classified. */
	readonly minConversations: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { heard: 0.3, high: 0.67, minConversations: 5 };

export interface Classification {
	readonly gapClass: GapClass;
	/** True when the perceived interval straddles `heard`: the class could flip with a few conversations more. */
	readonly uncertain: boolean;
}

export function classify(perceived: Perceived, measured: ThemeMeasured, t: Thresholds = DEFAULT_THRESHOLDS): Classification {
	const heard = perceived.share !== null && perceived.share >= t.heard;
	if (perceived.basis === 'mentioned') return { gapClass: 'too_few', uncertain: true };
	if (perceived.basis === 'count' && (perceived.n ?? 0) < t.minConversations) return { gapClass: 'too_few', uncertain: true };
	if (measured.status === 'no_measurement' || measured.percentile === null) {
		// Nothing measured: a theme that was not heard either is not a finding at all.
		return { gapClass: heard ? 'no_measurement' : 'no_signal', uncertain: false };
	}
	const high = measured.percentile >= t.high;
	const uncertain = perceived.lo !== null && perceived.hi !== null && perceived.lo < t.heard && perceived.hi >= t.heard;
	const gapClass: GapClass = heard ? (high ? 'confirmed' : 'perception_gap') : high ? 'blind_spot' : 'no_signal';
	return { gapClass, uncertain };
}
