/**
 * The council deck of a shipped trajectory gemeente, built at build time (views/deckPage.ts holds the pure part, so
 * an imported trajectory's deck is built the same way in the browser).
 */
import { buildDeckPage, type DeckPage } from '$lib/views/deckPage';
import { gapPage } from './gap';
import { gemeenteFacts } from './gemeentePage';
import { readShippedTable } from './static';

export type { DeckFinding, DeckPage } from '$lib/views/deckPage';

export function trajectoryCodes(): string[] {
	return readShippedTable('trajectories').map((t) => t.gemeente_code);
}

/** The decks there are, one per trajectory, by gemeente name. */
export function deckList(): { code: string; name: string; title: string }[] {
	const names = new Map(readShippedTable('gemeenten').map((g) => [g.code, g.name]));
	return readShippedTable('trajectories')
		.map((t) => ({ code: t.gemeente_code, name: names.get(t.gemeente_code) ?? t.gemeente_code, title: t.title }))
		.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export function deckPage(code: string): DeckPage | null {
	const gap = gapPage(code);
	const facts = gemeenteFacts(code);
	if (!gap || !facts) return null;
	return buildDeckPage(readShippedTable, code, facts.name, gap, new Date().toISOString().slice(0, 10));
}
