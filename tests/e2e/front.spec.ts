import AxeBuilder from '@axe-core/playwright';
import { parseCsv, readText } from '../../scripts/data/io';
import { nl } from '../../src/lib/i18n/messages';
import { expect, screenshot, test } from './support/guard';

// The trajectory gemeenten as shipped: the cards are read from these tables, never hard-coded.
const rows = (file: string) => parseCsv(readText(`data/out/${file}`)).rows.map((r) => ({ ...r.cells }) as Record<string, string>);
const names = new Map(rows('gemeenten.csv').map((g) => [g.code!, g.name!]));
const trajectoryCodes = rows('trajectories.csv').map((t) => t.gemeente_code!);
const classWords = Object.entries(nl).filter(([k]) => k.startsWith('class.')).map(([, v]) => v);

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the story is in the prerendered page: what it is for, a card per trajectory, what recurs, Movisie apart', async ({ guarded: page }) => {
		await page.goto('/');
		const story = page.getByTestId('front-story');
		await expect(story.locator('h1')).toHaveText(nl['front.title']);
		await expect(story).toContainText(nl['front.intro']);
		const cards = story.getByTestId('front-card');
		await expect(cards).toHaveCount(trajectoryCodes.length);
		for (const code of trajectoryCodes) {
			const card = story.locator(`[data-testid="front-card"][data-code="${code}"]`);
			await expect(card.locator('h3')).toHaveText(names.get(code)!);
			// Each headline theme says in the app's class words what the figures say.
			const items = card.getByTestId('front-headline').locator('li');
			expect(await items.count()).toBeGreaterThan(0);
			for (const text of await items.allInnerTexts()) expect(classWords.some((w) => text.includes(w)), text).toBe(true);
			await expect(card.getByRole('link', { name: `Alles over ${names.get(code)}` })).toHaveAttribute('href', `/gemeente/${code}/`);
			await expect(card.getByRole('link', { name: `Presentatie voor de raad van ${names.get(code)}` })).toHaveAttribute('href', `/presentatie/${code}/`);
		}
		// Only the cards whose source is an article or a summary say so.
		const partial = rows('trajectories.csv').filter((t) => t.source_complete === 'false').map((t) => t.gemeente_code);
		await expect(story.getByTestId('front-partial')).toHaveCount(partial.length);
		await expect(story.getByTestId('front-recurring').locator('li').first()).toContainText('gehoord in');
		await expect(story.getByTestId('front-programme')).toContainText(nl['front.programme.intro']);
		await expect(story).not.toContainText('seed:');
	});
});

test('a card leads to its gemeente page and its deck; the search leads to any gemeente', async ({ guarded: page }) => {
	await page.goto('/');
	const montfoort = page.locator('[data-testid="front-card"][data-code="GM0335"]');
	await montfoort.getByRole('link', { name: 'Alles over Montfoort' }).click();
	await expect(page).toHaveURL(/\/gemeente\/GM0335\/$/);
	await expect(page.locator('h1')).toContainText('Montfoort');

	await page.goto('/');
	await page.locator('[data-testid="front-card"][data-code="GM0308"]').getByRole('link', { name: 'Presentatie voor de raad van Baarn' }).click();
	await expect(page).toHaveURL(/\/presentatie\/GM0308\/$/);
	await expect(page.getByTestId('deck-counter')).toHaveText(/^Dia 1 van \d+$/);

	await page.goto('/');
	const search = page.getByLabel('Zoek uw gemeente');
	await search.fill('den bosch');
	await expect(page.getByTestId('front-own').getByRole('option')).toContainText(["'s-Hertogenbosch"]);
	await screenshot(page, 'front-search');
	expect(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
	await search.press('Enter');
	await expect(page).toHaveURL(/\/gemeente\/GM0796\/$/);

	// A pointer picks too: the option itself, not a link inside it.
	await page.goto('/');
	await page.getByLabel('Zoek uw gemeente').fill('lansinger');
	await page.getByTestId('front-own').getByRole('option', { name: 'Lansingerland' }).click();
	await expect(page).toHaveURL(/\/gemeente\/GM1621\/$/);

	await page.goto('/');
	await page.getByRole('link', { name: nl['front.own.import'] }).click();
	await expect(page).toHaveURL(/\/data\/$/);
});

test('the story fits a phone: no sideways scroll within it', async ({ guarded: page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	const story = page.getByTestId('front-story');
	await expect(story.getByTestId('front-card').first()).toBeVisible();
	const overflow = await story.evaluate((el) => [...el.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).length);
	expect(overflow).toBe(0);
	await screenshot(page, 'front-phone');
});
