import { expect, screenshot, test } from './support/guard';

test('the method page lets a reader recompute Montfoort’s class for youth nuisance', async ({ guarded: page }) => {
	await page.goto('/methode/');
	await expect(page.locator('h1')).toHaveText('Methode');
	await expect(page.getByRole('table', { name: 'Kwantoren en hun lezing' })).toContainText('merendeel');
	const example = page.getByTestId('worked-example');
	await expect(example).toContainText('rode draad');
	await expect(example).toContainText('belevingskloof');
	await expect(page.getByText('Een belevingskloof betekent niet dat inwoners het mis hebben')).toBeVisible();
	await screenshot(page, 'methode');
});
