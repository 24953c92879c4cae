/**
 * The filters the comparison pages put on findings: a selection the URL keeps (state/params.ts), the queries turn
 * into SQL (db/queries/compare.ts) and the disclosure rules read (views/disclosure.ts). "No filter" is null.
 */
export interface FindingFilters {
	/** Respondent group, e.g. 'inwoner'. */
	readonly group: string | null;
	readonly stance: string;
	/** Source type, e.g. 'interview'. */
	readonly sourceType: string | null;
	/** Year the trajectory started; trajectories without a known start are left out when a year is chosen. */
	readonly year: number | null;
}

export const NO_FILTERS: FindingFilters = { group: null, stance: 'problem', sourceType: null, year: null };
