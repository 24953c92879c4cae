import { expect, screenshot, test } from './support/guard';

test('vergelijk: themes per trajectory, recurring and together; every chart follows the filters, kept in the URL', async ({ guarded: page }) => {
	await page.goto('/vergelijk/');
	const matrix = page.getByTestId('chart-theme-matrix');
	const recurring = page.getByTestId('chart-recurring');
	const cooc = page.getByTestId('chart-cooccurrence');
	for (const chart of [matrix, recurring, cooc]) await expect(chart).toHaveAttribute('data-state', 'ready');

	// n is shown per trajectory; Montfoort's reading and class come from the same analysis as its gemeente page.
	await expect(matrix.locator('svg')).toContainText('Montfoort (n = 27)');
	await expect(matrix.locator('svg')).toContainText('Baarn (n onbekend)');
	const table = matrix.locator('table');
	await expect(table.locator('tr', { hasText: 'Vertrouwen in en bereikbaarheid' })).toContainText('stuk voor stuk');
	await expect(table.locator('tr', { hasText: 'Onveiligheidsgevoel' })).toContainText('rode draadGehoord, (nog) niet zichtbaar in de cijfers');
	// Baarn's drugs study did not ask about feeling unsafe: not studied, never a blind spot in the conversations.
	await expect(table.locator('tr', { hasText: 'Onveiligheidsgevoel' })).toContainText('Niet onderzocht in dit traject');
	await expect(page.getByTestId('compare-summary')).toContainText('van de 3 trajecten (Baarn, Lansingerland, Montfoort)');
	await expect(recurring.locator('svg')).toContainText('Baarn, Lansingerland, Montfoort');
	// Within one conversation the units are people: fewer than 5 and the count is withheld.
	await expect(page.getByTestId('within-table')).toContainText('minder dan 5');
	await expect(page.getByTestId('within-table')).not.toContainText(/\b[1-4]\b/);
	await screenshot(page, 'vergelijk');

	// Stance: solutions have no class; all three charts redraw.
	await page.getByLabel('Genoemd als').selectOption('solution');
	await expect(page).toHaveURL(/houding=oplossing/);
	await expect(matrix.locator('figcaption')).toContainText('als oplossing');
	await expect(recurring.locator('figcaption')).toContainText('als oplossing');
	await expect(cooc.locator('figcaption')).toContainText('als oplossing');
	await expect(table).not.toContainText('Gehoord, (nog) niet zichtbaar');
	await expect(page.getByTestId('compare-summary')).not.toContainText('Vertrouwen in en bereikbaarheid van de gemeente komt terug in 3');

	// A group with fewer than 5 conversations in Montfoort (2 administrators): its column is withheld, its size too
	// (issue #19: the header used to print it), and no other header shows a group size under 5.
	await page.getByLabel('Genoemd als').selectOption('problem');
	await page.getByLabel('Respondentgroep').selectOption('bestuurder');
	await expect(page).toHaveURL(/groep=bestuurder/);
	await expect(matrix.locator('svg')).toContainText('Montfoort (n afgeschermd)');
	for (const n of [1, 2, 3, 4]) await expect(matrix.locator('svg')).not.toContainText(`(n = ${n})`);
	await expect(table.locator('tr', { hasText: 'Jeugdoverlast' })).toContainText('< 5');
	await expect(table.locator('tr', { hasText: 'Jeugdoverlast' })).not.toContainText('Gehoord, (nog) niet zichtbaar');
	await screenshot(page, 'vergelijk-bestuurder');

	// Year: only trajectories that started then.
	await page.getByLabel('Respondentgroep').selectOption('');
	await page.getByLabel('Startjaar traject').selectOption('2021');
	await expect(matrix.locator('svg')).not.toContainText('Baarn');
	await expect(matrix.locator('svg')).toContainText('Montfoort (n = 27)');

	// Back restores the previous filters; a shared URL reproduces the view; clearing returns to the plain page.
	await page.goBack();
	await expect(matrix.locator('svg')).toContainText('Baarn');
	await page.goto('/vergelijk/?groep=bestuurder');
	await expect(page.getByLabel('Respondentgroep')).toHaveValue('bestuurder');
	await expect(table.locator('tr', { hasText: 'Jeugdoverlast' })).toContainText('< 5');
	await page.getByRole('button', { name: 'Filters wissen' }).click();
	await expect(page).toHaveURL(/\/vergelijk\/$/);
	await expect(table.locator('tr', { hasText: 'Onveiligheidsgevoel' })).toContainText('rode draad');
});

