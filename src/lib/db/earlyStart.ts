/**
 * Starts the engine as soon as the router knows the route, before the page hydrates: its download (6 MB
 * compressed) and compile are the longest wait of a first visit, and a page's own effects run only after
 * hydration and its first charts. Only routes whose first screen asks DuckDB something start it; the others
 * leave the link free (the service worker fetches the engine later for offline use).
 */
import { getEngine } from './engine';

// The gemeente pages and the decks are prerendered whole: they start the engine only for a kept import of theirs.
const QUERYING = new Set(['/', '/kloof', '/vergelijk', '/data', '/diagnose']);

export function startEngineFor(routeId: string | null): void {
	if (routeId !== null && QUERYING.has(routeId)) void getEngine().catch(() => undefined);
}
