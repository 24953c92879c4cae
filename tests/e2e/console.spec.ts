import { expect, test } from './support/guard';
import type { Page } from '@playwright/test';

/** Runs a statement in the console and returns what it said: the error text, or the status line. */
async function run(page: Page, sql: string): Promise<string> {
	await page.getByLabel('Zoekopdracht (SQL)').fill(sql);
	await page.getByRole('button', { name: 'Uitvoeren' }).click();
	const said = page.getByTestId('sql-error').or(page.getByTestId('sql-status'));
	await expect(said).toBeVisible();
	await expect(page.getByRole('button', { name: 'Uitvoeren' })).toBeEnabled();
	return (await said.textContent())!.trim();
}

const COUNTS = "SELECT (SELECT count(*) FROM themes) || '/' || (SELECT count(*) FROM gemeenten) || '/' || (SELECT count(*) FROM findings) || '/' || (SELECT count(*) FROM duckdb_tables()) || '/' || current_setting('autoinstall_known_extensions') AS state";

async function state(page: Page): Promise<string> {
	await run(page, COUNTS);
	return (await page.getByTestId('sql-result').locator('tbody td').first().textContent())!.trim();
}

test('the SQL console: attacks from issue #19 change no table, reach no other host, and a long query stops on Esc', async ({ guarded: page }) => {
	await page.goto('/data/');
	await expect(page.locator('tr[data-table="findings"]')).toHaveAttribute('data-state', 'ready');
	const before = await state(page);
	expect(before).toMatch(/^\d+\/342\/\d+\/\d+\/false$/);

	const attacks: [string, RegExp][] = [
		["SELECT '--'; COMMIT; DROP TABLE themes; --", /Eén opdracht tegelijk/],
		["SELECT '--'; COMMIT; UPDATE themes SET label_nl = 'weg'; --", /Eén opdracht tegelijk/],
		["SELECT '--'; COMMIT; ATTACH ':memory:' AS evil; --", /Eén opdracht tegelijk/],
		["SELECT '--'; COMMIT; COPY themes TO 'uit.csv'; --", /Eén opdracht tegelijk/],
		["SELECT '--'; COMMIT; SET autoinstall_known_extensions = true; --", /Eén opdracht tegelijk/],
		["SELECT '--'; COMMIT; CREATE VIEW v AS SELECT 1; --", /Eén opdracht tegelijk/],
		["EXPLAIN ANALYZE COPY themes TO 'uit.csv'", /niet te lezen/],
		['DROP TABLE gemeenten', /Alleen lezen/],
		["SELECT * FROM read_csv('http://example.invalid/x.csv')", /niet te lezen/],
		["SELECT * FROM 'http://example.invalid/x.csv'", /niet te lezen/],
		["SELECT * FROM read_text('http://example.invalid/x')", /niet te lezen/]
	];
	for (const [sql, said] of attacks) expect(await run(page, sql), sql).toMatch(said);
	expect(await state(page)).toBe(before);

	// A dollar-quoted semicolon is just text.
	await run(page, 'SELECT $$;$$ AS s');
	await expect(page.getByTestId('sql-result').locator('tbody td')).toHaveText(';');

	// Five million rows: the first 500 are shown, the page stays responsive.
	expect(await run(page, 'SELECT * FROM range(5000000) ORDER BY range DESC')).toContain('Meer dan 500 rijen');
	await expect(page.getByTestId('sql-result').locator('tbody tr')).toHaveCount(500);

	// The long query from the issue runs until Esc; meanwhile another query on the page still answers.
	await page.getByLabel('Zoekopdracht (SQL)').fill('SELECT sum(hash(a.range * b.range)) FROM range(100000) a, range(100000) b');
	await page.getByRole('button', { name: 'Uitvoeren' }).click();
	await expect(page.getByTestId('sql-cancel')).toBeVisible();
	await page.waitForTimeout(1500);
	// The data page's own export queries DuckDB on another connection: it answers while the console query runs.
	const [csv] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.getByRole('button', { name: 'Download themes als CSV (CSV (Excel NL))' }).click()]);
	expect(csv.suggestedFilename()).toContain('themes');
	await expect(page.getByTestId('sql-cancel')).toBeVisible();
	await page.locator('section[aria-labelledby="sql-title"]').screenshot({ path: 'tests/e2e/screenshots/console-running.png' });
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('sql-error')).toContainText('Gestopt', { timeout: 10_000 });
	await page.locator('section[aria-labelledby="sql-title"]').screenshot({ path: 'tests/e2e/screenshots/console-cancelled.png' });
	expect(await state(page)).toBe(before);
});

