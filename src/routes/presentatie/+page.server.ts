import { deckList } from '$lib/server/deck';

export function load() {
	return { decks: deckList() };
}
