import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// DuckDB-wasm ships pre-bundled worker scripts and wasm; pre-bundling them again breaks their URLs.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	server: { fs: { allow: ['data'] } },
	// The shipped Arrow tables stay files, never data: URLs (Vite inlines small assets): the CSP's connect-src is
	// 'self' only, so a fetch of a data: URL would be refused.
	build: { assetsInlineLimit: (file: string) => (file.endsWith('.arrow') ? false : undefined) },
	test: {
		testTimeout: 30_000,
		globalSetup: ['tests/unit/support/shippedArrow.ts'],
		projects: [
			{ extends: true, test: { name: 'node', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/**/*.svelte.test.ts'], environment: 'node' } },
			// Components mount under jsdom with Svelte's browser build; the Node tests keep the node conditions
			// (@duckdb/node-api has no browser build).
			{ extends: true, resolve: { conditions: ['browser'] }, test: { name: 'components', include: ['tests/unit/**/*.svelte.test.ts'], environment: 'jsdom' } }
		]
	}
});
