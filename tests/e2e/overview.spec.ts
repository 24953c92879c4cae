import { readFileSync } from 'node:fs';
import { expect, screenshot, test } from './support/guard';

// The number of coded findings as shipped (data/out/findings.csv, header excluded).
const shippedFindings = readFileSync('data/out/findings.csv', 'utf8').trim().split('\n').length - 1;

const mapPaths = 'svg g[data-mark="geo"] path';

test('the overview maps an indicator from DuckDB; both charts follow every selection, kept in the URL', async ({ guarded: page }) => {
	await page.goto('/');
	// Prerendered: the summary is there before the engine starts.
	await expect(page.getByTestId('summary')).toContainText('342 gemeenten in 12 provincies');
	await expect(page.getByTestId('summary')).toContainText(`3 veldtrajecten met ${shippedFindings} bevindingen`);

	const map = page.getByTestId('chart-map');
	const strip = page.getByTestId('chart-strip');
	await expect(map).toHaveAttribute('data-state', 'ready');
	await expect(strip).toHaveAttribute('data-state', 'ready');
	await expect(map.locator('h2')).toHaveText('Geregistreerde misdrijven per 1.000 inwoners, 2023');
	// Every gemeente is drawn once (filled, or outlined as having no figure), and the trajectory gemeenten are named.
	const filled = map.locator('svg g[data-mark="geo"]').first().locator('path');
	await expect(filled).toHaveCount(342);
	await expect(map.locator('svg').last()).toContainText('Montfoort');
	await expect(strip.locator('svg circle')).toHaveCount(342);
	await expect(page.getByTestId('chart-map-summary')).toContainText('342 van de 342 gemeenten');
	// The legend speaks Dutch numbers.
	await expect(map.locator('svg').first()).toContainText(/\d+,\d/);
	await screenshot(page, 'overview');

	// A fast second choice is never overwritten by the first one's answer.
	const indicator = page.getByLabel('Indicator op de kaart');
	await indicator.selectOption('bevolking');
	await indicator.selectOption('lbm_veiligheid');
	await expect(page).toHaveURL(/indicator=lbm_veiligheid/);
	await expect(map.locator('h2')).toHaveText('Leefbaarometer 2.0: veiligheid, 2016');
	await expect(strip.locator('svg')).toContainText('Leefbaarometer 2.0: veiligheid');
	await expect(map).toContainText('lager cijfer');

	await page.getByLabel('Jaar').selectOption('2012');
	await expect(map.locator('h2')).toHaveText('Leefbaarometer 2.0: veiligheid, 2012');

	// A province zooms both charts to its gemeenten.
	await page.getByLabel('Provincie', { exact: true }).selectOption('Utrecht');
	await expect(map.locator(mapPaths)).toHaveCount(26 + 2); // every gemeente, plus Baarn's and Montfoort's outlines
	await expect(page.getByTestId('chart-map-summary')).toContainText('van de 26 gemeenten');
	await expect(strip.locator('svg')).toContainText('Utrecht');
	await expect(strip.locator('svg')).not.toContainText('Zeeland');
	await screenshot(page, 'overview-utrecht');

	// Back and forward walk the selections.
	await page.goBack();
	await expect(page.getByTestId('chart-map-summary')).toContainText('van de 342 gemeenten');
	await page.goForward();
	await expect(page.getByTestId('chart-map-summary')).toContainText('van de 26 gemeenten');

	// A shared URL reproduces the view.
	const url = page.url();
	await page.goto('/');
	await page.goto(url);
	await expect(map.locator('h2')).toHaveText('Leefbaarometer 2.0: veiligheid, 2012');
	await expect(page.getByTestId('chart-map-summary')).toContainText('van de 26 gemeenten');
});

