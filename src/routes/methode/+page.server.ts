import { gapPage } from '$lib/data/gap.server';
import { readShippedTable } from '$lib/data/static.server';

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
	return { links, unmapped, example: montfoort, exampleTheme: themes.get('jeugdoverlast') ?? 'jeugdoverlast' };
}
