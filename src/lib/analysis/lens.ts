/**
 * What kind of figure an indicator is, because a policy advisor reads each differently: what the police and CBS
 * REGISTER (counts with known undercounting), what residents report in a SURVEY (representative, with margins),
 * what a MODEL predicts (the Leefbaarometer), and CONTEXT (no direction, never a verdict). Lenses are never averaged.
 */
import { isHeard, isSilent, type Thresholds } from './classify';
import type { ThemeGap } from './gap';

export const LENSES = ['geregistreerd', 'ervaren', 'voorspeld', 'context'] as const;
export type Lens = (typeof LENSES)[number];

export function isLens(v: unknown): v is Lens {
	return (LENSES as readonly unknown[]).includes(v);
}

/** The lens of an indicator: its recorded lens, else by kind (a Leefbaarometer score is a model; no direction is context). */
export function lensOf(i: { readonly indicator_id: string; readonly direction: string; readonly lens?: string | null }): Lens {
	if (isLens(i.lens)) return i.lens;
	if (i.indicator_id.startsWith('lbm_')) return 'voorspeld';
	if (i.direction === 'neutral') return 'context';
	return 'geregistreerd';
}

export interface LensSignal {
	readonly lens: Lens;
	/** At or above the "high" threshold among the reference set. */
	readonly high: boolean;
}

/**
 * What a combination of heard and the lenses that have a figure means, in plain Dutch message keys (review §2.4):
 * heard and surveyed high but registered low is "breed ervaren, weinig gemeld", never "residents exaggerate".
 * Null where there is nothing to combine (no figure in a lens that judges).
 */
export type LensReading =
	| 'heard_all_high'
	| 'heard_surveyed_not_registered'
	| 'heard_group_not_shared'
	| 'heard_registered_only'
	| 'heard_model_only'
	| 'heard_not_in_figures'
	| 'notheard_surveyed_high'
	| 'notheard_registered_high'
	| 'notheard_model_high';

export function lensReading(heard: boolean, signals: readonly LensSignal[]): LensReading | null {
	const by = (lens: Lens) => signals.filter((s) => s.lens === lens);
	const high = (lens: Lens) => by(lens).some((s) => s.high);
	const has = (lens: Lens) => by(lens).length > 0;
	const registered = has('geregistreerd');
	const surveyed = has('ervaren');
	const model = has('voorspeld');
	if (!registered && !surveyed && !model) return null;
	if (heard) {
		if (surveyed && high('ervaren') && registered && !high('geregistreerd')) return 'heard_surveyed_not_registered';
		if (surveyed && !high('ervaren') && (!registered || !high('geregistreerd'))) return 'heard_group_not_shared';
		if ((surveyed ? high('ervaren') : true) && registered && high('geregistreerd')) return surveyed ? 'heard_all_high' : 'heard_registered_only';
		if (!registered && !surveyed && model && high('voorspeld')) return 'heard_model_only';
		return 'heard_not_in_figures';
	}
	if (surveyed && high('ervaren')) return 'notheard_surveyed_high';
	if (registered && high('geregistreerd')) return 'notheard_registered_high';
	if (model && high('voorspeld')) return 'notheard_model_high';
	return null;
}

/**
 * The reading of one theme row: what heard and each kind of figure with a verdict say together, with any figures of
 * the user's own (`extra`) beside the row's. None for a theme outside the question or unmentioned in a summary
 * (there is nothing heard to set the figures against).
 */
export function themeReading(
	row: Pick<ThemeGap, 'perceived' | 'measured' | 'classification'>,
	thresholds: Thresholds,
	lensFor: (indicatorId: string) => Lens,
	extra: readonly LensSignal[] = []
): LensReading | null {
	if (isSilent(row.classification.gapClass)) return null;
	const signals = row.measured.positions
		.filter((p) => p.percentile !== null && p.role !== 'context')
		.map((p) => ({ lens: lensFor(p.indicatorId), high: p.percentile! >= thresholds.high }));
	return lensReading(isHeard(row.perceived, thresholds), [...signals, ...extra]);
}
