/**
 * A presenter's choices for one deck (slides hidden, themes reordered), kept in localStorage per gemeente so they
 * survive a reload and the next visit. Pure helpers plus a storage wrapper that never throws.
 */
import { readStored, writeStored } from './stored';
// The occasion opens the deck (question) and the follow-up closes it; the sources are an appendix before it.
export const SLIDES = ['question', 'heard', 'figures', 'gap', 'elsewhere', 'action', 'sources', 'followup'] as const;
export type SlideId = (typeof SLIDES)[number];

export interface DeckSettings {
	readonly hidden: readonly SlideId[];
	/** Theme ids in the presenter's order; themes not listed follow in their own order. */
	readonly themeOrder: readonly string[];
}

export const NO_SETTINGS: DeckSettings = { hidden: [], themeOrder: [] };

export function visibleSlides(s: DeckSettings): SlideId[] {
	const shown = SLIDES.filter((id) => !s.hidden.includes(id));
	// A deck with nothing in it cannot be presented: the first slide always stays.
	return shown.length > 0 ? shown : [SLIDES[0]];
}

export function orderThemes<T>(items: readonly T[], id: (item: T) => string, order: readonly string[]): T[] {
	const rank = (x: T) => {
		const i = order.indexOf(id(x));
		return i === -1 ? order.length : i;
	};
	// Stable: items the presenter did not place keep their given order.
	return items.map((x, i) => ({ x, i })).sort((a, b) => rank(a.x) - rank(b.x) || a.i - b.i).map((e) => e.x);
}

/** Moves `themeId` one place up (-1) or down (+1) in the full current order. */
export function moveTheme(current: readonly string[], themeId: string, delta: -1 | 1): string[] {
	const list = [...current];
	const i = list.indexOf(themeId);
	const j = i + delta;
	if (i === -1 || j < 0 || j >= list.length) return list;
	[list[i], list[j]] = [list[j]!, list[i]!];
	return list;
}

export function toggleSlide(s: DeckSettings, id: SlideId): DeckSettings {
	return { ...s, hidden: s.hidden.includes(id) ? s.hidden.filter((h) => h !== id) : [...s.hidden, id] };
}

const key = (code: string) => `kloofmeter.deck.${code}`;

export function readSettings(code: string): DeckSettings {
	const raw = readStored(key(code));
	if (!raw) return NO_SETTINGS;
	return {
		hidden: Array.isArray(raw.hidden) ? raw.hidden.filter((h): h is SlideId => (SLIDES as readonly string[]).includes(h)) : [],
		themeOrder: Array.isArray(raw.themeOrder) ? raw.themeOrder.filter((t): t is string => typeof t === 'string') : []
	};
}

export function saveSettings(code: string, s: DeckSettings): void {
	writeStored(key(code), s);
}
