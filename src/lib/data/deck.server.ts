/**
 * The council deck of a trajectory gemeente, built at build time from the same gap as the gemeente page (so every
 * number on a slide is the number on that page), plus what other trajectories raised and the directions for action.
 */
import type { FigureFact } from '$lib/analysis/figureFacts';
import { figureFacts } from './figureFacts.server';
import { gapPage, type GapPage } from './gap.server';
import { gemeenteFacts } from './gemeentePage.server';
import { readShippedTable } from './static.server';

export interface DeckFinding {
	readonly id: string;
	readonly themeId: string;
	readonly text: string;
	/** Who said it: "onderzoekers" is the report's own advice. */
	readonly speaker: string;
	readonly sourceRef: string | null;
}

export interface DeckPage {
	readonly code: string;
	readonly name: string;
	readonly gap: GapPage;
	/** Every non-context figure of the page, as a rank and plain comparisons (the page's own year and value). */
	readonly facts: Record<string, FigureFact>;
	/** Per theme, the other trajectory gemeenten that raised it as a problem. */
	readonly elsewhere: Record<string, string[]>;
	readonly solutions: DeckFinding[];
	readonly strengths: DeckFinding[];
	readonly builtOn: string;
}

export function trajectoryCodes(): string[] {
	return readShippedTable('trajectories').map((t) => String(t.gemeente_code));
}

export function deckPage(code: string): DeckPage | null {
	const gap = gapPage(code);
	const facts = gemeenteFacts(code);
	if (!gap || !facts) return null;
	const names = new Map(readShippedTable('gemeenten').map((g) => [String(g.code), String(g.name)]));
	const trajectoryGemeente = new Map(readShippedTable('trajectories').map((t) => [String(t.trajectory_id), String(t.gemeente_code)]));
	const elsewhere: Record<string, string[]> = {};
	for (const f of readShippedTable('findings')) {
		const other = trajectoryGemeente.get(String(f.trajectory_id));
		if (f.stance !== 'problem' || !other || other === code) continue;
		const list = (elsewhere[String(f.theme_id)] ??= []);
		const name = names.get(other) ?? other;
		if (!list.includes(name)) list.push(name);
	}
	for (const list of Object.values(elsewhere)) list.sort((a, b) => a.localeCompare(b, 'nl'));
	const of = (stance: string): DeckFinding[] =>
		gap.findings.filter((f) => f.stance === stance).map((f) => ({ id: f.finding_id, themeId: f.theme_id, text: f.paraphrase_nl, speaker: f.speaker ?? 'inwoners', sourceRef: f.source_ref }));
	return { code, name: facts.name, gap, facts: figureFacts(code, gap), elsewhere, solutions: of('solution'), strengths: of('strength'), builtOn: new Date().toISOString().slice(0, 10) };
}
