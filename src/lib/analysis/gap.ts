/**
 * One row per theme for a trajectory: what was heard (by whom, how widely, in the report's words), what the primary
 * figure says with the others beside it, the class, and the trend of each indicator. Pure: the caller supplies the
 * rows (build time from the shipped files, or from DuckDB).
 */
import { classify, DEFAULT_THRESHOLDS, type Classification, type GapClass, type Thresholds } from './classify';
import { indicatorPosition, rolePositions, themeMeasured, type ThemeLink, type ThemeMeasured } from './measured';
import { perceivedShare, type Perceived } from './perceived';
import { COUNT_OF, lastCountChange, trend, type CountChange, type Trend } from './trend';
import type { ConversationRow, FindingRow, IndicatorMeta, ValueRow } from './types';

export interface GapInputs {
	readonly code: string;
	readonly referenceYear: number | null;
	readonly findings: readonly FindingRow[];
	readonly conversations: readonly ConversationRow[];
	/**
	 * Conversations a share may be taken of: the count for a trajectory coded from its own conversations, null for
	 * one reconstructed from a report (whose "een bewoner" is not known to be one of its counted conversations).
	 */
	readonly countedConversations: number | null;
	/** The themes the trajectory's question covered; null when not recorded (then only raised themes count as asked). */
	readonly scope: ReadonlySet<string> | null;
	/** False when the only source is a summary or an article: its silence on a theme is not "not raised". */
	readonly sourceComplete?: boolean;
	readonly themeIds: readonly string[];
	readonly links: readonly ThemeLink[];
	readonly indicators: readonly IndicatorMeta[];
	/** Gemeente-level values of the linked indicators, every gemeente and period. */
	readonly values: readonly ValueRow[];
	readonly reference: ReadonlySet<string>;
}

export interface ThemeGap {
	readonly themeId: string;
	readonly inScope: boolean;
	readonly sourceComplete: boolean;
	readonly perceived: Perceived;
	readonly measured: ThemeMeasured;
	readonly classification: Classification;
	readonly trends: Readonly<Record<string, Trend>>;
	/** For rates with counts beside them: the last change in the count, and whether it is within chance. */
	readonly changes: Readonly<Record<string, CountChange>>;
	/** Sources of each indicator's series inside the trend window, in order of first year: more than one is a change of source. */
	readonly trendSources: Readonly<Record<string, readonly string[]>>;
	/** Every year of each linked indicator for this gemeente, for the trend charts. */
	readonly series: Readonly<Record<string, readonly { period: number; value: number }[]>>;
}

export function inScope(scope: ReadonlySet<string> | null, themeId: string, raised: boolean): boolean {
	return scope === null ? raised : scope.has(themeId);
}

/** Themes shown for a trajectory: every theme raised, every theme its question covered, every theme with a figure. */
export function gapRows(input: GapInputs, thresholds: Thresholds = DEFAULT_THRESHOLDS): ThemeGap[] {
	const raised = new Set(input.findings.filter((f) => f.stance === 'problem').map((f) => f.theme_id));
	const mapped = new Set(input.links.map((l) => l.theme_id));
	const directions = new Map(input.indicators.map((i) => [i.indicator_id, i.direction]));
	const byIndicator = new Map<string, ValueRow[]>();
	for (const v of input.values) {
		const list = byIndicator.get(v.indicator_id);
		if (list) list.push(v);
		else byIndicator.set(v.indicator_id, [v]);
	}

	return input.themeIds
		.filter((id) => raised.has(id) || mapped.has(id) || input.scope?.has(id))
		.map((themeId) => {
			const links = input.links.filter((l) => l.theme_id === themeId);
			const positions = rolePositions(links, (id, asContext) =>
				indicatorPosition(id, asContext ? 'neutral' : (directions.get(id) ?? 'neutral'), input.code, byIndicator.get(id) ?? [], input.reference, input.referenceYear)
			);
			const perceived = perceivedShare(input.findings, themeId, input.countedConversations);
			const measured = themeMeasured(positions);
			const trends = Object.fromEntries(
				links.map((l) => {
					const series = (byIndicator.get(l.indicator_id) ?? []).filter((v) => v.area_code === input.code);
					return [l.indicator_id, trend(series, directions.get(l.indicator_id) ?? 'neutral', input.referenceYear)];
				})
			);
			const asked = inScope(input.scope, themeId, perceived.raised);
			const changes: Record<string, CountChange> = {};
			for (const p of measured.positions) {
				const countId = COUNT_OF[p.indicatorId];
				const counts = countId ? (byIndicator.get(countId) ?? []).filter((v) => v.area_code === input.code) : [];
				const change = lastCountChange(counts, p.period);
				if (change) changes[p.indicatorId] = change;
			}
			const series = Object.fromEntries(
				links.map((l) => [
					l.indicator_id,
					(byIndicator.get(l.indicator_id) ?? [])
						.filter((v) => v.area_code === input.code)
						.map((v) => ({ period: v.period, value: v.value }))
						.sort((a, b) => a.period - b.period)
				])
			);
			const trendSources = Object.fromEntries(
				links.map((l) => {
					const tr = trends[l.indicator_id];
					const inWindow = (byIndicator.get(l.indicator_id) ?? [])
						.filter((v) => v.area_code === input.code && tr?.from !== null && tr?.to !== null && v.period >= tr!.from! && v.period <= tr!.to!)
						.sort((a, b) => a.period - b.period);
					return [l.indicator_id, [...new Set(inWindow.map((v) => v.source_id))]];
				})
			);
			const complete = input.sourceComplete ?? true;
			return {
				themeId,
				inScope: asked,
				sourceComplete: complete,
				perceived,
				measured,
				classification: classify(perceived, measured, thresholds, asked, complete),
				trends,
				trendSources,
				changes,
				series
			};
		});
}

/** Re-classify without recomputing: thresholds change on screen, the readings and percentiles do not. */
export function reclassify(rows: readonly ThemeGap[], thresholds: Thresholds): ThemeGap[] {
	return rows.map((r) => ({ ...r, classification: classify(r.perceived, r.measured, thresholds, r.inScope, r.sourceComplete) }));
}

/**
 * Where the class depends on the reference set: theme → the class under the other set. A class that a radio button
 * can flip is shown as "hangt af van de vergelijkingsgroep", with both, never as a finding on its own.
 */
export function referenceDependence(shown: readonly ThemeGap[], other: readonly ThemeGap[]): Map<string, GapClass> {
	const otherClass = new Map(other.map((r) => [r.themeId, r.classification.gapClass]));
	const out = new Map<string, GapClass>();
	for (const r of shown) {
		const o = otherClass.get(r.themeId);
		if (o !== undefined && o !== r.classification.gapClass) out.set(r.themeId, o);
	}
	return out;
}
