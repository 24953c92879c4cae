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
		const code = row.code;
		if (!code) continue;
		if (!forms.has(code)) forms.set(code, new Set());
		forms.get(code)!.add(row.name_form.replace(/\s*\(gemeente\)\s*$/i, ''));
	}
	const withTrajectory = new Set(readShippedTable('trajectories').map((t) => t.gemeente_code));
	return readShippedTable('gemeenten')
		.map((g) => {
			const name = g.name;
			const others = [...(forms.get(g.code) ?? [])].filter((f) => f !== name).sort();
			return { code: g.code, name, province: g.province, forms: others, hasTrajectory: withTrajectory.has(g.code) };
		})
		.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
