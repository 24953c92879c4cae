import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { nl, en } from '../../src/lib/i18n/messages';
import { expect, test } from './support/guard';

const ROUTES: { path: string; ready: string | null }[] = [
	{ path: '/', ready: 'chart-map' },
	{ path: '/gemeente/', ready: null },
	{ path: '/gemeente/GM0335/', ready: 'chart-gap' },
	{ path: '/gemeente/GM0014/', ready: null },
	{ path: '/vergelijk/', ready: 'chart-theme-matrix' },
	{ path: '/kloof/', ready: 'chart-gap-scatter' },
	{ path: '/data/', ready: null },
	{ path: '/presentatie/', ready: null },
	{ path: '/presentatie/GM0335/?dia=4', ready: null },
	{ path: '/methode/', ready: null },
	{ path: '/diagnose/', ready: null }
];

async function settle(page: Page, ready: string | null) {
	if (ready) await expect(page.getByTestId(ready)).toHaveAttribute('data-state', 'ready');
	await page.waitForLoadState('networkidle');
}

async function violations(page: Page) {
	const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const locale of ['nl', 'en'] as const) {
	test(`axe: no WCAG 2.1 AA violations on any route (${locale})`, async ({ guarded: page }) => {
		// Eleven routes, each loaded, settled and analysed in one test: on a busy machine that takes about a minute.
		test.setTimeout(180_000);
		for (const r of ROUTES) {
			await page.goto(`${r.path}${r.path.includes('?') ? '&' : '?'}lang=${locale}`);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await settle(page, r.ready);
			expect(await violations(page), `${r.path} (${locale})`).toEqual([]);
		}
	});
}

test('axe: the import flow in its states (a preview, a refusal) has no violations', async ({ guarded: page }) => {
	await page.goto('/data/');
	await page.locator('#import-indicator-file').setInputFiles('tests/fixtures/import/good/statline-kerncijfers-cp1252.csv');
	await expect(page.getByTestId('import-preview')).toBeVisible();
	await page.locator('#import-findings-file').setInputFiles('tests/fixtures/import/bad/findings-email.csv');
	await expect(page.getByTestId('findings-import').getByTestId('import-problems')).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('switching to English leaves no Dutch interface string behind', async ({ guarded: page }) => {
	// Every Dutch string of the interface that differs from its English counterpart and has no placeholder, from 18
	// characters on: shorter phrases ("gemeente en wijk") also occur inside source titles, which are data, as are the
	// Dutch finding paraphrases. /methode is the Dutch reference page (lang="nl", with an English note) and is left out.
	const dutch = (Object.keys(nl) as (keyof typeof nl)[])
		.map((k) => nl[k] as string)
		.filter((v, i, all) => v.length >= 18 && !v.includes('{') && all.indexOf(v) === i && !(Object.values(en) as string[]).includes(v));
	for (const r of ROUTES.filter((x) => x.path !== '/methode/')) {
		await page.goto(`${r.path}${r.path.includes('?') ? '&' : '?'}lang=en`);
		await settle(page, r.ready);
		const text = await page.locator('body').innerText();
		const left = dutch.filter((d) => text.includes(d));
		expect(left, r.path).toEqual([]);
	}
});

test('keyboard only: skip to content, find a gemeente, read its gap, open its deck', async ({ guarded: page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Naar de inhoud' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('#inhoud')).toBeFocused();

	// The search on the overview is reachable by Tab and works with the arrow keys and Enter.
	await page.goto('/gemeente/');
	const search = page.getByLabel('Zoek een gemeente');
	for (let i = 0; i < 40 && !(await search.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(search).toBeFocused();
	await page.keyboard.type('montfoort');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/gemeente\/GM0335\/$/);

	// The gap: reference set by keyboard (radio group), the provenance of a number opens and closes.
	const peers = page.getByLabel('10 vergelijkbare gemeenten');
	await page.getByLabel('alle 342 gemeenten').focus();
	await page.keyboard.press('ArrowRight');
	await expect(peers).toBeChecked();
	await expect(page).toHaveURL(/referentie=peers/);
	const info = page.getByTestId('gap-table').locator('tr[data-theme="jeugdoverlast"]').getByRole('button').first();
	await info.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('dialog').first()).toBeVisible();
	await page.keyboard.press('Escape');

	// Headings in order on the page: one h1, no level skipped.
	const levels = await page.locator('main h1, main h2, main h3, main h4').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
	expect(levels[0]).toBe(1);
	expect(levels.filter((l) => l === 1)).toHaveLength(1);
	for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);

	// On to the deck, and through it, by keyboard.
	await page.goto('/presentatie/');
	const link = page.getByRole('link', { name: 'Open de presentatie van Montfoort' });
	await link.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/presentatie\/GM0335\/$/);
	await page.locator('body').press('ArrowRight');
	await expect(page.getByTestId('deck-counter')).toHaveText('Dia 2 van 7');
});

test('at 200% zoom (a 640 px wide window) nothing is cut off sideways', async ({ guarded: page }) => {
	await page.setViewportSize({ width: 640, height: 800 });
	for (const r of ROUTES) {
		await page.goto(r.path);
		await settle(page, r.ready);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, r.path).toBeLessThanOrEqual(1);
	}
});

test('reduced motion: the loading spinner stands still', async ({ browser }) => {
	const context = await browser.newContext({ reducedMotion: 'reduce' });
	const page = await context.newPage();
	await page.goto('/diagnose/');
	const animations = await page.evaluate(() => {
		const probe = document.createElement('span');
		probe.className = 'spinner';
		document.body.append(probe);
		return getComputedStyle(probe).animationName;
	});
	expect(animations).toBe('none');
	await context.close();
});
