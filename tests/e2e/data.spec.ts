import { expect, screenshot, test } from './support/guard';

test('the data page loads every shipped table into DuckDB and lists the indicators with their sources', async ({ guarded: page }) => {
	await page.goto('/data/');
	const catalogue = page.getByTestId('indicator-catalogue');
	await expect(catalogue.locator('tr[data-indicator="misdrijven_per_1000"]')).toContainText('47013NED');
	await expect(catalogue.locator('tr[data-indicator="lbm_totaal"]')).toContainText('Leefbaarometer');

	const values = page.locator('tr[data-table="indicator_values"]');
	await expect(values).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	// What DuckDB counts equals what the build wrote.
	const cells = values.locator('td');
	await expect(cells.nth(1)).toHaveText((await cells.nth(0).textContent())!.trim());
	await expect(page.locator('tr[data-table][data-state="error"]')).toHaveCount(0);
	await expect(page.getByText('CC BY 4.0').first()).toBeVisible();
	await screenshot(page, 'data');
});
