import { expect, screenshot, test } from './support/guard';

test('a gemeente page shows its measured profile with the source of every number', async ({ guarded: page }) => {
	await page.goto('/gemeente/GM0335/');
	await expect(page.locator('h1')).toContainText('Montfoort');
	const crime = page.locator('tr[data-indicator="misdrijven_per_1000"]');
	await expect(crime).toContainText('26,9');
	await expect(crime).toContainText('2023');

	await crime.getByRole('button', { name: /Herkomst van/ }).click();
	const popover = page.getByRole('dialog', { name: /Geregistreerde misdrijven per 1\.000/ });
	await expect(popover).toBeVisible();
	await expect(popover).toContainText('Politie');
	await expect(popover).toContainText('voorlopig');
	await screenshot(page, 'gemeente-provenance');
	await page.keyboard.press('Escape');
	await expect(popover).toBeHidden();
});

test('an unknown gemeente code gets a helpful page', async ({ page }) => {
	const response = await page.goto('/gemeente/GM9999/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('link', { name: 'Alle gemeenten' })).toBeVisible();
});

test('Montfoort: what the report heard, by whom, beside the primary figure; the class followed to its passages; thresholds in the URL', async ({ guarded: page }) => {
	await page.goto('/gemeente/GM0335/');
	await expect(page.getByTestId('conversation-groups')).toContainText('27');
	// k = 5 for Kloofmeter's own table: the initiators (3), the school (1) and the administrators (2) are not shown apart
	// there; the report's own count is quoted as the report's, with the residents apart from the professionals.
	await expect(page.getByTestId('conversation-groups')).not.toContainText('initiatiefnemer');
	await expect(page.getByTestId('traject-by-speaker')).toContainText('27 personen, van wie 3 inwoners');
	await expect(page.getByTestId('traject-aanleiding')).toContainText('Hofland');
	await expect(page.getByTestId('traject-vergelijking')).toContainText(/Leefbaarheidsmonitor/i);
	await expect(page.getByTestId('traject-opvolging')).toContainText('gebiedsmanager');
	await expect(page.getByTestId('traject-wijk')).toContainText('niet met zekerheid aan een wijkcode te koppelen');

	const table = page.getByTestId('gap-table');
	const trust = table.locator('tr[data-theme="vertrouwen_gemeente"]');
	await expect(trust).toHaveAttribute('data-class', 'no_measurement');
	await expect(trust).toContainText('rode draad');
	await expect(trust).toContainText('Gehoord, geen cijfers beschikbaar');
	await expect(trust.getByTestId('researchers-lens')).toContainText('de kern van de zaak');
	// Polarisation, the college's first concern, is heard; words, never a percentage.
	await expect(table.locator('tr[data-theme="polarisatie_discriminatie"]')).toHaveAttribute('data-class', 'no_measurement');
	await expect(table.locator('tr[data-theme="polarisatie_discriminatie"] td').first()).not.toContainText('%');

	const youth = table.locator('tr[data-theme="jeugdoverlast"]');
	await expect(youth).toHaveAttribute('data-class', 'perception_gap');
	await expect(youth).toContainText('Gehoord, (nog) niet zichtbaar in de cijfers');
	await expect(youth.locator('li[data-indicator="misdrijven_per_1000"]')).toHaveAttribute('data-role', 'primary');
	await expect(youth.locator('li[data-indicator="misdrijven_per_1000"]')).toContainText('van 276 gemeenten (2020)');
	await expect(youth.locator('li[data-indicator="lbm_veiligheid"]')).toContainText('(2016)');
	await expect(page.getByTestId('gap-caveat')).toContainText('Keizerrijk');
	// Kinds of figure, the series over all years, a change of source said out loud, and a jump within chance.
	await expect(youth.locator('li[data-indicator="lbm_veiligheid"] [data-lens]')).toHaveText('voorspeld (model)');
	await expect(youth.getByTestId('lens-reading')).toContainText('ondermelding');
	const crimeTrend = youth.locator('.trend[data-indicator="misdrijven_per_1000"]');
	await expect(crimeTrend.getByTestId('count-change')).toContainText('330 → 395 misdrijven, binnen de normale schommeling');
	await expect(crimeTrend.getByTestId('source-change')).toContainText('Politie');
	await expect(crimeTrend.getByTestId('trend-spark').locator('svg')).toBeVisible();
	await expect(page.getByTestId('chart-gap')).toHaveAttribute('data-state', 'ready');

	// One click from the class to the passages behind it: paraphrase, verbatim anchor, who, and the source.
	await trust.getByRole('button', { name: /Herkomst van Gehoord: Vertrouwen/ }).click();
	const popover = page.getByRole('dialog', { name: /Gehoord: Vertrouwen/ });
	await expect(popover.locator('li[data-finding="MF-031"]')).toContainText('belangrijkste bron van onvrede');
	// Readers see the document and its section, never an internal id.
	await expect(popover).toContainText('Eindrapportage gemeente Montfoort (eindrapport van Movisie), paragraaf 5.2.1');
	await expect(popover).not.toContainText(/MF-\d|seed:/);
	await screenshot(page, 'gemeente-montfoort-provenance');
	await page.keyboard.press('Escape');

	await page.getByLabel('10 vergelijkbare gemeenten').check();
	await expect(page).toHaveURL(/referentie=peers/);
	await expect(youth.locator('li[data-indicator="misdrijven_per_1000"]')).toContainText('11 gemeenten');
	await screenshot(page, 'gemeente-montfoort-peers');
	await page.goBack();
	await expect(youth.locator('li[data-indicator="misdrijven_per_1000"]')).toContainText('276 gemeenten');

	// With "high" from the 50th percentile the class of youth nuisance depends on the reference set: it says so, with both.
	await page.goto('/gemeente/GM0335/?hoog=50');
	await expect(youth).toHaveAttribute('data-class', 'perception_gap');
	await expect(youth.getByTestId('depends-on-reference')).toContainText('hangt af van de vergelijkingsgroep: Gehoord én zichtbaar in de cijfers bij 10 vergelijkbare gemeenten');

	// The heard threshold is a step of the report's scale: at "rode draad", "de meesten" no longer counts as heard.
	await page.goto('/gemeente/GM0335/');
	const visibility = table.locator('tr[data-theme="zichtbaarheid_handhaving"]');
	await expect(visibility).toHaveAttribute('data-class', 'no_measurement');
	await page.goto('/gemeente/GM0335/?gehoord=rode_draad');
	await expect(visibility).toHaveAttribute('data-class', 'no_signal');
});

test('Baarn: the drugs study’s messages are heard; what it did not ask about is “niet onderzocht”', async ({ guarded: page }) => {
	await page.goto('/gemeente/GM0308/');
	const table = page.getByTestId('gap-table');
	for (const theme of ['drugs', 'ondermijning', 'ouders_opvoeding', 'vertrouwen_gemeente']) await expect(table.locator(`tr[data-theme="${theme}"]`)).toHaveAttribute('data-class', 'no_measurement');
	await expect(table.locator('tr[data-theme="vertrouwen_gemeente"]')).toContainText('stuk voor stuk');
	await expect(table.locator('tr[data-theme="ondermijning"]')).toContainText('gaat over: een kleine groep negatieve rolmodellen');
	for (const theme of ['onveiligheidsgevoel', 'vandalisme_bedreiging']) {
		const row = table.locator(`tr[data-theme="${theme}"]`);
		await expect(row).toHaveAttribute('data-class', 'not_studied');
		await expect(row).toContainText('Niet onderzocht in dit traject');
	}
	await expect(page.getByTestId('traject-scope')).toContainText('Drugsgebruik');
	await expect(page.getByTestId('chart-gap')).toHaveAttribute('data-state', 'ready');
	await screenshot(page, 'gemeente-baarn');
});

test('Lansingerland: the rift with the gemeente heads the story, "valt mee" stands beside youth nuisance, a summary’s silence is not "not heard"', async ({ guarded: page }) => {
	await page.goto('/gemeente/GM1621/');
	const table = page.getByTestId('gap-table');
	const trust = table.locator('tr[data-theme="vertrouwen_gemeente"]');
	await expect(trust).toHaveAttribute('data-class', 'no_measurement');
	await expect(trust.getByTestId('researchers-lens')).toContainText('de kern van de zaak');
	await expect(table.locator('tr[data-theme="jeugdoverlast"]').getByTestId('researchers-lens')).toContainText('valt mee');
	const unsafe = table.locator('tr[data-theme="onveiligheidsgevoel"]');
	await expect(unsafe).toHaveAttribute('data-class', 'not_in_source');
	await expect(unsafe).toContainText('Niet vermeld in de bron');
	await page.getByLabel('10 vergelijkbare gemeenten').check();
	await expect(unsafe).toHaveAttribute('data-class', 'not_in_source');
	await expect(page.getByTestId('chart-gap')).toHaveAttribute('data-state', 'ready');
	await screenshot(page, 'gemeente-lansingerland');
});
