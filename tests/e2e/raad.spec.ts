/**
 * What an advisor brings to the raad: a one-page summary (kept texts, one A4 page), and a deck that fits a
 * projector whole and can be walked, notes included, with the keyboard only.
 */
import { expect, screenshot, test } from './support/guard';

const TRAJECTORIES = ['GM0335', 'GM0308', 'GM1621'];

test.describe('on a projector at 1366×768', () => {
	test.use({ viewport: { width: 1366, height: 768 } });
	for (const code of TRAJECTORIES)
		test(`every slide of ${code} fits whole in full screen, footer included, with no controls`, async ({ guarded: page }) => {
			await page.goto(`/presentatie/${code}/`);
			await page.locator('html[data-hydrated]').waitFor();
			await page.keyboard.press('f');
			await expect.poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('data-testid') ?? null)).toBe('deck');
			const total = Number((await page.getByTestId('deck-counter').textContent())!.match(/van (\d+)/)![1]);
			for (let i = 1; i <= total; i++) {
				const slide = page.locator('section.slide.current');
				await expect(slide).toHaveAttribute('aria-label', new RegExp(`\\(${i}/${total}\\)`));
				// A chart draws after the slide shows; measure once it is there.
				if ((await slide.locator('.chart').count()) > 0) await expect(slide.locator('.chart')).toHaveAttribute('data-state', 'ready');
				const fit = await slide.evaluate((s) => ({ overflow: s.scrollHeight - s.clientHeight, wide: s.scrollWidth - s.clientWidth, footer: s.querySelector('.slide-footer')!.getBoundingClientRect().bottom, height: innerHeight }));
				expect(fit.overflow, `slide ${i} of ${code}`).toBeLessThanOrEqual(1);
				expect(fit.wide, `slide ${i} of ${code}`).toBeLessThanOrEqual(1);
				expect(fit.footer).toBeLessThanOrEqual(fit.height);
				await expect(slide.getByRole('button')).toHaveCount(0);
				if (code === 'GM0335') await page.screenshot({ path: `tests/e2e/screenshots/projector-${code}-${i}.png` });
				await page.keyboard.press('ArrowRight');
			}
		});

	test('long English theme labels are never clipped on the heard slide', async ({ guarded: page }) => {
		await page.goto('/presentatie/GM0335/?dia=2&lang=en');
		// The presenter puts the longest label first.
		await page.evaluate(() => localStorage.setItem('kloofmeter.deck.GM0335', JSON.stringify({ hidden: [], themeOrder: ['zichtbaarheid_handhaving'] })));
		await page.reload();
		const chart = page.locator('section.slide.current .chart');
		await expect(chart).toHaveAttribute('data-state', 'ready');
		const svg = chart.locator('svg').first();
		await expect(svg).toContainText('Visibility of community police officer');
		// Every text of the chart lies inside the drawing.
		const outside = await svg.evaluate((el) => {
			const box = el.getBoundingClientRect();
			return [...el.querySelectorAll('text')].filter((t) => { const r = t.getBoundingClientRect(); return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1); }).map((t) => t.textContent);
		});
		expect(outside).toEqual([]);
	});
});

test('the deck with the keyboard only: notes in presenter view, never on the projected slide', async ({ guarded: page }) => {
	await page.goto('/presentatie/GM0335/');
	await page.locator('html[data-hydrated]').waitFor();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('p');
	await expect(page).toHaveURL(/notities=1/);
	const notes = page.getByTestId('speaker-notes');
	await expect(notes).toContainText('Hoeveel mensen zeiden dit?');
	await expect(notes).toContainText('Een percentage kunnen we niet geven');
	await expect(notes).toContainText('Volgende dia: Wat de cijfers laten zien');
	await page.keyboard.press('ArrowRight');
	await expect(notes).toContainText('Is het erger geworden?');
	await expect(notes).toContainText('Zo’n verschil kan toeval zijn.');
	// The notes are outside what goes full screen and what prints.
	await expect(page.getByTestId('deck').getByTestId('speaker-notes')).toHaveCount(0);
	await screenshot(page, 'deck-presenter');
	// Tab reaches every control in order; Enter on the notes button closes presenter view.
	await page.locator('body').click({ position: { x: 5, y: 5 } });
	let found = false;
	for (let i = 0; i < 40 && !found; i++) {
		await page.keyboard.press('Tab');
		found = (await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === 'presenter-toggle';
	}
	expect(found).toBe(true);
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('speaker-notes')).toHaveCount(0);
	await expect(page).not.toHaveURL(/notities=1/);
});

