/** The rows the analysis reads: plain objects as the shipped tables (data/SCHEMA.md) or DuckDB queries give them. */
export type Direction = 'higher_worse' | 'lower_worse' | 'neutral';
export type Stance = 'problem' | 'strength' | 'solution';

export interface FindingRow {
	readonly finding_id: string;
	readonly trajectory_id: string;
	readonly theme_id: string;
	readonly stance: Stance | string;
	readonly respondent_group: string | null;
	/** Who says it (perceived.ts SPEAKERS); derived from the group where an import does not say. */
	readonly speaker?: string | null;
	readonly respondent_id: string | null;
	/** How many of the people speaking said it, in the report's word. */
	readonly quantifier: string | null;
	/** How many people it concerns, in the report's words: shown, never read as a share. */
	readonly subject_quantifier?: string | null;
	readonly researcher_assessment?: string | null;
	readonly paraphrase_nl: string;
	/** A few verbatim words from the cited passage. */
	readonly anchor?: string | null;
	readonly source_ref: string | null;
}

export interface ConversationRow {
	readonly trajectory_id: string;
	readonly respondent_group: string;
	readonly n_conversations: number | null;
	readonly quantifier: string | null;
}

export interface ValueRow {
	readonly indicator_id: string;
	readonly area_code: string;
	readonly period: number;
	readonly value: number;
	readonly status: string | null;
	readonly boundary_year: number;
	readonly source_id: string;
}

export interface IndicatorMeta {
	readonly indicator_id: string;
	readonly direction: Direction | string;
}