test('kloof: every pair placed against the class regions, ranked, the unplaceable listed, and a click opens the gemeente', async ({ guarded: page }) => {
	await page.goto('/kloof/');
	const scatter = page.getByTestId('chart-gap-scatter');
	const ranking = page.getByTestId('chart-gap-ranking');
	await expect(scatter).toHaveAttribute('data-state', 'ready');
	await expect(ranking).toHaveAttribute('data-state', 'ready');
	const summary = page.getByTestId('gapx-summary');
	const n = Number((await summary.textContent())!.match(/^(\d+) paren/)![1]);
	expect(n).toBeGreaterThanOrEqual(3);
	await expect(scatter.locator('svg g[data-mark="dot"] path')).toHaveCount(n);
	for (const region of ['Gehoord én zichtbaar in de cijfers', 'Gehoord, (nog) niet zichtbaar in de cijfers', 'In de cijfers, niet (breed) gehoord', 'Niet (breed) gehoord, geen opvallend cijfer'])
		await expect(scatter.locator('svg')).toContainText(region);
	// The heard axis speaks the report's words; the researchers' own conclusions have a row of their own.
	for (const word of ['rode draad', 'één persoon', '◆ onderzoekers']) await expect(scatter.locator('svg')).toContainText(word);
	const row = scatter.locator('table tr', { hasText: 'Montfoort · Jeugdoverlast' });
	await expect(row).toContainText('Gehoord, (nog) niet zichtbaar in de cijfers');
	await expect(row).toContainText('◆ onderzoekers');
	// Drugs in Baarn cannot be placed: no indicator measures it. It is listed, not dropped.
	await expect(page.getByTestId('unplaced-table')).toContainText('Baarn · Drugsgebruik en -handel');
	await screenshot(page, 'kloof');

	// Reference set and thresholds re-analyse without a new query; both charts follow.
	await page.getByLabel('10 vergelijkbare gemeenten').check();
	await expect(page).toHaveURL(/referentie=peers/);
	// Among its peers Lansingerland's crime rate ranks high, but its one-paragraph summary's silence on feeling unsafe
	// is not "not raised": no pair is claimed as a blind spot in the conversations.
	await expect(row).toContainText('Gehoord, (nog) niet zichtbaar in de cijfers');
	await expect(scatter.locator('table')).not.toContainText('In de cijfers, niet (breed) gehoord');

	await page.getByLabel('Thema', { exact: true }).selectOption('jeugdoverlast');
	await expect(page).toHaveURL(/thema=jeugdoverlast/);
	// Montfoort is placed; in Baarn and Lansingerland youth nuisance was mentioned without a word on how widely.
	await expect(scatter.locator('table tbody tr')).toHaveCount(1);
	await expect(page.getByTestId('unplaced-table')).toContainText('Lansingerland · Jeugdoverlast');
	await expect(ranking.locator('svg')).not.toContainText('Verloedering');
	await screenshot(page, 'kloof-jeugdoverlast-peers');

	// A shared URL reproduces the view.
	await page.goto('/kloof/?referentie=peers&thema=jeugdoverlast');
	await expect(scatter.locator('table tbody tr')).toHaveCount(1);
	await expect(row).toContainText('Gehoord, (nog) niet zichtbaar in de cijfers');

	// Click a point: its gemeente opens.
	const dot = scatter.locator('svg g[data-mark="dot"] path').first();
	await dot.scrollIntoViewIfNeeded();
	const box = (await dot.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await expect(page).toHaveURL(/\/gemeente\/GM\d{4}\/$/);
	await expect(page.getByTestId('chart-gap')).toBeVisible();
});
