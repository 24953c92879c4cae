/**
 * Outliers said aloud on the overview: Rozendaal 2023 (355 registered offences after 44 in 2022, 1,831 inhabitants)
 * is named under the charts, marked on the map and the strip, and does not stretch the strip's axis.
 */
import { expect, screenshot, test } from './support/guard';

test('Rozendaal 2023 is flagged on the map, the strip, its rank and in a list, and the strip axis ends at the others', async ({ guarded: page }) => {
	await page.goto('/');
	const strip = page.getByTestId('chart-strip');
	const map = page.getByTestId('chart-map');
	await expect(strip).toHaveAttribute('data-state', 'ready');
	await expect(map).toHaveAttribute('data-state', 'ready');
	await expect(page.getByTestId('outliers')).toContainText('Rozendaal: 193,9 (355 in 2023 tegen 44 (2022): een sprong in één jaar; berekend op 1.831 inwoners: een kleine noemer)');
	// At the edge of the strip with its real value; the axis ticks stop well below it.
	await expect(strip.locator('svg')).toContainText('Rozendaal 193,9 →');
	const ticks = (await strip.locator('g[data-mark="x-axis tick label"] text').allTextContents()).map((t) => Number(t.replace('.', '').replace(',', '.')));
	expect(Math.max(...ticks)).toBeLessThan(100);
	await expect(strip.locator('svg circle')).toHaveCount(342);
	// A marked square on the map, and the strip's sentence names the flag where it names Rozendaal.
	await expect(map.locator('g[data-mark="dot"] path')).toHaveCount(1);
	await expect(page.getByTestId('chart-strip-summary')).toContainText('193,9 in Rozendaal (⚠ 355 in 2023');

	await page.goto('/?gemeente=GM0277');
	await expect(page.getByTestId('selected-gemeente')).toContainText('plaats 1 van 342');
	await expect(page.getByTestId('selected-outlier')).toContainText('een sprong in één jaar');
	await screenshot(page, 'outliers-rozendaal');

	// The year before: nothing to say.
	await page.goto('/?periode=2022');
	await expect(page.getByRole('heading', { name: /misdrijven per 1\.000 inwoners, 2022/ })).toBeVisible();
	// 2022 has figures for 340 gemeenten: the rows of that year have arrived.
	await expect(page.getByTestId('chart-map-summary')).toContainText('340 van de 342');
	await expect(page.getByTestId('outliers')).toHaveCount(0);
});

test('the method page states the outlier rule and computes its example from the data', async ({ guarded: page }) => {
	await page.goto('/methode/');
	await expect(page.locator('#uitschieters')).toBeVisible();
	await expect(page.getByTestId('outlier-example')).toContainText('Rozendaal');
	await expect(page.getByTestId('outlier-example')).toContainText('355 misdrijven tegen 44 in 2022');
	await expect(page.locator('p[lang="en"]').filter({ hasText: 'Outliers, in English' })).toBeVisible();
});
