import { programmeFindings } from '$lib/server/programme';
import { readShippedTable } from '$lib/server/static';

export function load() {
	// Theme names are needed before DuckDB starts: the programme's conclusions are prerendered.
	const themes = Object.fromEntries(readShippedTable('themes').map((th) => [String(th.theme_id), { nl: String(th.label_nl), en: String(th.label_en) }]));
	return { programme: programmeFindings(), themes };
}
