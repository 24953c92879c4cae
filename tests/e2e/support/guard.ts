import { expect, test as base, type Page } from '@playwright/test';

/**
 * Every e2e test runs with two guards: no console error, and no request to any host but the app's own.
 * Both are checked after the test, so a failure names what went wrong.
 */
export const test = base.extend<{ guarded: Page }>({
	guarded: async ({ page, baseURL }, use) => {
		const origin = new URL(baseURL!).origin;
		const consoleErrors: string[] = [];
		const foreignRequests: string[] = [];
		page.on('console', (msg) => {
			if (msg.type() === 'error') consoleErrors.push(msg.text());
		});
		page.on('pageerror', (err) => consoleErrors.push(err.message));
		page.on('request', (req) => {
			const url = req.url();
			if (url.startsWith('data:') || url.startsWith('blob:')) return;
			if (new URL(url).origin !== origin) foreignRequests.push(url);
		});
		await use(page);
		expect(foreignRequests, 'requests to another origin').toEqual([]);
		expect(consoleErrors, 'console errors').toEqual([]);
	}
});

export { expect };

export async function screenshot(page: Page, name: string): Promise<void> {
	await page.screenshot({ path: `tests/e2e/screenshots/${name}.png`, fullPage: true });
}
