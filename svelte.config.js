import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Not adapter-static's precompress (brotli quality 11 over the 34 MB wasm takes minutes): scripts/precompress.ts
		// writes .br and .gz next to every file after the build, in seconds.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: false, strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Registered by the root layout after the page has loaded: installing caches 40 MB, which must not compete
		// with the first visit's own downloads.
		serviceWorker: { register: false },
		// The page's Content-Security-Policy, as a <meta> tag in every prerendered page (hence mode 'hash': SvelteKit
		// hashes its own inline start-up script; no other inline script is allowed). Nothing may be fetched from
		// another origin. A meta CSP does not reach inside workers (they take theirs from response headers, which a
		// static host may not send), so the DuckDB worker is locked down on its own: external access off
		// (src/lib/db/readOnly.ts, ENGINE_LOCKDOWN).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// DuckDB and the engine's wasm compile WebAssembly; nothing evaluates JavaScript strings.
				'script-src': ['self', 'wasm-unsafe-eval'],
				// The DuckDB worker and the import worker are files of the site; blob: for libraries that wrap theirs.
				'worker-src': ['self', 'blob:'],
				'connect-src': ['self'],
				// Observable Plot writes style attributes and a <style> into each SVG.
				'style-src': ['self', 'unsafe-inline'],
				// Chart export draws the SVG (a blob: URL) onto a canvas; the favicon is a file.
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
