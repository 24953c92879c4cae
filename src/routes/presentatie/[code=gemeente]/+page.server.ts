import { error } from '@sveltejs/kit';
import { deckPage, trajectoryCodes } from '$lib/server/deck';
import type { EntryGenerator } from './$types';

// A deck needs a trajectory: only those gemeenten get one.
export const entries: EntryGenerator = () => trajectoryCodes().map((code) => ({ code }));

export function load({ params }) {
	const deck = deckPage(params.code);
	if (!deck) error(404, `Geen veldtraject voor ${params.code}: een presentatie is er alleen voor gemeenten met een traject.`);
	return { deck };
}
