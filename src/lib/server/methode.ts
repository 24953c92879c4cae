/**
 * The method page's worked examples and the theme ⇄ indicator table, computed at build time from the shipped tables:
 * the examples change when the data does, never typed in by hand.
 */
import { NEIGHBOUR_YEARS, robustDomain } from '$lib/analysis/outliers';
import { countIndicatorOf, mapOutliers } from '$lib/views/overview';
import { gapPage } from './gap';
import { readShippedTable } from './static';
import { themeNames } from './themes';

/** Youth nuisance in Montfoort: the case the gemeente itself compared with its figures (report §3). */
const GAP_EXAMPLE = { gemeente: 'GM0335', theme: 'jeugdoverlast' } as const;
const OUTLIER_INDICATOR = 'misdrijven_per_1000';

/**
 * The outlier rule's example, computed from the shipped crime figures of their latest year with the map's own
 * functions: the flagged gemeenten, and where the axis ends with and without them.
 */
function outlierExample() {
	const values = readShippedTable('indicator_values').filter((v) => v.indicator_id === OUTLIER_INDICATOR);
	if (values.length === 0) throw new Error(`methode: the outlier example needs values of ${OUTLIER_INDICATOR} in data/out/indicator_values.csv; there are none.`);
	const period = Math.max(...values.map((v) => v.period));
	const own = new Map(values.filter((v) => v.period === period).map((v) => [v.area_code, v.value]));
	const rows = readShippedTable('gemeenten').map((g) => ({ code: g.code, name: g.name, province: g.province, inhabitants: g.inhabitants, value: own.get(g.code) ?? null, status: null, source_id: null }));
	const countId = countIndicatorOf(OUTLIER_INDICATOR, 'per_1000')!;
	const counts = readShippedTable('indicator_values')
		.filter((v) => v.indicator_id === countId && Math.abs(v.period - period) <= NEIGHBOUR_YEARS && own.has(v.area_code))
		.map((v) => ({ code: v.area_code, period: v.period, value: v.value }));
	const flags = mapOutliers(rows, counts, { unit: 'per_1000', period, log: false });
	const known = rows.flatMap((r) => (r.value === null ? [] : [r.value]));
	return {
		period,
		flagged: [...flags.values()].map((f) => ({ ...f, name: rows.find((r) => r.code === f.code)!.name, value: own.get(f.code)! })),
		max: Math.max(...known),
		axisEnd: robustDomain(known)?.domain[1] ?? null,
		n: known.length
	};
}

/** The gap example: a crash here would name neither the gemeente nor the theme the page was built around. */
function gapExample() {
	const { gemeente, theme } = GAP_EXAMPLE;
	const page = gapPage(gemeente);
	if (!page) throw new Error(`methode: the worked example needs a trajectory of ${gemeente} in data/out/trajectories.csv; there is none.`);
	const row = page.gap.all.find((g) => g.themeId === theme);
	if (!row) throw new Error(`methode: the worked example needs theme ${theme} in the gap of ${gemeente}; it is not there (a theme is there when data/out/themes.csv has it and the trajectory raises it or theme_indicator_map.csv links it).`);
	return row;
}

export function methodePage() {
	const themes = themeNames();
	const indicators = new Map(readShippedTable('indicators').map((i) => [i.indicator_id, i.label_nl]));
	const links = readShippedTable('theme_indicator_map').map((l) => ({
		theme: themes[l.theme_id]?.nl ?? l.theme_id,
		indicator: indicators.get(l.indicator_id) ?? l.indicator_id,
		role: l.role ?? 'secondary',
		rationale: l.rationale_nl
	}));
	const mapped = new Set(readShippedTable('theme_indicator_map').filter((l) => l.role !== 'context').map((l) => l.theme_id));
	const unmapped = Object.entries(themes).filter(([id]) => !mapped.has(id)).map(([, label]) => label.nl);
	return { links, unmapped, example: gapExample(), exampleTheme: themes[GAP_EXAMPLE.theme]?.nl ?? GAP_EXAMPLE.theme, outliers: outlierExample() };
}
