import { resolve } from 'node:path';
import { expect, screenshot, test } from './support/guard';

// Synthetic MAXQDA export (no real people): 14 interviews in 4 document groups, about Zutphen.
const FIXTURE = resolve('tests/fixtures/import/good/synthetisch-maxqda-documentgroepen-zutphen.csv');

test('a MAXQDA export with document groups counts its 14 conversations, and the trajectory gets a gemeente page, the comparisons and a deck', async ({ guarded: page }) => {
	await page.goto('/data/');
	await expect(page.locator('tr[data-table="findings"]')).toHaveAttribute('data-state', 'ready');
	await page.locator('#import-findings-file').setInputFiles(FIXTURE);
	const form = page.getByTestId('findings-form');
	await expect(form).toContainText('14 documenten, 4 codes');

	// Each document is a conversation; the groups are proposed by meaning ("Gemeente" is the municipality, not residents).
	const groups = form.getByTestId('document-groups');
	await expect(groups.getByRole('combobox', { name: 'Gemeente', exact: true })).toHaveValue('ambtenaar');
	await expect(groups.getByRole('combobox', { name: 'Bewoners', exact: true })).toHaveValue('inwoner');
	await expect(groups.getByRole('combobox', { name: 'Jongerenwerk', exact: true })).toHaveValue('professional');
	const counted = form.getByTestId('conversation-preview');
	await expect(counted).toContainText('14 gesprekken in totaal');
	await expect(counted.locator('li[data-group="inwoner"]')).toContainText('6 gesprekken');
	await expect(counted.locator('li[data-group="ambtenaar"]')).toContainText('2 gesprekken');
	// The proposal follows a change before anything is kept.
	await groups.getByRole('combobox', { name: 'Jongeren', exact: true }).selectOption('inwoner');
	await expect(counted.locator('li[data-group="inwoner"]')).toContainText('9 gesprekken');
	await groups.getByRole('combobox', { name: 'Jongeren', exact: true }).selectOption('jongere');

	// The gemeente from the file name, the theme from the code's words.
	await expect(form.getByLabel('Gemeente', { exact: true }).first()).toHaveValue('GM0301');
	await expect(form.getByTestId('gemeente-proposal')).toContainText('bestandsnaam');
	await expect(form.getByRole('combobox', { name: 'Vertrouwen in de gemeente', exact: true })).toHaveValue('vertrouwen_gemeente');
	await form.getByLabel('Titel', { exact: true }).fill('Zutphen: veiligheid in de binnenstad (synthetisch)');
	await form.getByLabel('Vraag', { exact: true }).fill('Wat ervaren bewoners en jongeren in de binnenstad?');
	await form.getByLabel('Begin (jaar of jaar-maand)').fill('2025-03');
	await screenshot(page, 'import-qda-form');
	await form.getByRole('button', { name: 'Importeren' }).click();
	const done = page.getByTestId('findings-import').getByTestId('import-done');
	await expect(done).toContainText('geïmporteerd');
	await expect(done).toContainText('14 documenten als 14 gesprekken');

	// The gemeente page: the trajectory's title and question, no "no trajectory" above it, conversations by group.
	await page.goto('/gemeente/GM0301/');
	await expect(page.locator('#traject-title')).toContainText('Zutphen: veiligheid in de binnenstad (synthetisch)');
	await expect(page.locator('section.traject')).toContainText('Wat ervaren bewoners en jongeren in de binnenstad?');
	await expect(page.locator('#no-trajectory')).toHaveCount(0);
	const conv = page.getByTestId('conversation-groups');
	await expect(conv.locator('tr.total')).toContainText('14');
	await expect(conv).toContainText('inwoner');
	// Visible shares of 14 conversations (read as 4, each would be withheld as fewer than 5).
	const table = page.getByTestId('gap-table');
	await expect(table.locator('tr[data-theme="jeugdoverlast"]')).toContainText('9 van 14 gesprekken (64%)');
	await expect(table.locator('tr[data-theme="vertrouwen_gemeente"]')).toContainText('6 van 14 gesprekken (43%)');
	await expect(table.locator('tr[data-theme="verloedering"]')).toContainText('6 van 14 gesprekken (43%)');
	// Three people on social cohesion stay under k = 5: no count, no share.
	await expect(table.locator('tr[data-theme="sociale_samenhang"]')).not.toContainText('van 14');
	await expect(table).not.toContainText('eigen_imp');
	await screenshot(page, 'import-qda-gemeente');

	await page.goto('/vergelijk/');
	const matrix = page.getByTestId('chart-theme-matrix');
	await expect(matrix.locator('svg')).toContainText('Zutphen (n = 14)');
	// The table under the chart (folded away): Zutphen's column is the fourth.
	const cell = (theme: string) => matrix.locator('table tbody tr').filter({ has: page.locator('th', { hasText: theme }) }).locator('td').nth(3);
	await expect(cell('Jeugdoverlast')).toHaveText(/de meesten \(64%\)/);
	await expect(cell('Verloedering')).toHaveText(/veel \(43%\)/);
	await page.goto('/kloof/');
	await expect(page.getByTestId('chart-gap-scatter').locator('table tr').filter({ hasText: 'Zutphen · Jeugdoverlast' })).toContainText('de meesten');

	// A deck, built in the browser from the same page.
	await page.goto('/gemeente/GM0301/');
	await page.getByTestId('own-deck-link').getByRole('link').click();
	await expect(page).toHaveURL(/\/presentatie\/eigen\/\?gemeente=GM0301/);
	await expect(page.locator('h1')).toContainText('Zutphen');
	await expect(page.getByTestId('deck')).toBeVisible();
	await expect(page.getByTestId('deck-counter')).toContainText('1');
	await screenshot(page, 'import-qda-deck');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('takeaway-heard')).toBeVisible();
	await expect(page.getByTestId('takeaway-heard')).not.toContainText('eigen_imp');
	await screenshot(page, 'import-qda-deck-heard');
});
