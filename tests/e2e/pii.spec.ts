import { resolve } from 'node:path';
import { expect, test } from './support/guard';

const fixture = (p: string) => resolve('tests/fixtures/import', p);

test('files with personal data written as in issue #19 are refused with row, column and a masked value; nothing is imported', async ({ guarded: page }) => {
	await page.goto('/data/');
	await expect(page.locator('tr[data-table="findings"]')).toHaveAttribute('data-state', 'ready');
	const findingsImport = page.getByTestId('findings-import');
	const problems = findingsImport.getByTestId('import-problems');
	const cases: [string, string, string][] = [
		['bad/findings-bsn-dots.csv', 'Rij 2, kolom "Segment": Bevat een burgerservicenummer (BSN)', '111.222.333'],
		['bad/findings-bsn-sentence-end.csv', 'Rij 2, kolom "Segment": Bevat een burgerservicenummer (BSN)', '111222333'],
		['bad/findings-phone-area-parens.csv', 'Rij 2, kolom "Segment": Bevat een telefoonnummer', '123 45 67'],
		['bad/findings-phone-mobile-dash.csv', 'Rij 2, kolom "Segment": Bevat een telefoonnummer', '1234 5678'],
		['bad/findings-address-lowercase.csv', 'Rij 3, kolom "Segment": Bevat een postcode met huisnummer', '3511 ab'],
		['bad/findings-matrix-phone-header.csv', 'Rij 1, kolom "3e kolom": Bevat een telefoonnummer', '12345678'],
		['bad/findings-matrix-name-header.csv', 'Rij 1, kolom "3e kolom": Deze code lijkt een persoonsnaam (A••• d• V••••)', 'Vries'],
		['bad/findings-name-as-code.csv', 'Rij 2, kolom "Code": Deze code lijkt een persoonsnaam (J•• J•••••)', 'Jansen']
	];
	for (const [file, message, value] of cases) {
		await page.locator('#import-findings-file').setInputFiles(fixture(file));
		await expect(problems, file).toContainText(message);
		// The refusal masks the value, also when the value is a header (the column is then named by position).
		expect(await problems.textContent(), file).not.toContain(value);
		await expect(findingsImport.getByTestId('findings-form')).toHaveCount(0);
	}
	await problems.screenshot({ path: 'tests/e2e/screenshots/pii-refused.png' });
	await expect(page.getByTestId('import-list')).toHaveCount(0);
});
