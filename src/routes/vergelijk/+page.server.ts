import { programmeFindings } from '$lib/server/programme';
import { themeNames } from '$lib/server/themes';

export function load() {
	// Theme names are needed before DuckDB starts: the programme's conclusions are prerendered.
	return { programme: programmeFindings(), themes: themeNames() };
}
