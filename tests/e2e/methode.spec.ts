import { expect, screenshot, test } from './support/guard';

test('the method page lets a reader recompute Montfoort’s class for youth nuisance', async ({ guarded: page }) => {
	await page.goto('/methode/');
	await expect(page.locator('h1')).toHaveText('Methode');
	const words = page.getByRole('table', { name: 'Woorden over hoeveel mensen het zeiden, en hun plaats op de schaal' });
	await expect(words).toContainText('merendeel');
	await expect(words).toContainText('stuk voor stuk');
	const example = page.getByTestId('worked-example');
	await expect(example).toContainText('de onderzoekers concluderen het zelf');
	await expect(example).toContainText('misdrijven_per_1000 in 2020');
	await expect(example).toContainText('Gehoord, (nog) niet zichtbaar in de cijfers');
	await expect(page.getByText('betekent niet dat inwoners het mis hebben').first()).toBeVisible();
	await expect(page.locator('p', { hasText: 'nooit een blinde vlek in de gesprekken' })).toContainText('niet onderzocht in dit traject');
	await screenshot(page, 'methode');
});
