/**
 * A figures file past the size from which DuckDB reads its body (import/prepare.ts ENGINE_FROM_BYTES): the bench's
 * synthetic StatLine export at 10 MB. Imported whole and kept across a reload; refused at its row for a line beyond
 * the first megabyte that the whole-file analysis would refuse, with nothing kept; handed to the worker's whole-file
 * path when the engine cannot read the body (a byte that is not UTF-8 past the head).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateStatline } from '../../scripts/synthetic/generate';
import { expect, screenshot, test } from './support/guard';

test.setTimeout(180_000);

const { path } = generateStatline({ megabytes: 10, seed: 7, outDir: mkdtempSync(join(tmpdir(), 'large-')), root: resolve('.') });
const text = readFileSync(path, 'utf8');
const lines = text.split('\n');
// What the file holds, counted here from its text: a buurt row with a number is kept, one with "." or "x" set aside.
const numbers = lines.filter((l) => /^"BU\d+";"\d{4}";"\d+,\d"$/.test(l)).length;
const markers = lines.filter((l) => /^"BU\d+";"\d{4}";"[.x]"$/.test(l)).length;
const nl = (n: number) => n.toLocaleString('nl-NL');
const asFile = (name: string, body: string | Buffer) => ({ name, mimeType: 'text/csv', buffer: typeof body === 'string' ? Buffer.from(body, 'utf8') : body });

test('a 10 MB StatLine export: the head analysed, the body read by DuckDB, kept across a reload; a bad line past the head refused at its row', async ({ guarded: page }) => {
	expect(text.length).toBeGreaterThan(9 << 20);
	await page.goto('/data/');
	await expect(page.locator('tr[data-table="indicator_values"]')).toHaveAttribute('data-state', 'ready');
	const file = page.locator('#import-indicator-file');
	const preview = page.getByTestId('import-preview');
	const list = page.getByTestId('import-list');

	// 1. Refused: a line far past the head written with commas. The whole-file analysis refuses such a file at that
	// line; before the engine checked the lines, it was read as one unknown region and set aside without a word.
	const bad = lines.length - 200;
	const withCommas = lines.map((l, i) => (i === bad ? l.replaceAll('";"', '","') : l)).join('\n');
	await file.setInputFiles(asFile('komma.csv', withCommas));
	await expect(preview).toContainText('in de eerste 1 MB van 10 MB');
	await preview.getByRole('button', { name: 'Importeren' }).click();
	const problems = page.getByTestId('indicator-import').getByTestId('import-problems');
	await expect(problems).toContainText(`Rij ${bad + 1}:`);
	await expect(problems).toContainText('Deze rij gebruikt een komma als scheidingsteken, de kopregel een puntkomma.');
	await screenshot(page, 'import-large-refused');
	await expect(list.locator('tr[data-import]')).toHaveCount(0);

	// 2. The file as it is: every buurt value read, the markers set aside.
	await file.setInputFiles(asFile('statline-10.csv', text));
	// The refused file's form goes the moment another is chosen: its button cannot send the old analysis.
	await expect(problems).toHaveCount(0);
	await preview.getByLabel('Naam van de indicator').fill('Misdrijven per buurt (synthetisch, groot)');
	await preview.getByRole('button', { name: 'Importeren' }).click();
	const done = page.getByTestId('indicator-import').getByTestId('import-done');
	await expect(done).toContainText(`“Misdrijven per buurt (synthetisch, groot)” geïmporteerd: ${nl(numbers)} rijen`);
	await expect(done.getByTestId('set-aside')).toContainText(`${nl(markers)} × zonder waarde`);
	await screenshot(page, 'import-large-done');
	await page.reload();
	await expect(list.locator('tr[data-import]')).toHaveCount(1);
	await expect(list).toContainText('Misdrijven per buurt (synthetisch, groot)');
	await expect(page.locator('tr[data-table="indicator_values"]')).toHaveAttribute('data-state', 'ready');

	// 3. A byte that is not UTF-8 past the head: the engine cannot read the body, so the worker reads the whole file
	// and decides as it does for any file: a text in two encodings is refused for its encoding, and nothing is kept.
	const latin = lines.length - 100;
	const odd = Buffer.concat(lines.map((l, i) => Buffer.from((i === latin ? l.replace(/^"BU\d+"/, '"Caf\xe9"') : l) + (i < lines.length - 1 ? '\n' : ''), i === latin ? 'latin1' : 'utf8')));
	await file.setInputFiles(asFile('latin.csv', odd));
	await preview.getByLabel('Naam van de indicator').fill('Misdrijven (latin)');
	await preview.getByRole('button', { name: 'Importeren' }).click();
	await expect(problems).toContainText('De tekenset van dit bestand is niet te lezen');
	await expect(list.locator('tr[data-import]')).toHaveCount(1);
});

test('an export whose kept values are more than Chromium keeps in one IndexedDB value (127 MiB) is kept in pieces, whole across a reload', async ({ guarded: page }) => {
	const big = generateStatline({ megabytes: 60, seed: 11, outDir: mkdtempSync(join(tmpdir(), 'larger-')), root: resolve('.') });
	const kept = readFileSync(big.path, 'utf8')
		.split('\n')
		.filter((l) => /^"BU\d+";"\d{4}";"\d+,\d"$/.test(l)).length;
	// About 90 bytes of Arrow a value: past one value of IndexedDB, which refused the whole import before.
	expect(kept * 90).toBeGreaterThan(127 << 20);
	await page.goto('/data/');
	const values = page.locator('tr[data-table="indicator_values"]');
	await expect(values).toHaveAttribute('data-state', 'ready');
	const count = async (cell: number) => Number((await values.locator('td.num').nth(cell).innerText()).replace(/\D/g, ''));
	const shipped = await count(1);
	await page.locator('#import-indicator-file').setInputFiles(big.path);
	const preview = page.getByTestId('import-preview');
	await preview.getByLabel('Naam van de indicator').fill('Misdrijven per buurt (synthetisch, groter)');
	await preview.getByRole('button', { name: 'Importeren' }).click();
	await expect(page.getByTestId('indicator-import').getByTestId('import-done')).toContainText(`geïmporteerd: ${nl(kept)} rijen`, { timeout: 120_000 });
	await page.reload();
	await expect(page.getByTestId('import-list').locator('tr[data-import]')).toHaveCount(1);
	await expect(values).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
	expect((await count(1)) - shipped).toBe(kept);
});
