/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after one visit: the app, its data files and the DuckDB engine are cached when the worker installs, so a
 * council room without network still has everything. Fingerprinted files are served from the cache; pages and
 * anything else go to the network first and fall back to the cache, so an online visit always sees the newest.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `kloofmeter-${version}`;

// Browsers without wasm exceptions take the MVP engine; Chromium, Firefox and Safari take EH. Not caching the MVP
// build saves 40 MB; such a browser still works online.
const MVP = /duckdb-(mvp|browser-mvp)/;
// Of the 342 gemeente pages, keep those with a trajectory (the ones a presenter needs); others are cached on visit.
const withDeck = new Set(prerendered.filter((p) => /^\/presentatie\/GM\d{4}\//.test(p)).map((p) => p.split('/')[2]));
const gemeentePage = /^\/gemeente\/(GM\d{4})\//;
const pages = prerendered.filter((p) => {
	const m = gemeentePage.exec(p);
	return !m || withDeck.has(m[1]!);
});
const PRECACHE = [...build.filter((u) => !MVP.test(u)), ...files, ...pages];
const IMMUTABLE = new Set([...build, ...files]);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(PRECACHE))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(respond(event.request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	if (IMMUTABLE.has(url.pathname)) {
		const hit = await cache.match(url.pathname);
		if (hit) return hit;
	}
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic' && !MVP.test(url.pathname)) await cache.put(url.pathname, response.clone());
		return response;
	} catch (error) {
		// Offline: the page without its query string is the same prerendered file (the selection is read in the page).
		const hit = (await cache.match(request)) ?? (await cache.match(url.pathname));
		if (hit) return hit;
		throw error;
	}
}
