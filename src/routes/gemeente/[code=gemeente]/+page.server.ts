import { error } from '@sveltejs/kit';
import { gapPage } from '$lib/server/gap';
import { gemeenteCodes, gemeenteFacts, latestProfile } from '$lib/server/gemeentePage';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => gemeenteCodes().map((code) => ({ code }));

export function load({ params }) {
	const gemeente = gemeenteFacts(params.code);
	if (!gemeente) error(404, `Geen gemeente met code ${params.code} in de indeling van 2025.`);
	return { gemeente, profile: latestProfile(params.code), gap: gapPage(params.code) };
}
