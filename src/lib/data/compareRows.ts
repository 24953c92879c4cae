/**
 * Rows of the comparison queries (db/queries/compare.ts) as the analysis takes them. Pure and free of the engine,
 * so the Node tests map DuckDB's answers through the same functions the browser does. List columns arrive as arrays
 * (db/rows.ts), or null where a FILTER left nothing.
 */
import type { ThemeCounts, TrajectoryRef } from '$lib/analysis/compare';
import { ASSESSMENT_BITS, SPEAKER_BITS, type ThemeCountRow, type TrajectoryRow } from '$lib/db/queries/compare';

export function trajectoryRef(t: TrajectoryRow): TrajectoryRef {
	return {
		trajectoryId: t.trajectory_id,
		code: t.gemeente_code,
		name: t.name,
		referenceYear: t.reference_year,
		// sum() of an INTEGER is a HUGEINT, which the wasm engine may hand over as a decimal object.
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
		findings: c.findings,
		respondents: c.respondents,
		quantifiers: c.quantifiers ?? [],
		researcherFindings: c.researcher_findings,
		assessments: c.assessments === null ? [] : fromBits(c.assessments, ASSESSMENT_BITS),
		subjectQuantifiers: c.subject_quantifiers ?? [],
		// Which lenses spoke; the per-lens words and step are the gemeente page's detail, not the comparison's.
		speakerNames: fromBits(c.speakers, SPEAKER_BITS)
	};
}

/** The values whose bits are set, in the order given (db/queries/compare.ts bitOf). */
function fromBits<T extends string>(bits: number, values: readonly T[]): T[] {
	return values.filter((_, i) => (bits & (2 ** i)) !== 0);
}
