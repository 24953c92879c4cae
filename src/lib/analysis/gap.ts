/**
 * One row per theme for a trajectory: what was heard, what the figures say, the class, and the trend of each
 * indicator. Pure: the caller supplies the rows (build time from the shipped files, or from DuckDB).
 */
import { classify, DEFAULT_THRESHOLDS, type Classification, type Thresholds } from './classify';
import { indicatorPosition, themeMeasured, type ThemeMeasured } from './measured';
import { conversationsHeld, perceivedShare, type Perceived } from './perceived';
import { trend, type Trend } from './trend';
import type { ConversationRow, FindingRow, IndicatorMeta, ValueRow } from './types';

export interface GapInputs {
	readonly code: string;
	readonly referenceYear: number | null;
	readonly findings: readonly FindingRow[];
	readonly conversations: readonly ConversationRow[];
	readonly themeIds: readonly string[];
	/** theme → indicator links. */
	readonly links: readonly { theme_id: string; indicator_id: string }[];
	readonly indicators: readonly IndicatorMeta[];
	/** Gemeente-level values of the linked indicators, every gemeente and period. */
	readonly values: readonly ValueRow[];
	readonly reference: ReadonlySet<string>;
}

export interface ThemeGap {
	readonly themeId: string;
	readonly perceived: Perceived;
	readonly measured: ThemeMeasured;
	readonly classification: Classification;
	readonly trends: Readonly<Record<string, Trend>>;
}

/** Themes shown for a trajectory: every theme raised in its findings, and every theme the figures can speak to. */
export function gapRows(input: GapInputs, thresholds: Thresholds = DEFAULT_THRESHOLDS): ThemeGap[] {
	const n = conversationsHeld(input.conversations);
	const raised = new Set(input.findings.map((f) => f.theme_id));
	const mapped = new Set(input.links.map((l) => l.theme_id));
	const directions = new Map(input.indicators.map((i) => [i.indicator_id, i.direction]));
	const byIndicator = new Map<string, ValueRow[]>();
	for (const v of input.values) {
		const list = byIndicator.get(v.indicator_id);
		if (list) list.push(v);
		else byIndicator.set(v.indicator_id, [v]);
	}

	return input.themeIds
		.filter((id) => raised.has(id) || mapped.has(id))
		.map((themeId) => {
			const indicatorIds = input.links.filter((l) => l.theme_id === themeId).map((l) => l.indicator_id);
			const positions = indicatorIds.map((id) =>
				indicatorPosition(id, directions.get(id) ?? 'neutral', input.code, byIndicator.get(id) ?? [], input.reference, input.referenceYear)
			);
			const perceived = perceivedShare(input.findings, themeId, n);
			const measured = themeMeasured(positions);
			const trends = Object.fromEntries(
				indicatorIds.map((id) => {
					const series = (byIndicator.get(id) ?? []).filter((v) => v.area_code === input.code);
					return [id, trend(series, directions.get(id) ?? 'neutral', input.referenceYear)];
				})
			);
			return { themeId, perceived, measured, classification: classify(perceived, measured, thresholds), trends };
		});
}

/** Re-classify without recomputing: thresholds change on screen, the shares and percentiles do not. */
export function reclassify(rows: readonly ThemeGap[], thresholds: Thresholds): ThemeGap[] {
	return rows.map((r) => ({ ...r, classification: classify(r.perceived, r.measured, thresholds) }));
}