test('the one-page summary: the raad’s question survives a reload, prints on one A4 page and reaches the deck', async ({ guarded: page }) => {
	for (const code of TRAJECTORIES) {
		await page.goto(`/samenvatting/${code}/`);
		await expect(page.getByTestId('summary-points').locator('li')).not.toHaveCount(0);
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g), code).toHaveLength(1);
	}

	await page.goto('/samenvatting/GM0335/');
	await expect(page.getByTestId('summary')).toContainText('spraken de onderzoekers met 27 mensen: 3 inwoners');
	await expect(page.getByTestId('summary-figures')).toContainText('Geregistreerde misdrijven per 1.000 inwoners (2020)');
	await expect(page.getByTestId('summary')).not.toContainText('seed:');
	// What is already happening starts from the report's own follow-up.
	await expect(page.getByTestId('raad-happening')).toHaveValue(/concrete oplossingen gerealiseerd/);
	const ask = 'Wij vragen de raad in te stemmen met een gebiedsmanager voor Keizerrijk en de wijkagent vaker zichtbaar te maken in de wijk.';
	await page.getByTestId('raad-ask').fill(ask);
	await page.reload();
	await expect(page.getByTestId('raad-ask')).toHaveValue(ask);

	// Printed, the question is a paragraph (not a form field), still on one page.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByTestId('printed-ask')).toHaveText(ask);
	await expect(page.getByTestId('raad-ask')).toBeHidden();
	await screenshot(page, 'summary-print');
	// Back to no emulation: page.pdf prints with screen styles while 'screen' is emulated.
	await page.emulateMedia({ media: null });
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
	expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
	const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/)!;
	expect([Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([595, 842]);

	// The text download carries it too.
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als tekst' }).click()]);
	const { readFile } = await import('node:fs/promises');
	expect(await readFile((await download.path())!, 'utf8')).toContain(ask);

	// The last slide of the deck says what the raad is asked.
	await page.goto('/presentatie/GM0335/');
	await page.locator('html[data-hydrated]').waitFor();
	await page.keyboard.press('End');
	await expect(page.getByTestId('followup-ask')).toHaveText(ask);
});

test('the gemeente page leads to its deck and summary, and prints without navigation or a cut-off table', async ({ guarded: page }) => {
	await page.goto('/gemeente/GM0335/');
	const links = page.getByTestId('raad-links');
	await expect(links.getByRole('link', { name: 'Presentatie voor de raad' })).toHaveAttribute('href', '/presentatie/GM0335/');
	await expect(links.getByRole('link', { name: 'Samenvatting op één A4' })).toHaveAttribute('href', '/samenvatting/GM0335/');
	await expect(page.getByTestId('chart-gap')).toHaveAttribute('data-state', 'ready');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header.top')).toBeHidden();
	await expect(links).toBeHidden();
	await expect(page.getByTestId('chart-gap').getByRole('button', { name: 'Opslaan als SVG' })).toBeHidden();
	// Every column of the gap table is on the paper: nothing scrolls sideways in print.
	const table = page.getByTestId('gap-table');
	expect(await table.evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth)).toBeLessThanOrEqual(1);
	await page.emulateMedia({ media: null });
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
	const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/)!;
	expect([Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([595, 842]);
});
