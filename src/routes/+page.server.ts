import { readShippedTable } from '$lib/data/static.server';

export function load() {
	const gemeenten = readShippedTable('gemeenten');
	const provinces = new Set(gemeenten.map((g) => g.province as string));
	const trajectories = readShippedTable('trajectories').map((t) => ({
		code: t.gemeente_code as string,
		title: t.title as string
	}));
	return {
		summary: {
			gemeenten: gemeenten.length,
			provinces: provinces.size,
			inhabitants: gemeenten.reduce((sum, g) => sum + ((g.inhabitants as number | null) ?? 0), 0)
		},
		provinces: [...provinces].sort((a, b) => a.localeCompare(b, 'nl')),
		trajectories
	};
}