test('the map search finds a gemeente by its Frisian or ’s- name and marks it', async ({ guarded: page }) => {
	await page.goto('/');
	await expect(page.getByTestId('chart-map')).toHaveAttribute('data-state', 'ready');
	const search = page.getByLabel('Zoek een gemeente op de kaart');
	await search.fill('Sudwest Fryslan');
	await search.press('Enter');
	await expect(page).toHaveURL(/gemeente=GM1900/);
	const card = page.getByTestId('selected-gemeente');
	await expect(card).toContainText('Súdwest-Fryslân');
	await expect(card).toContainText(/plaats \d+ van 342/);
	await expect(page.getByTestId('chart-map').locator('svg').last()).toContainText('Súdwest-Fryslân');

	await search.fill('den bosch');
	await search.press('Enter');
	await expect(card).toContainText("'s-Hertogenbosch");
	await screenshot(page, 'overview-search');
	await card.getByRole('link').click();
	await expect(page).toHaveURL(/\/gemeente\/GM0796\/$/);
});

test('new figures for the same gemeenten recolour the drawn map: fills, legend, tips and a saved SVG are the new ones', async ({ guarded: page }) => {
	await page.goto('/?gemeente=GM0344');
	const map = page.getByTestId('chart-map');
	const card = page.getByTestId('selected-gemeente');
	await expect(map).toHaveAttribute('data-state', 'ready');
	await expect(card).toContainText('Utrecht: ');
	await page.waitForFunction(() => performance.getEntriesByName('kloofmeter:first-query').length > 0);
	// From the prerendered figures (one gemeente flagged) to one with none flagged: drawn anew; its rows have come
	// when the card says them.
	const prerendered = await card.textContent();
	await page.getByLabel('Indicator op de kaart').selectOption('ouderen_65plus_pct');
	await expect(map.locator('h2')).toContainText('65 jaar en ouder');
	await expect(card).not.toHaveText(prerendered!);
	const drawn = map.locator('.chart-plot > *');
	const fills = () => map.locator('svg g[data-mark="geo"]').first().locator('path').evaluateAll((ps) => ps.map((p) => p.getAttribute('fill')));
	const legend = () => drawn.locator(':scope > svg').first().innerHTML();
	const [fillsBefore, legendBefore, cardBefore] = [await fills(), await legend(), await card.textContent()];
	await drawn.evaluate((el) => el.setAttribute('data-first-drawn', ''));

	// Both have a figure for every gemeente, and neither flags one: only the values change.
	await page.getByLabel('Indicator op de kaart').selectOption('jongeren_15_24_pct');
	await expect(map.locator('h2')).toContainText('15-24 jaar');
	await expect(card).not.toHaveText(cardBefore!);
	// The same figure, recoloured: not drawn anew.
	await expect(map.locator('.chart-plot > [data-first-drawn]')).toHaveCount(1);
	expect(await fills()).toHaveLength(fillsBefore.length);
	expect(await fills()).not.toStrictEqual(fillsBefore);
	expect(await legend()).not.toBe(legendBefore);
	await expect(drawn.locator(':scope > svg').first()).toContainText('15-24 jaar');

	// Utrecht's tip says the new figure, as its card does.
	const value = (await card.textContent())!.match(/Utrecht: ([^·]+?)\s*·/)![1]!;
	const outline = map.locator('svg g[data-mark="geo"][stroke="#0072b2"] path');
	await outline.scrollIntoViewIfNeeded();
	const box = (await outline.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2 - 5, box.y + box.height / 2);
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	// Plot draws the shown tip anew, named as Plot names it.
	await expect(map.locator('svg g[aria-label="tip"]')).toContainText(`Utrecht${value}`);

	// A saved SVG shows the colours on screen.
	const [download] = await Promise.all([page.waitForEvent('download'), map.getByRole('button', { name: 'Opslaan als SVG' }).click()]);
	const saved = await download.path().then((p) => import('node:fs').then((fs) => fs.readFileSync(p, 'utf8')));
	expect(saved).toContain('15-24 jaar');
	const savedFills = await page.evaluate((svg) => [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('g[data-mark="geo"]')!.querySelectorAll('path')].map((p) => p.getAttribute('fill')), saved);
	expect(savedFills).toStrictEqual(await fills());
});
