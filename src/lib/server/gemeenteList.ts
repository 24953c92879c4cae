import type { Searchable } from '$lib/schema/search';
import { readShippedTable } from './static';

export interface GemeenteListItem extends Searchable {
	readonly province: string;
	readonly hasTrajectory: boolean;
}

/** The 2025 gemeenten with every other name form the sources use, for search and lists (build time). */
export function gemeenteList(): GemeenteListItem[] {
	const forms = new Map<string, Set<string>>();
	for (const row of readShippedTable('area_names')) {
		const code = row.code as string | null;
		if (!code) continue;
		if (!forms.has(code)) forms.set(code, new Set());
		forms.get(code)!.add((row.name_form as string).replace(/\s*\(gemeente\)\s*$/i, ''));
	}
	const withTrajectory = new Set(readShippedTable('trajectories').map((t) => t.gemeente_code as string));
	return readShippedTable('gemeenten')
		.map((g) => {
			const name = g.name as string;
			const others = [...(forms.get(g.code as string) ?? [])].filter((f) => f !== name).sort();
			return {
				code: g.code as string,
				name,
				province: g.province as string,
				forms: others,
				hasTrajectory: withTrajectory.has(g.code as string)
			};
		})
		.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
