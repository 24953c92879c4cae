import { gemeenteList } from '$lib/data/gemeenteList.server';
import { readShippedTable } from '$lib/data/static.server';

export function load() {
	const gemeenten = readShippedTable('gemeenten');
	const provinces = new Set(gemeenten.map((g) => g.province as string));
	return {
		summary: {
			gemeenten: gemeenten.length,
			provinces: provinces.size,
			inhabitants: gemeenten.reduce((sum, g) => sum + ((g.inhabitants as number | null) ?? 0), 0),
			indicators: readShippedTable('indicators').length,
			values: readShippedTable('indicator_values').length,
			trajectories: readShippedTable('trajectories').length,
			findings: readShippedTable('findings').length,
			themes: readShippedTable('themes').length
		},
		provinces: [...provinces].sort((a, b) => a.localeCompare(b, 'nl')),
		trajectoryCodes: readShippedTable('trajectories').map((t) => t.gemeente_code as string),
		search: gemeenteList().map(({ code, name, forms }) => ({ code, name, forms })),
		sources: Object.fromEntries(readShippedTable('sources').map((s) => [String(s.source_id), `${String(s.publisher)}, ${String(s.title)}`]))
	};
}
