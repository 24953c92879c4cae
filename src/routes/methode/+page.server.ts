import { NEIGHBOUR_YEARS, robustDomain } from '$lib/analysis/outliers';
import { gapPage } from '$lib/server/gap';
import { readShippedTable } from '$lib/server/static';
import { countIndicatorOf, mapOutliers } from '$lib/views/overview';

/**
 * The outlier rule's example, computed from the shipped crime figures of their latest year with the map's own
 * functions: the flagged gemeenten, and where the axis ends with and without them.
 */
function outlierExample() {
	const id = 'misdrijven_per_1000';
	const values = readShippedTable('indicator_values');
	const period = Math.max(...values.filter((v) => v.indicator_id === id).map((v) => v.period as number));
	const own = new Map(values.filter((v) => v.indicator_id === id && v.period === period).map((v) => [String(v.area_code), v.value as number]));
	const rows = readShippedTable('gemeenten').map((g) => ({ code: String(g.code), name: String(g.name), province: String(g.province), inhabitants: (g.inhabitants as number | null) ?? null, value: own.get(String(g.code)) ?? null, status: null, source_id: null }));
	const countId = countIndicatorOf(id, 'per_1000')!;
	const counts = values
		.filter((v) => v.indicator_id === countId && Math.abs((v.period as number) - period) <= NEIGHBOUR_YEARS && own.has(String(v.area_code)))
		.map((v) => ({ code: String(v.area_code), period: v.period as number, value: v.value as number }));
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

export function load() {
	const themes = new Map(readShippedTable('themes').map((t) => [String(t.theme_id), String(t.label_nl)]));
	const indicators = new Map(readShippedTable('indicators').map((i) => [String(i.indicator_id), String(i.label_nl)]));
	const links = readShippedTable('theme_indicator_map').map((l) => ({
		theme: themes.get(String(l.theme_id)) ?? String(l.theme_id),
		indicator: indicators.get(String(l.indicator_id)) ?? String(l.indicator_id),
		role: String(l.role ?? 'secondary'),
		rationale: String(l.rationale_nl)
	}));
	const mapped = new Set(readShippedTable('theme_indicator_map').filter((l) => l.role !== 'context').map((l) => String(l.theme_id)));
	const unmapped = [...themes].filter(([id]) => !mapped.has(id)).map(([, label]) => label);
	// The worked example is computed, not typed: it changes when the data does. Youth nuisance in Montfoort is the
	// case the gemeente itself compared with its figures (report §3).
	const montfoort = gapPage('GM0335')!.gap.all.find((g) => g.themeId === 'jeugdoverlast')!;
	return { links, unmapped, example: montfoort, exampleTheme: themes.get('jeugdoverlast') ?? 'jeugdoverlast', outliers: outlierExample() };
}
