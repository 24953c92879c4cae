/**
 * Rows for the chart snapshots, made the way the pages make them, so each snapshot is a worked example: Montfoort
 * (GM0335) from the shipped data through the gemeente page's and the deck's own pure functions, and a small
 * hand-made comparison of three trajectories through the real pair analysis and the comparison pages' views (those
 * pages read their rows from DuckDB, which these tests leave to tests/unit/db).
 */
import { DEFAULT_THRESHOLDS } from '../../../src/lib/analysis/classify';
import { pairGaps, type PairInputs } from '../../../src/lib/analysis/compare';
import { reclassify, referenceDependence } from '../../../src/lib/analysis/gap';
import { nl, type MessageKey } from '../../../src/lib/i18n/messages';
import { deckPage } from '../../../src/lib/server/deck';
import { gapPage } from '../../../src/lib/server/gap';
import type { Labels } from '../../../src/lib/views/compare';
import { deckStory, storyLabels } from '../../../src/lib/views/deckStory';
import { gapChartRows, heardBars } from '../../../src/lib/views/heard';

export const t = (key: MessageKey, params: Record<string, string | number> = {}) => nl[key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k]));

/** Montfoort's gemeente page as GapSection draws it on first visit: all gemeenten as reference, default thresholds. */
export function montfoortGapPage() {
	const gap = gapPage('GM0335')!;
	const rows = reclassify(gap.gap.all, DEFAULT_THRESHOLDS);
	const labels = storyLabels(gap, 'nl', t);
	const dependsOn = referenceDependence(rows, reclassify(gap.gap.peers, DEFAULT_THRESHOLDS));
	return {
		gap,
		rows,
		chartRows: gapChartRows(rows, { ...labels, lens: (id) => t(`lens.${labels.lens(id)}` as MessageKey), dependsOn }),
		options: { locale: 'nl' as const, high: DEFAULT_THRESHOLDS.high, xLabel: t('gap.x'), perceivedLabel: t('gap.perceived'), measuredLabel: t('gap.measured') }
	};
}

/** The heard slide of Montfoort's deck: its first six heard themes, as Deck.svelte draws them. */
export function montfoortHeardSlide() {
	const deck = deckPage('GM0335')!;
	const labels = storyLabels(deck.gap, 'nl', t);
	const story = deckStory(deck, labels, { happening: '', ask: '' });
	return {
		rows: heardBars(story.heard.slice(0, 6), labels),
		options: { locale: 'nl' as const, colour: '#d55e00', xLabel: t('deck.heard.x'), steps: [0, 1, 2, 3, 4, 5, 6].map((n) => t(`level.${n}` as MessageKey)) }
	};
}

const THEMES: Record<string, string> = { jeugd: 'Jeugdoverlast', drugs: 'Drugs', verkeer: 'Verkeersveiligheid', vertrouwen: 'Vertrouwen in en bereikbaarheid van de gemeente' };
export const compareLabels: Labels = { locale: 'nl', t, theme: (id) => THEMES[id] ?? id };

// Twelve gemeenten; Baarn, Montfoort and Lansingerland have trajectories. The values put pairs in three of the four
// regions (a blind spot too), and the counts give the matrix a withheld cell, a theme not studied and one only named.
const CODES = ['GM0308', 'GM0335', 'GM1621', 'GM0307', 'GM0310', 'GM0312', 'GM0313', 'GM0321', 'GM0327', 'GM0331', 'GM0340', 'GM0342'];
const VALUES: Record<string, number[]> = {
	overlast_jeugd: [2.1, 3.4, 9.8, 5, 6, 7, 8, 4, 3, 2, 1, 10],
	drugs: [9.5, 9.7, 5.5, 5, 6, 7, 8, 4, 3, 2, 1, 10],
	verkeer: [3.3, 9.9, 1.1, 5, 6, 7, 8, 4, 3, 2, 1, 10]
};

/** Three trajectories, four themes, all gemeenten as reference: the pairs the comparison pages draw. */
export function comparePairs() {
	const inputs: PairInputs = {
		trajectories: [
			{ trajectoryId: 'baarn', code: 'GM0308', name: 'Baarn', referenceYear: 2022, conversations: null, reconstructed: true },
			{ trajectoryId: 'montfoort', code: 'GM0335', name: 'Montfoort', referenceYear: 2022, conversations: 27, scope: new Set(['jeugd', 'drugs', 'verkeer', 'vertrouwen']) },
			{ trajectoryId: 'lansingerland', code: 'GM1621', name: 'Lansingerland', referenceYear: 2022, conversations: 12 }
		],
		counts: [
			{ trajectoryId: 'baarn', themeId: 'jeugd', findings: 3, respondents: 0, quantifiers: ['stuk voor stuk'] },
			{ trajectoryId: 'baarn', themeId: 'drugs', findings: 1, respondents: 0, quantifiers: [] },
			{ trajectoryId: 'montfoort', themeId: 'jeugd', findings: 14, respondents: 14, quantifiers: [] },
			{ trajectoryId: 'montfoort', themeId: 'vertrouwen', findings: 20, respondents: 20, quantifiers: [] },
			{ trajectoryId: 'montfoort', themeId: 'verkeer', findings: 2, respondents: 2, quantifiers: [] },
			{ trajectoryId: 'lansingerland', themeId: 'jeugd', findings: 8, respondents: 8, quantifiers: [] },
			{ trajectoryId: 'lansingerland', themeId: 'drugs', findings: 6, respondents: 6, quantifiers: [] }
		],
		themeIds: Object.keys(THEMES),
		links: [
			{ theme_id: 'jeugd', indicator_id: 'overlast_jeugd', role: 'primary' },
			{ theme_id: 'drugs', indicator_id: 'drugs', role: 'primary' },
			{ theme_id: 'verkeer', indicator_id: 'verkeer', role: 'primary' }
		],
		indicators: Object.keys(VALUES).map((id) => ({ indicator_id: id, direction: 'higher_worse' })),
		values: Object.entries(VALUES).flatMap(([id, vs]) => vs.map((value, i) => ({ indicator_id: id, area_code: CODES[i]!, period: 2022, value, status: null, boundary_year: 2025, source_id: 's' }))),
		referenceFor: () => new Set(CODES)
	};
	return { trajectories: inputs.trajectories, pairs: pairGaps(inputs, DEFAULT_THRESHOLDS) };
}
