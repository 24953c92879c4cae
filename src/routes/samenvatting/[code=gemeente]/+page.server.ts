import { error } from '@sveltejs/kit';
import { deckPage, trajectoryCodes } from '$lib/server/deck';
import type { EntryGenerator, PageServerLoad } from './$types';

// A summary needs a trajectory: only those gemeenten get one.
export const entries: EntryGenerator = () => trajectoryCodes().map((code) => ({ code }));

export const load: PageServerLoad = ({ params }) => {
	const deck = deckPage(params.code);
	if (!deck) error(404, `Geen veldtraject voor ${params.code}: een samenvatting is er alleen voor gemeenten met een traject.`);
	return { deck };
};
