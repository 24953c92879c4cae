import { defineConfig } from '@playwright/test';

// Another port lets a second checkout run its e2e tests beside this one without reusing this one's server.
const PORT = Number(process.env.E2E_PORT ?? 4173);

// Debian's Chromium: Playwright cannot download its own browser here. The flags keep Chromium from phoning home,
// which on a closed network only produces refused connections and noise.
export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	timeout: 60_000,
	expect: { timeout: 30_000 },
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		headless: true,
		viewport: { width: 1280, height: 900 },
		locale: 'nl-NL',
		timezoneId: 'Europe/Amsterdam',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		}
	},
	webServer: {
		command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
