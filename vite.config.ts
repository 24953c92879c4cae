import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// DuckDB-wasm ships pre-bundled worker scripts and wasm; pre-bundling them again breaks their URLs.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	server: { fs: { allow: ['data'] } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000
	}
});
