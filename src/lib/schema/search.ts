/**
 * Finds gemeenten by what people type: any known name form ("Den Haag" for 's-Gravenhage, "Súdwest-Fryslân"
 * typed as "sudwest"), without diacritics or case, or by code.
 */
import { normaliseAreaName } from './normalise';

export interface Searchable {
	readonly code: string;
	readonly name: string;
	/** Other names the gemeente goes by (official Frisian or Dutch forms, common names). */
	readonly forms?: readonly string[];
}

function keyOf(text: string): string {
	// "'s-Gravenhage" and "s gravenhage" and "sgravenhage" should all meet.
	return normaliseAreaName(text).replace(/['\-.\s]/g, '');
}

/** Ranked matches: name starts with the query, then a name form does, then either contains it. */
export function searchGemeenten<T extends Searchable>(query: string, items: readonly T[], limit = 10): T[] {
	const q = keyOf(query);
	if (q === '') return [];
	const code = query.trim().toUpperCase();
	const scored: { item: T; score: number }[] = [];
	for (const item of items) {
		if (item.code === code) {
			scored.push({ item, score: 0 });
			continue;
		}
		const name = keyOf(item.name);
		const forms = (item.forms ?? []).map(keyOf);
		let score = Infinity;
		if (name.startsWith(q)) score = 1;
		else if (forms.some((f) => f.startsWith(q))) score = 2;
		else if (name.includes(q)) score = 3;
		else if (forms.some((f) => f.includes(q))) score = 4;
		if (score < Infinity) scored.push({ item, score });
	}
	return scored
		.sort((a, b) => a.score - b.score || a.item.name.localeCompare(b.item.name, 'nl'))
		.slice(0, limit)
		.map((s) => s.item);
}
