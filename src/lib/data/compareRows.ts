/**
 * Rows of the comparison queries (db/queries/compare.ts) as the analysis takes them. Pure and free of the engine,
 * so the Node tests map DuckDB's answers through the same functions the browser does.
 */
import type { ThemeCounts, TrajectoryRef } from '$lib/analysis/compare';
import type { ThemeCountRow, TrajectoryRow } from '$lib/db/queries/compare';

/** DuckDB lists arrive as Arrow vectors or arrays (or null when the FILTER left nothing). */
export function listOf(v: unknown): string[] {
	if (v === null || v === undefined) return [];
	return Array.from(v as Iterable<unknown>, String);
}

export function trajectoryRef(t: TrajectoryRow): TrajectoryRef {
	return {
		trajectoryId: t.trajectory_id,
		code: t.gemeente_code,
		name: t.name,
		referenceYear: t.reference_year,
		conversations: t.conversations === null ? null : Number(t.conversations),
		reconstructed: t.reconstructed !== 'false',
		sourceComplete: t.source_complete !== 'false',
		scope: t.scope_themes === null || t.scope_themes === undefined ? null : new Set(t.scope_themes.split(';').filter(Boolean))
	};
}

export function themeCountsOf(c: ThemeCountRow): ThemeCounts {
	return {
		trajectoryId: c.trajectory_id,
		themeId: c.theme_id,
		findings: Number(c.findings),
		respondents: Number(c.respondents),
		quantifiers: listOf(c.quantifiers),
		researcherFindings: Number(c.researcher_findings),
		assessments: listOf(c.assessments),
		subjectQuantifiers: listOf(c.subject_quantifiers),
		// Which lenses spoke; the per-lens words and step are the gemeente page's detail, not the comparison's.
		speakerNames: listOf(c.speakers)
	};
}
