import { resolve } from 'node:path';
import { expect, screenshot, test } from './support/guard';

const fixture = (p: string) => resolve('tests/fixtures/import', p);

test('a Veiligheidsmonitor-style export with margins (fixture, invented numbers) becomes a surveyed figure with its interval on the gemeente page, /kloof and the deck', async ({ guarded: page }) => {
	await page.goto('/data/');
	await expect(page.locator('tr[data-table="indicator_values"]')).toHaveAttribute('data-state', 'ready');

	// Only regions above the gemeente: said so, nothing imported.
	await page.locator('#import-indicator-file').setInputFiles(fixture('good/veiligheidsmonitor-alleen-regios.csv'));
	const indicatorImport = page.getByTestId('indicator-import');
	await page.getByTestId('import-preview').getByRole('button', { name: 'Importeren' }).click();
	await expect(indicatorImport.getByTestId('import-problems')).toContainText('regio, niet de gemeente');

	// Margins as columns, two measures: the first, linked to feeling unsafe.
	await page.locator('#import-indicator-file').setInputFiles(fixture('good/veiligheidsmonitor-marges-kolommen.csv'));
	const preview = page.getByTestId('import-preview');
	await expect(preview.getByTestId('survey-note')).toContainText('2 meetwaarde');
	await expect(preview.getByLabel('Soort cijfer')).toHaveValue('ervaren');
	await preview.getByLabel('Kolom met cijfers').selectOption('Voelt zich weleens onveilig in eigen buurt');
	await preview.getByLabel('Naam van de indicator').fill('Voelt zich weleens onveilig (VM, fixture)');
	await preview.getByLabel('Koppelen aan thema (optioneel)').selectOption('onveiligheidsgevoel');
	await screenshot(page, 'survey-preview');
	await preview.getByRole('button', { name: 'Importeren' }).click();
	await expect(indicatorImport.getByTestId('import-done')).toContainText('“Voelt zich weleens onveilig (VM, fixture)” geïmporteerd: 22 rijen');

	// The gemeente page: the surveyed lens, its interval, its position with the margin, and what it means with what was heard.
	await page.goto('/gemeente/GM0335/');
	const own = page.getByTestId('imported-values').locator('tr[data-lens="ervaren"]');
	await expect(own).toContainText('ervaren (enquête)');
	await expect(own.getByTestId('margin')).toContainText('33,5');
	await expect(own.getByTestId('margin-position')).toContainText('binnen de marge');
	await expect(own.getByTestId('imported-reading')).toContainText('breed ervaren, weinig gemeld');
	await own.scrollIntoViewIfNeeded();
	await screenshot(page, 'survey-gemeente');
	await page.getByTestId('imported-values').screenshot({ path: 'tests/e2e/screenshots/survey-gemeente-table.png' });

	// /kloof: Montfoort's feeling unsafe carries the survey figure's margin in its spread and tooltip data.
	await page.goto('/kloof/');
	await expect(page.getByTestId('chart-gap-scatter')).toHaveAttribute('data-state', 'ready');
	await expect(page.getByTestId('chart-gap-scatter').locator('table')).toContainText('Montfoort · Onveiligheidsgevoel');

	// The deck's figures slide shows the surveyed figure with its margin.
	await page.goto('/presentatie/GM0335/?dia=3');
	const slide = page.locator('section.slide.current');
	const ownFigure = slide.getByTestId('deck-own-figure');
	await expect(ownFigure).toContainText('Voelt zich weleens onveilig (VM, fixture) (2023, enquête)');
	// Its margin as a range of ranks, never a percentile.
	await expect(ownFigure).toContainText(/tussen \d+ en \d+ van de \d+ gemeenten deden het slechter/);
	await expect(slide).not.toContainText('%');
	await screenshot(page, 'survey-deck');
});
