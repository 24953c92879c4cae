/** Everything the overview prerenders (build time): the counts it opens with, the map's default view, the front story. */
import { frontPage } from './front';
import { gemeenteList } from './gemeenteList';
import { defaultMap } from './overviewMap';
import { readShippedTable } from './static';

export function overviewPage() {
	const gemeenten = readShippedTable('gemeenten');
	const provinces = new Set(gemeenten.map((g) => g.province));
	return {
		summary: {
			gemeenten: gemeenten.length,
			provinces: provinces.size,
			inhabitants: gemeenten.reduce((sum, g) => sum + (g.inhabitants ?? 0), 0),
			indicators: readShippedTable('indicators').length,
			values: readShippedTable('indicator_values').length,
			trajectories: readShippedTable('trajectories').length,
			findings: readShippedTable('findings').length,
			themes: readShippedTable('themes').length
		},
		provinces: [...provinces].sort((a, b) => a.localeCompare(b, 'nl')),
		trajectoryCodes: readShippedTable('trajectories').map((t) => t.gemeente_code),
		search: gemeenteList().map(({ code, name, forms }) => ({ code, name, forms })),
		map: defaultMap(),
		front: frontPage(),
		sources: Object.fromEntries(readShippedTable('sources').map((s) => [s.source_id, `${s.publisher}, ${s.title}`]))
	};
}
