import { readShippedTable } from './static';

/** Every theme's label in both languages, by theme id, for pages that name themes before DuckDB starts. */
export function themeNames(): Record<string, { nl: string; en: string }> {
	return Object.fromEntries(readShippedTable('themes').map((th) => [th.theme_id, { nl: th.label_nl, en: th.label_en }]));
}
