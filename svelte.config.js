import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// No precompress: brotli over the 34 MB DuckDB wasm takes minutes and any static server can gzip on the fly.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: false, strict: true }),
		alias: { $data: 'data' },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Registered by the root layout after the page has loaded: installing caches 40 MB, which must not compete
		// with the first visit's own downloads.
		serviceWorker: { register: false }
	}
};

export default config;
