import { readShippedTable } from '$lib/server/static';

export function load() {
	const names = new Map(readShippedTable('gemeenten').map((g) => [String(g.code), String(g.name)]));
	return {
		decks: readShippedTable('trajectories')
			.map((t) => ({ code: String(t.gemeente_code), name: names.get(String(t.gemeente_code)) ?? String(t.gemeente_code), title: String(t.title) }))
			.sort((a, b) => a.name.localeCompare(b.name, 'nl'))
	};
}
