import { expect, test } from '@playwright/test';

/**
 * The Content-Security-Policy (svelte.config.js, kit.csp): every page carries it, a request to another origin is
 * refused by the browser with a violation event, and the app still boots DuckDB and draws under it (the other specs
 * run under the same policy and fail on any console error, which is where a CSP refusal would show).
 */
test('the site sends a CSP; a request to another origin is refused with a violation', async ({ page }) => {
	const messages: string[] = [];
	page.on('console', (msg) => messages.push(msg.text()));
	for (const path of ['/', '/data/', '/vergelijk/', '/gemeente/GM0335/']) {
		await page.goto(path);
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(csp, path).toContain("connect-src 'self'");
		expect(csp, path).toContain("worker-src 'self' blob:");
		expect(csp, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')+;/);
		expect(csp, path).not.toMatch(/ 'unsafe-eval'/);
	}
	const result = await page.evaluate(async () => {
		const violations: string[] = [];
		document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
		const outcome = await fetch('http://example.invalid/x.csv').then(
			() => 'answered',
			(e: unknown) => `rejected: ${String(e)}`
		);
		const image = await new Promise<string>((resolve) => {
			const img = new Image();
			img.onload = () => resolve('loaded');
			img.onerror = () => resolve('refused');
			img.src = 'http://example.invalid/pixel.png';
		});
		await new Promise((r) => setTimeout(r, 100));
		return { outcome, image, violations };
	});
	expect(result.outcome).toMatch(/^rejected/);
	expect(result.image).toBe('refused');
	expect(result.violations).toContain('connect-src http://example.invalid/x.csv');
	expect(result.violations).toContain('img-src http://example.invalid/pixel.png');
	expect(messages.some((m) => m.includes('Content Security Policy'))).toBe(true);
});
