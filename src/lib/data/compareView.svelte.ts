/**
 * The one loader of the comparison pages (/vergelijk, /kloof): the base (what no filter changes) once per data
 * version, and the findings side per set of filters, each as a query view (newest answer wins, errors clear on
 * success, nothing lands after the page is gone). Call while a component initialises.
 */
import type { FindingFilters } from '$lib/schema/filters';
import { loadCompareBase, loadCompareSelection, type CompareBase, type CompareSelection } from './compare';
import { queryView } from './queryView.svelte';
import { dataStatus } from './shipped.svelte';

export interface CompareView {
	readonly base: CompareBase | null;
	readonly selection: CompareSelection | null;
	readonly error: string | null;
}

export function compareView(filters: () => FindingFilters): CompareView {
	// Asked from the filters' values: a URL change elsewhere (the reference set, a theme) makes an equal filters
	// object, which must not query again.
	const group = $derived(filters().group);
	const stance = $derived(filters().stance);
	const sourceType = $derived(filters().sourceType);
	const year = $derived(filters().year);
	const base = queryView(() => dataStatus.version, loadCompareBase, (): CompareBase | null => null);
	const selection = queryView(
		() => ({ filters: { group, stance, sourceType, year }, version: dataStatus.version }),
		(q) => loadCompareSelection(q.filters, q.version),
		(): CompareSelection | null => null
	);
	return {
		get base() {
			return base.data;
		},
		get selection() {
			return selection.data;
		},
		get error() {
			return base.error ?? selection.error;
		}
	};
}
