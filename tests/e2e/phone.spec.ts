/**
 * A phone, 390 × 844: no route scrolls sideways, nothing sticks out of the viewport (a wide table or matrix scrolls
 * inside its own box), and the charts are drawn for the width they get, with text no smaller than 11 px as seen.
 */
import { expect, screenshot, test } from './support/guard';
import { measureOverflow, smallestChartText } from './support/overflow';

const ROUTES: readonly [string, string][] = [
	['/', 'overzicht'],
	['/gemeente/', 'gemeenten'],
	['/gemeente/GM0308/', 'baarn'],
	['/gemeente/GM0335/', 'montfoort'],
	['/gemeente/GM1621/', 'lansingerland'],
	['/gemeente/GM0277/', 'rozendaal'],
	['/vergelijk/', 'vergelijk'],
	['/kloof/', 'kloof'],
	['/methode/', 'methode'],
	['/data/', 'data'],
	['/diagnose/', 'diagnose'],
	['/presentatie/', 'presentatie'],
	['/presentatie/GM0335/?dia=4', 'deck-gap'],
	['/presentatie/GM0335/?dia=3&notities=1', 'deck-figures-notes'],
	['/samenvatting/GM0335/', 'samenvatting']
];

test.use({ viewport: { width: 390, height: 844 } });

for (const [route, name] of ROUTES) {
	test(`at 390 px ${route} does not scroll sideways and its charts are legible`, async ({ guarded: page }) => {
		await page.goto(route);
		// Pages that query DuckDB draw their charts once the engine answers.
		await expect(page.locator('figure.chart[data-state="loading"]')).toHaveCount(0);
		await expect(page.locator('main h1')).toBeVisible();
		const overflow = await measureOverflow(page);
		expect(overflow.sticking, 'elements sticking out of the viewport').toEqual([]);
		expect(overflow.scrollWidth, 'page width').toBeLessThanOrEqual(overflow.clientWidth);
		const smallest = await smallestChartText(page);
		if (smallest) expect(smallest.size, `smallest chart text as seen: “${smallest.text}”`).toBeGreaterThanOrEqual(11);
		await screenshot(page, `phone-${name}`);
	});
}

// The opened "Voorbereiden" panel once put its ↓ buttons past the right edge (the page was 408 px wide).
test('at 390 px a deck with its preparation panel open does not push its controls past the edge', async ({ guarded: page }) => {
	await page.goto('/presentatie/GM0335/');
	await page.getByText('Voorbereiden').click();
	const overflow = await measureOverflow(page);
	expect(overflow.sticking).toEqual([]);
	expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
});

test('at 390 px the gemeente gap chart is drawn for the phone, not a 1200 px chart shrunk', async ({ guarded: page }) => {
	await page.goto('/gemeente/GM0335/');
	const svg = page.getByTestId('chart-gap').locator('.chart-plot svg').first();
	await expect(svg).toBeVisible();
	const drawn = Number(await svg.getAttribute('width'));
	const box = (await svg.boundingBox())!;
	expect(drawn).toBeLessThanOrEqual(390);
	expect(Math.abs(box.width - drawn)).toBeLessThanOrEqual(1);
	// The theme names are written inside the chart's width, above their rows.
	await expect(svg).toContainText('Jeugdoverlast');
});
