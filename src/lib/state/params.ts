/**
 * Selections ⇄ query string, as pure functions so the rules are tested once and every page reads them alike.
 * Parameter names and values are Dutch (they are what people see in a shared link); anything unreadable falls back
 * to the default rather than failing.
 */
import { DEFAULT_THRESHOLDS, type Thresholds } from '$lib/analysis/classify';
import { HEARD_LEVELS, type HeardLevel } from '$lib/analysis/quantifiers';
import { NO_FILTERS, type FindingFilters } from '$lib/schema/filters';

export type ReferenceMode = 'all' | 'peers';

const STANCES = { probleem: 'problem', kracht: 'strength', oplossing: 'solution' } as const;
const STANCE_PARAM = Object.fromEntries(Object.entries(STANCES).map(([k, v]) => [v, k])) as Record<string, string>;

export function referenceFromParams(p: URLSearchParams): ReferenceMode {
	return p.get('referentie') === 'peers' ? 'peers' : 'all';
}

/** `gehoord` is a step of the heard scale by name (`een_aantal`, `veel`, …); `hoog` a whole percentage 0–100. */
export function thresholdsFromParams(p: URLSearchParams): Thresholds {
	return { ...DEFAULT_THRESHOLDS, heardLevel: level(p.get('gehoord')) ?? DEFAULT_THRESHOLDS.heardLevel, high: percent(p.get('hoog')) ?? DEFAULT_THRESHOLDS.high };
}

function level(raw: string | null): HeardLevel | null {
	const i = HEARD_LEVELS.indexOf((raw ?? '') as (typeof HEARD_LEVELS)[number]);
	// "niet" (0) would make every theme heard: the scale starts at one person.
	return i >= 1 ? (i as HeardLevel) : null;
}

function percent(raw: string | null): number | null {
	if (raw === null || raw.trim() === '') return null;
	const v = Number(raw);
	return Number.isFinite(v) && v >= 0 && v <= 100 ? v / 100 : null;
}

export function filtersFromParams(p: URLSearchParams): FindingFilters {
	const stance = STANCES[p.get('houding') as keyof typeof STANCES] ?? NO_FILTERS.stance;
	const year = Number(p.get('jaar'));
	return {
		group: p.get('groep') || null,
		stance,
		sourceType: p.get('bron') || null,
		year: p.get('jaar') && Number.isInteger(year) ? year : null
	};
}

/** The parameters for a set of filters; defaults are removed, so a plain link stays plain. */
export function filtersToParams(f: FindingFilters): Record<string, string | null> {
	return {
		groep: f.group,
		houding: f.stance === NO_FILTERS.stance ? null : (STANCE_PARAM[f.stance] ?? null),
		bron: f.sourceType,
		jaar: f.year === null ? null : String(f.year)
	};
}
