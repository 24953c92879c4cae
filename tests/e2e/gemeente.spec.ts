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
