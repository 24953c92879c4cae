import { browser } from '$app/environment';
import { startEngineFor } from '$lib/db/earlyStart';

// Every page is prerendered to static HTML; folders with index.html work on any static server.
export const prerender = true;
export const trailingSlash = 'always';

export const load = ({ route }: { route: { id: string | null } }) => {
	if (browser) startEngineFor(route.id);
};
