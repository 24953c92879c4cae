/**
 * Movisie's own conclusions across the trajectories (data/out/programme_findings.csv), read at build time for the
 * comparison page: what the programme says recurs, beside what Kloofmeter counts as recurring.
 */
import { readShippedTable } from './static';

export interface ProgrammeFinding {
	readonly id: string;
	readonly themeId: string;
	readonly stance: string;
	readonly paraphrase: string;
	readonly anchor: string;
	readonly sourceRef: string;
}

export function programmeFindings(): ProgrammeFinding[] {
	return readShippedTable('programme_findings')
		.map((r) => ({
			id: String(r.finding_id),
			themeId: String(r.theme_id),
			stance: String(r.stance),
			paraphrase: String(r.paraphrase_nl),
			anchor: String(r.anchor),
			sourceRef: String(r.source_ref)
		}))
		.sort((a, b) => a.id.localeCompare(b.id));
}
