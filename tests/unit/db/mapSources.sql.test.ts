/**
 * The map's caption names an imported figure's source as the user gave it (the file's title and name), never by the
 * id Kloofmeter keeps it under; shipped sources keep their prerendered publisher and title.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { mapSourceRows, mapValues, type MapSourceRow, type MapValueRow } from '../../../src/lib/db/queries/overview';
import { mapSources } from '../../../src/lib/views/overview';
import { importedValues, type ImportedValueRow } from '../../../src/lib/db/queries/compare';
import { rowsOf, shippedConnection } from '../support/duckdbNode';

let conn: DuckDBConnection;
beforeAll(async () => {
	conn = await shippedConnection(['gemeenten', 'indicators', 'indicator_values', 'indicator_margins', 'theme_indicator_map', 'sources']);
	await conn.run(
		"INSERT INTO sources VALUES ('import_imp1', 'Eigen import', NULL, 'Geregistreerde misdrijven en aangiften; soort misdrijf, gemeente 2026', NULL, NULL, 'misdrijven-download.csv', NULL)"
	);
	await conn.run("INSERT INTO indicator_values VALUES ('misdrijven_totaal', 'GM0301', 2024, 2950, NULL, 2025, 'import_imp1'), ('misdrijven_totaal', 'GM0308', 2024, 1100, NULL, 2025, 'import_imp1')");
});
afterAll(() => conn?.closeSync());

describe('the map caption’s sources', () => {
	it('an imported year names the file’s title and name', async () => {
		const rows = await rowsOf<MapValueRow>(conn, mapValues('misdrijven_totaal', 2024));
		const sources = await rowsOf<MapSourceRow>(conn, mapSourceRows('misdrijven_totaal', 2024));
		const line = mapSources(rows, { politie_47013ned: 'Politie, Geregistreerde misdrijven' }, sources);
		expect(line).toBe('Geregistreerde misdrijven en aangiften; soort misdrijf, gemeente 2026 (eigen import, misdrijven-download.csv)');
		expect(line).not.toContain('import_');
		expect(mapSources(rows, {}, sources, 'en')).toContain('(own import, misdrijven-download.csv)');
	});
	it('a shipped year keeps the prerendered label', async () => {
		const rows = await rowsOf<MapValueRow>(conn, mapValues('misdrijven_totaal', 2023));
		const sources = await rowsOf<MapSourceRow>(conn, mapSourceRows('misdrijven_totaal', 2023));
		expect(mapSources(rows, { politie_47013ned: 'Politie, Geregistreerde misdrijven' }, sources)).toBe('Politie, Geregistreerde misdrijven');
	});
});

describe('the gemeente page’s own figures', () => {
	it('name an imported year’s source by its title and file, beside the indicator it continues', async () => {
		const rows = await rowsOf<ImportedValueRow>(conn, importedValues('GM0301'));
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ indicator_id: 'misdrijven_totaal', period: 2024, value: 2950, source: 'Geregistreerde misdrijven en aangiften; soort misdrijf, gemeente 2026 (misdrijven-download.csv)' });
	});
});
