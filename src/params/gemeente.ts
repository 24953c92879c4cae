import type { ParamMatcher } from '@sveltejs/kit';

/** A gemeente code in CBS form. Whether it exists is the page's question: it answers with a helpful 404. */
export const match = ((param: string): boolean => /^GM\d{4}$/.test(param)) satisfies ParamMatcher;
