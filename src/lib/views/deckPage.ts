/**
 * The council deck of a trajectory, from the same gap as the gemeente page (so every number on a slide is the number
 * on that page), plus what other trajectories raised and the directions for action. Pure over the tables' rows:
 * built at build time for a shipped trajectory (server/deck.ts) and in the browser for an imported one
 * (data/ownTrajectory.ts).
 */
import type { FigureFact } from '$lib/analysis/figureFacts';
import { figureFacts } from './pageFigures';
import type { GapPage, ReadTable } from './gapPage';

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

export function buildDeckPage(read: ReadTable, code: string, name: string, gap: GapPage, builtOn: string): DeckPage {
	const names = new Map(read('gemeenten').map((g) => [g.code, g.name]));
	const trajectoryGemeente = new Map(read('trajectories').map((t) => [t.trajectory_id, t.gemeente_code]));
	const elsewhere: Record<string, string[]> = {};
	for (const f of read('findings')) {
		const other = trajectoryGemeente.get(f.trajectory_id);
		if (f.stance !== 'problem' || !other || other === code) continue;
		const list = (elsewhere[f.theme_id] ??= []);
		const otherName = names.get(other) ?? other;
		if (!list.includes(otherName)) list.push(otherName);
	}
	for (const list of Object.values(elsewhere)) list.sort((a, b) => a.localeCompare(b, 'nl'));
	const of = (stance: string): DeckFinding[] =>
		gap.findings.filter((f) => f.stance === stance).map((f) => ({ id: f.finding_id, themeId: f.theme_id, text: f.paraphrase_nl, speaker: f.speaker ?? 'inwoners', sourceRef: f.source_ref }));
	return { code, name, gap, facts: figureFacts(read, code, gap), elsewhere, solutions: of('solution'), strengths: of('strength'), builtOn };
}