test('the SQL console: tables and columns beside it, example questions, years as years, DuckDB errors in Dutch with the original', async ({ guarded: page }) => {
	await page.goto('/data/');
	await expect(page.locator('tr[data-table="findings"]')).toHaveAttribute('data-state', 'ready');

	// The tables and their columns; a click puts a name in the statement.
	const schema = page.getByTestId('sql-schema');
	const values = schema.locator('details[data-table="indicator_values"]');
	await values.locator('summary').click();
	await expect(values).toContainText('period');
	await expect(values).toContainText('geheel getal');
	await page.getByLabel('Zoekopdracht (SQL)').fill('SELECT DISTINCT');
	await values.getByRole('button', { name: 'Zet period in de opdracht' }).click();
	await expect(page.getByLabel('Zoekopdracht (SQL)')).toHaveValue('SELECT DISTINCT period');

	// An example question runs at a click; its years print as 2023, not 2.023; numbers are right-aligned.
	await page.getByTestId('sql-examples').getByRole('button', { name: 'Over welke jaren heeft elke indicator cijfers?' }).click();
	const result = page.getByTestId('sql-result');
	await expect(result.locator('thead')).toContainText('eerste_jaar');
	const first = result.locator('tbody tr').first().locator('td');
	await expect(first.nth(1)).toHaveText(/^(19|20)\d\d$/);
	await expect(first.nth(2)).toHaveText(/^(19|20)\d\d$/);
	await expect(first.nth(1)).toHaveCSS('text-align', 'right');
	await expect(first.nth(0)).toHaveCSS('text-align', 'left');
	// A count is a quantity: thousands separated.
	await run(page, "SELECT period AS jaar, count(*) AS waarden FROM indicator_values WHERE indicator_id = 'bevolking' GROUP BY ALL ORDER BY jaar");
	const row = result.locator('tbody tr').last().locator('td');
	await expect(row.nth(0)).toHaveText(/^20\d\d$/);
	await run(page, 'SELECT count(*) * 1000 AS n FROM gemeenten');
	await expect(result.locator('tbody td')).toHaveText('342.000');
	await expect(result.locator('tbody td')).toHaveCSS('text-align', 'right');

	// DuckDB's errors as a sentence, the original beneath.
	const error = page.getByTestId('sql-error');
	expect(await run(page, 'SELECT naam FROM gemeenten')).toContain('Er is geen kolom “naam” in de tabel(len) van deze opdracht. Kolommen die er wel zijn:');
	await expect(error.getByTestId('sql-error-original')).toContainText('Referenced column "naam" not found');
	expect(await run(page, 'SELECT * FROM gemeente')).toContain('Er is geen tabel “gemeente”. De tabellen en hun kolommen staan naast de console. Bedoelt u “gemeenten”?');
	expect(await run(page, 'SELEC name FROM gemeenten')).toContain('DuckDB loopt vast bij “SELEC”');
	expect(await run(page, "SELECT * FROM gemeenten WHERE inhabitants > 'veel'")).toContain('“veel” is geen');
	expect(await run(page, 'SELECT sum(name) FROM gemeenten')).toContain('De soorten gegevens passen niet bij elkaar');
	// A refusal keeps its sentence, with DuckDB's words beneath.
	expect(await run(page, 'DROP TABLE gemeenten')).toContain('Alleen lezen');
	await expect(error.getByTestId('sql-error-original')).toBeVisible();
	await page.locator('section[aria-labelledby="sql-title"]').screenshot({ path: 'tests/e2e/screenshots/console-error.png' });
});
