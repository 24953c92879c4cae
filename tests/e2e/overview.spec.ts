import { expect, screenshot, test } from './support/guard';

test('the overview draws the gemeente chart from DuckDB, from real data, offline-clean', async ({ guarded: page }) => {
	await page.goto('/');
	// Prerendered: the summary is there before the engine starts.
	await expect(page.getByTestId('summary')).toContainText('342 gemeenten in 12 provincies');

	const chart = page.getByTestId('chart-gemeente-sizes');
	await expect(chart).toHaveAttribute('data-state', 'ready');
	// One dot per gemeente: the query answered with all 342 rows.
	await expect(chart.locator('svg circle')).toHaveCount(342);
	await expect(chart.locator('svg')).toContainText('Montfoort');
	await expect(page.getByTestId('engine-status')).toHaveAttribute('data-phase', 'ready');
	await screenshot(page, 'overview');

	// A selection runs a new parameterised query.
	await page.getByLabel('Provincie', { exact: true }).selectOption('Utrecht');
	await expect(chart.locator('svg circle')).toHaveCount(26);
	await expect(chart.locator('svg')).toContainText('Baarn');
	await screenshot(page, 'overview-utrecht');
});

test('every navigation item leads to a page', async ({ guarded: page }) => {
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
	for (const name of ['Vergelijk', 'Kloof', 'Data', 'Presentatie', 'Methode', 'Gemeente', 'Overzicht']) {
		await nav.getByRole('link', { name }).click();
		await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
		await expect(page.locator('h1')).toBeVisible();
	}
});
