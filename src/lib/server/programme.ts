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
			id: r.finding_id,
			themeId: r.theme_id,
			stance: r.stance,
			paraphrase: r.paraphrase_nl,
			anchor: r.anchor,
			sourceRef: r.source_ref
		}))
		.sort((a, b) => a.id.localeCompare(b.id));
}
