import { resolve } from 'node:path';
import { expect, screenshot, test } from './support/guard';

// Synthetic, in the shape of a StatLine download of 47013NED (counts for 2023 and 2024, title stamped 2026).
const FIXTURE = resolve('tests/fixtures/import/good/synthetisch-statline-misdrijven-2023-2024.csv');

test('imported figures: a name without the download year, a count per 1.000 inwoners with the population year said, a further year of an indicator Kloofmeter has', async ({ guarded: page }) => {
	await page.goto('/data/');
	await expect(page.locator('tr[data-table="indicator_values"]')).toHaveAttribute('data-state', 'ready');
	const file = page.locator('#import-indicator-file');
	const preview = page.getByTestId('import-preview');

	// 1. As a new indicator, with its rate per 1.000 inwoners where Kloofmeter has that year's population.
	await file.setInputFiles(FIXTURE);
	await expect(preview.getByLabel('Naam van de indicator')).toHaveValue('Geregistreerde misdrijven en aangiften; soort misdrijf, gemeente');
	await preview.getByLabel('Eenheid').selectOption('count');
	const rate = preview.getByTestId('per-thousand');
	await expect(rate).toContainText('Met het aantal inwoners op 1 januari van hetzelfde jaar: 2024.');
	await expect(rate).toContainText('Niet voor 2023: daarvan heeft Kloofmeter geen inwonertal (wel van 2019, 2021, 2024).');
	await preview.getByLabel('Naam van de indicator').fill('Misdrijven (synthetisch)');
	await rate.getByLabel('Ook per 1.000 inwoners tonen').check();
	await screenshot(page, 'import-figures-form');
	await preview.getByRole('button', { name: 'Importeren' }).click();
	const done = page.getByTestId('indicator-import').getByTestId('import-done');
	await expect(done).toContainText('“Misdrijven (synthetisch)” geïmporteerd: 9 rijen');
	await expect(done.getByTestId('import-notes')).toContainText('1 januari van hetzelfde jaar (CBS Kerncijfers wijken en buurten): 2024.');
	await expect(done.getByTestId('import-notes')).toContainText('Voor 2023 heeft Kloofmeter geen inwonertal');

	// 2. The same file as a further year of "Geregistreerde misdrijven": 2023 is Kloofmeter's own and is set aside.
	await file.setInputFiles(FIXTURE);
	await preview.getByLabel('Nieuw jaar van (optioneel)').selectOption('misdrijven_totaal');
	await expect(preview.getByTestId('extends-note')).toContainText('De cijfers komen bij “Geregistreerde misdrijven” als jaar 2023, 2024');
	await expect(preview.getByLabel('Naam van de indicator')).toHaveCount(0);
	await preview.getByRole('button', { name: 'Importeren' }).click();
	await expect(done).toContainText('geïmporteerd: 3 rijen');
	await expect(done.getByTestId('set-aside')).toContainText('3 × al in Kloofmeter (zelfde indicator, gemeente en jaar)');
	await expect(page.getByTestId('import-list')).not.toContainText('import_');
	await screenshot(page, 'import-figures-done');

	// The further year is the same indicator on the map, and the gemeente page lists it with its own source.
	await page.goto('/?indicator=misdrijven_totaal&periode=2024');
	await expect(page.getByTestId('chart-map').locator('h2')).toHaveText('Geregistreerde misdrijven, 2024');
	await expect(page.getByTestId('chart-map-summary')).toContainText('3 van de 342 gemeenten');
	await page.goto('/?indicator=eigen_misdrijven_synthetisch_per_1_000_inwoners');
	await expect(page.getByTestId('chart-map').locator('h2')).toHaveText('Misdrijven (synthetisch) per 1.000 inwoners, 2024');
	await page.goto('/gemeente/GM0301/');
	const own = page.getByTestId('imported-values');
	const further = own.locator('tr[data-indicator="misdrijven_totaal"]');
	await expect(further).toContainText('2024');
	await expect(further).toContainText('2.950');
	await expect(further).toContainText('Geregistreerde misdrijven en aangiften; soort misdrijf, gemeente 2026');
	// 2.950 offences over 48.752 inhabitants on 1 January 2024.
	await expect(own.locator('tr[data-indicator="eigen_misdrijven_synthetisch_per_1_000_inwoners"]')).toContainText('60,5');
	await expect(own).not.toContainText('import_');
	await screenshot(page, 'import-figures-gemeente');
});
