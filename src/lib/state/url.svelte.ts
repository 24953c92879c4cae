/**
 * Selections live in the query string so a view can be bookmarked, shared, and walked with back/forward.
 * Prerendered pages have no query string at build time: read it only in the browser, after hydration.
 */
import { browser } from '$app/environment';
import { goto } from '$app/navigation';
import { page } from '$app/state';

const EMPTY = new URLSearchParams();

/**
 * Set by the root layout once the page is hydrated. Until then the query string reads as empty, so the first client
 * render matches the prerendered HTML; the selection from the URL follows as an ordinary update.
 */
export const urlState = $state({ hydrated: false });

/** The query string of the current page (empty while prerendering); reactive, so `$derived` follows navigation. */
export function currentParams(): URLSearchParams {
	return browser && urlState.hydrated ? page.url.searchParams : EMPTY;
}

/**
 * Sets or clears parameters as a new history entry, keeping focus and scroll (a control changed, not the page).
 * `replace` changes the entry in place: walking slides should not fill the back button.
 */
export function setUrlParams(params: Record<string, string | null>, replace = false): Promise<void> {
	const url = new URL(page.url);
	for (const [key, value] of Object.entries(params)) {
		if (value === null) url.searchParams.delete(key);
		else url.searchParams.set(key, value);
	}
	return goto(url, { keepFocus: true, noScroll: true, replaceState: replace });
}
