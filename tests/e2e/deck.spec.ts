import { readFile } from 'node:fs/promises';
import { expect, screenshot, test } from './support/guard';

const counter = (page: import('@playwright/test').Page) => page.getByTestId('deck-counter');
const current = (page: import('@playwright/test').Page) => page.locator('section.slide.current');

test('Montfoort’s deck: walked with the keyboard, the same numbers as the gemeente page, prepared, printed', async ({ guarded: page }) => {
	// The words on the gemeente page…
	await page.goto('/gemeente/GM0335/');
	const trust = page.getByTestId('gap-table').locator('tr[data-theme="vertrouwen_gemeente"]');
	await expect(trust).toHaveAttribute('data-level', '6');
	await expect(trust.locator('td strong').first()).toHaveText('rode draad');

	await page.goto('/presentatie/GM0335/');
	await expect(counter(page)).toHaveText('Dia 1 van 8');
	await expect(current(page)).toHaveAttribute('data-slide', 'question');
	// The occasion first, then the report's own count of the people spoken to.
	await expect(current(page).locator('p').nth(1)).toContainText('Aanleiding');
	await expect(current(page)).toContainText('spraken de onderzoekers met 27 mensen: 3 inwoners');
	await screenshot(page, 'deck-1');

	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/dia=2/);
	await expect(current(page)).toHaveAttribute('data-slide', 'heard');
	// …are the words on the slide, never a percentage.
	await expect(current(page).locator('svg')).toContainText('Vertrouwen in en bereikbaarheid');
	await expect(page.getByTestId('takeaway-heard')).toContainText('Vertrouwen in en bereikbaarheid van de gemeente – rode draad; de onderzoekers: de kern van de zaak');
	await expect(page.getByTestId('takeaway-heard')).not.toContainText('%');
	await page.keyboard.press('PageDown');
	await expect(current(page)).toHaveAttribute('data-slide', 'figures');
	await page.keyboard.press(' ');
	await expect(current(page)).toHaveAttribute('data-slide', 'gap');
	await expect(page.getByTestId('takeaway-gap')).toContainText('Gehoord, (nog) niet zichtbaar in de cijfers: “Jeugdoverlast”');
	await expect(page.getByTestId('takeaway-gap')).toContainText('Gehoord, geen cijfers beschikbaar:');
	await expect(current(page).locator('svg')).toContainText('Gehoord, (nog) niet zichtbaar in de cijfers');
	await screenshot(page, 'deck-gap');
	await page.keyboard.press('End');
	await expect(counter(page)).toHaveText('Dia 8 van 8');
	// The follow-up closes the deck.
	await expect(current(page)).toHaveAttribute('data-slide', 'followup');
	await page.keyboard.press('ArrowRight');
	await expect(counter(page)).toHaveText('Dia 8 van 8');
	await page.keyboard.press('Home');
	await expect(counter(page)).toHaveText('Dia 1 van 8');
	await page.keyboard.press('PageUp');
	await expect(counter(page)).toHaveText('Dia 1 van 8');

	// F toggles full screen on the deck.
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('data-testid') ?? null)).toBe('deck');
	await page.evaluate(() => document.exitFullscreen());

	// A shared link opens the same slide.
	await page.goto('/presentatie/GM0335/?dia=5');
	await expect(current(page)).toHaveAttribute('data-slide', 'elsewhere');
	await expect(page.getByTestId('takeaway-elsewhere')).toContainText('kwam ook naar voren in');

	// The figures slide speaks in ranks and years, never percentiles.
	await page.goto('/presentatie/GM0335/?dia=3');
	await expect(page.getByTestId('takeaway-figures')).toContainText('In 2016 deden 105 van de 312 gemeenten het slechter.');
	await expect(page.getByTestId('deck-figures')).toContainText('In 2020 deden 212 van de 276 gemeenten het slechter dan Montfoort.');
	await expect(page.getByTestId('deck-figures')).toContainText('Zo’n verschil kan toeval zijn.');
	await expect(current(page)).not.toContainText('%');
	await screenshot(page, 'deck-figures');

	// The presenter hides a slide and moves a theme; both are kept across a reload.
	await page.getByText('Voorbereiden').click();
	await page.getByRole('checkbox', { name: 'Wat de cijfers laten zien' }).uncheck();
	await expect(counter(page)).toContainText('van 7');
	const prep = page.getByTestId('deck-prepare');
	const firstTheme = (await prep.locator('ol li span').first().textContent())!;
	const secondTheme = (await prep.locator('ol li span').nth(1).textContent())!;
	await prep.getByRole('button', { name: `${secondTheme} omhoog` }).click();
	await expect(prep.locator('ol li span').first()).toHaveText(secondTheme);
	await page.reload();
	await expect(counter(page)).toContainText('van 7');
	await expect(prep.locator('ol li span').first()).toHaveText(secondTheme);
	await expect(prep.locator('ol li span').nth(1)).toHaveText(firstTheme);

	// Print: one A4 landscape page per visible slide.
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
	const text = pdf.toString('latin1');
	expect(text.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(7);
	const box = text.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/)!;
	expect(Math.round(Number(box[1]))).toBe(842);
	expect(Math.round(Number(box[2]))).toBe(595);

	// Esc leaves the deck for the gemeente page.
	await page.locator('body').click({ position: { x: 5, y: 300 } });
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/gemeente\/GM0335\/$/);
});

test('every chart saves as SVG and PNG with its title, sources and date', async ({ guarded: page }) => {
	await page.goto('/kloof/');
	const chart = page.getByTestId('chart-gap-scatter');
	await expect(chart).toHaveAttribute('data-state', 'ready');
	const [svgDownload] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Opslaan als SVG' }).click()]);
	expect(svgDownload.suggestedFilename()).toMatch(/^kloofmeter-beleving-tegen-cijfers.*\.svg$/);
	const svg = await readFile((await svgDownload.path())!, 'utf8');
	expect(svg).toContain('Beleving tegen cijfers, alle gemeenten en thema’s');
	expect(svg).toContain('Leefbaarometer');
	expect(svg).toMatch(/Kloofmeter · \d{1,2} \w+ 20\d\d/);
	const [pngDownload] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Opslaan als PNG' }).click()]);
	const png = await readFile((await pngDownload.path())!);
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	expect(png.readUInt32BE(16)).toBeGreaterThan(1000); // width in pixels, at twice the chart's size
});

test('after one visit the app, its data and DuckDB work without network', async ({ guarded: page, context }) => {
	await page.goto('/');
	await expect(page.getByTestId('chart-map')).toHaveAttribute('data-state', 'ready');
	// The worker has installed (everything cached) and controls the page.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
	});

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByTestId('chart-map')).toHaveAttribute('data-state', 'ready');
	await expect(page.getByTestId('engine-status')).toHaveAttribute('data-phase', 'ready');
	await page.goto('/presentatie/GM0335/?dia=4');
	await expect(page.locator('section.slide.current')).toHaveAttribute('data-slide', 'gap');
	await page.goto('/kloof/?referentie=peers');
	await expect(page.getByTestId('chart-gap-scatter')).toHaveAttribute('data-state', 'ready');
	await screenshot(page, 'offline-kloof');
	await context.setOffline(false);
});
