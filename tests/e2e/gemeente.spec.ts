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

test('Montfoort: both sides of every theme, a class each, blind spots, provenance, and the reference set in the URL', async ({ guarded: page }) => {
	await page.goto('/gemeente/GM0335/');
	await expect(page.getByTestId('conversation-groups')).toContainText('27');
	// k = 5: the initiators (3), the school (1) and the administrators (2) are never shown on their own.
	await expect(page.getByTestId('conversation-groups')).not.toContainText('initiatiefnemer');

	const table = page.getByTestId('gap-table');
	const youth = table.locator('tr[data-theme="jeugdoverlast"]');
	await expect(youth).toContainText('60%');
	await expect(youth).toContainText('rode draad');
	await expect(youth.locator('li[data-indicator="misdrijven_per_1000"]')).toContainText('positie onder 276 gemeenten, 2020');
	await expect(youth).toHaveAttribute('data-class', 'perception_gap');
	await expect(youth).toContainText('Belevingskloof');
	// A theme no indicator can see is a blind spot in the figures.
	await expect(table.locator('tr[data-theme="vertrouwen_gemeente"]')).toContainText('Blinde vlek in de cijfers');
	await expect(page.getByTestId('chart-gap')).toHaveAttribute('data-state', 'ready');

	// Provenance of the perceived share: the findings behind it, as paraphrases with their source.
	await youth.getByRole('button', { name: /Herkomst van Gehoord: Jeugdoverlast/ }).click();
	const popover = page.getByRole('dialog', { name: /Gehoord: Jeugdoverlast/ });
	await expect(popover).toContainText('MF-002');
	await expect(popover).toContainText('seed:004#5.1');
	await screenshot(page, 'gemeente-montfoort-provenance');
	await page.keyboard.press('Escape');

	// Among its ten peers the same crime rate ranks high: the method now says the problem is confirmed.
	await page.getByLabel('10 vergelijkbare gemeenten').check();
	await expect(page).toHaveURL(/referentie=peers/);
	await expect(youth).toHaveAttribute('data-class', 'confirmed');
	await expect(youth.locator('li[data-indicator="misdrijven_per_1000"]')).toContainText('11 gemeenten');
	await screenshot(page, 'gemeente-montfoort-peers');

	await page.goBack();
	await expect(youth).toHaveAttribute('data-class', 'perception_gap');
	// A shared URL reproduces the view.
	await page.goto('/gemeente/GM0335/?referentie=peers&gehoord=70');
	await expect(youth).toHaveAttribute('data-class', 'blind_spot');
});
