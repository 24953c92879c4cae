import { resolve } from 'node:path';
import { expect, screenshot, test } from './support/guard';

const fixture = (p: string) => resolve('tests/fixtures/import', p);

test('a StatLine download and a coded-findings export go in as a user would; bad files change nothing; reloads keep all', async ({ guarded: page, context }) => {
	// A long walk through every view, with two imports and an offline reload.
	test.setTimeout(120_000);
	await page.goto('/data/');
	const values = page.locator('tr[data-table="indicator_values"]');
	await expect(values).toHaveAttribute('data-state', 'ready');
	const before = (await values.locator('td').nth(1).textContent())!.trim();
	expect(before).toBe('70.904');

	// 1. The StatLine export, unchanged: Windows-1252, title lines, a header of four rows, a footer.
	await page.locator('#import-indicator-file').setInputFiles(fixture('good/statline-kerncijfers-cp1252.csv'));
	const preview = page.getByTestId('import-preview');
	await expect(preview).toContainText('StatLine-export, tekenset windows-1252');
	await expect(preview).toContainText('Regionale kerncijfers Nederland');
	await preview.getByLabel('Kolom met cijfers').selectOption('Veiligheid – Geregistreerde misdrijven – per 1 000 inwoners');
	await preview.getByLabel('Naam van de indicator').fill('Misdrijven (StatLine-download)');
	await preview.getByLabel('Eenheid').selectOption('per_1000');
	await preview.getByLabel('Koppelen aan thema (optioneel)').selectOption('jeugdoverlast');
	await screenshot(page, 'import-preview');
	await preview.getByRole('button', { name: 'Importeren' }).click();
	const done = page.getByTestId('indicator-import').getByTestId('import-done');
	await expect(done).toContainText('“Misdrijven (StatLine-download)” geïmporteerd: 5 rijen');
	await expect(done.getByTestId('set-aside')).toContainText('Nederland; Noord-Nederland (LD); Groningen (PV); Politie Midden-Nederland (RE)');
	await expect(done.getByTestId('set-aside')).toContainText('Appingedam');
	await expect(values.locator('td').nth(1)).toHaveText('70.909');

	// 2. Bad files are refused with the row and column, and change nothing.
	await page.locator('#import-indicator-file').setInputFiles(fixture('bad/excel-renamed.csv'));
	const indicatorImport = page.getByTestId('indicator-import');
	await expect(indicatorImport.getByTestId('import-problems')).toContainText('Excel-werkmap');
	await page.locator('#import-indicator-file').setInputFiles(fixture('bad/text-in-number.csv'));
	await page.getByTestId('import-preview').getByRole('button', { name: 'Importeren' }).click();
	await expect(indicatorImport.getByTestId('import-problems')).toContainText('Rij 3, kolom "waarde": "veel" is geen getal');
	await expect(values.locator('td').nth(1)).toHaveText('70.909');

	// 3. Coded findings: an e-mail address in a segment is refused with its row; a clean export goes in.
	await page.locator('#import-findings-file').setInputFiles(fixture('bad/findings-email.csv'));
	const findingsImport = page.getByTestId('findings-import');
	await expect(findingsImport.getByTestId('import-problems')).toContainText('Rij 3, kolom "Segment": Bevat een e-mailadres');
	await page.locator('#import-findings-file').setInputFiles(fixture('good/maxqda-segmenten.csv'));
	const form = page.getByTestId('findings-form');
	await expect(form).toContainText('6 documenten, 4 codes, 8 fragmenten');
	await form.getByLabel('Gemeente', { exact: true }).selectOption('GM0513');
	await form.getByLabel('Titel', { exact: true }).fill('Gouda: jeugd in Korte Akkeren');
	await form.getByLabel('Begin (jaar of jaar-maand)').fill('2025-03');
	// "Interview 01" says nobody's group: the form asks rather than assume residents.
	await expect(form.getByTestId('conversation-preview')).toContainText('6 document(en) nog zonder groep');
	await form.getByTestId('document-groups').getByRole('combobox', { name: 'zonder documentgroep' }).selectOption('inwoner');
	await expect(form.getByTestId('conversation-preview')).toContainText('inwoner (inwoners): 6 gesprekken');
	await expect(form.getByRole('combobox', { name: 'Jeugdoverlast', exact: true })).toHaveValue('jeugdoverlast');
	// Each code says whether it counts who raised a theme or whom it concerns; the question's themes are proposed.
	await expect(form.getByTestId('code-about').first()).toHaveValue('respondents');
	await expect(form.getByTestId('scope').getByLabel('Jeugdoverlast')).toBeChecked();
	await form.getByRole('button', { name: 'Importeren' }).click();
	await expect(findingsImport.getByTestId('import-done')).toContainText('“Gouda: jeugd in Korte Akkeren” geïmporteerd');
	await expect(page.getByTestId('import-list').locator('tbody tr')).toHaveCount(2);
	await screenshot(page, 'import-list');

	// 4. They flow into every view: the map, the comparison, the explorer, the gemeente pages.
	await page.goto('/vergelijk/');
	await expect(page.getByTestId('chart-theme-matrix').locator('svg')).toContainText('Gouda (n = 6)');
	await page.goto('/kloof/');
	await expect(page.getByTestId('chart-gap-scatter').locator('table')).toContainText('Gouda · Jeugdoverlast');
	await page.goto('/?indicator=eigen_misdrijven_statline_download');
	await expect(page.getByTestId('chart-map').locator('h2')).toHaveText('Misdrijven (StatLine-download), 2022');
	await expect(page.getByTestId('chart-map-summary')).toContainText('5 van de 342 gemeenten');
	await page.goto('/gemeente/GM0308/');
	await expect(page.getByTestId('imported-values')).toContainText('Misdrijven (StatLine-download)');
	await expect(page.getByTestId('imported-values')).toContainText('41,2');
	await page.goto('/gemeente/GM0513/');
	await expect(page.locator('#traject-title')).toContainText('Gouda: jeugd in Korte Akkeren');
	await expect(page.getByTestId('gap-table').locator('tr[data-theme="jeugdoverlast"]')).toContainText('5 van 6 gesprekken');
	await screenshot(page, 'import-gemeente-gouda');

	// 5. A reload, and a reload without network, lose nothing.
	await page.goto('/data/');
	await page.reload();
	await expect(page.getByTestId('import-list').locator('tbody tr')).toHaveCount(2);
	await expect(values.locator('td').nth(1)).toHaveText('70.909');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
	});
	await context.setOffline(true);
	await page.goto('/vergelijk/');
	await expect(page.getByTestId('chart-theme-matrix').locator('svg')).toContainText('Gouda (n = 6)');
	await context.setOffline(false);

	// 6. Removing an import takes its rows out again.
	await page.goto('/data/');
	await page.getByRole('button', { name: 'Verwijder de import statline-kerncijfers-cp1252.csv' }).click();
	await expect(page.getByTestId('import-list').locator('tbody tr')).toHaveCount(1);
	await expect(values.locator('td').nth(1)).toHaveText('70.904');
});

test('the SQL console answers reading queries and refuses writing ones; tables export as CSV', async ({ guarded: page }) => {
	await page.goto('/data/');
	const input = page.getByLabel('Zoekopdracht (SQL)');
	await input.fill('SELECT count(*) AS n FROM gemeenten');
	await page.getByRole('button', { name: 'Uitvoeren' }).click();
	await expect(page.getByTestId('sql-result')).toContainText('342');
	await input.fill('DROP TABLE gemeenten');
	await page.getByRole('button', { name: 'Uitvoeren' }).click();
	await expect(page.getByTestId('sql-error')).toContainText('Alleen lezen');
	await input.fill('SELECT count(*) AS n FROM gemeenten');
	await page.getByRole('button', { name: 'Uitvoeren' }).click();
	await expect(page.getByTestId('sql-result')).toContainText('342');

	const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download themes als CSV (CSV (Excel NL))' }).click()]);
	const text = await (await import('node:fs/promises')).readFile((await csv.path())!, 'utf8');
	expect(text.startsWith('\ufefftheme_id;label_nl;')).toBe(true);
});
