/**
 * One way for a page or component to hold what it asked DuckDB: the contract of a Mosaic client (queryPending,
 * queryResult, queryError) as Svelte state that lives and dies with the component that creates it.
 *
 * - `ask` runs inside an effect: the state it reads is what the answer depends on. It returns the question (the
 *   loader's argument), or null when there is nothing to ask: the view then shows its initial value again, never an
 *   answer to an earlier question (a page reused for another gemeente must not keep the last one's).
 * - `load` runs untracked, so the state a loader touches on its way (tables loading, counters) never asks again.
 *   It may answer at once (a prerendered default) or with a promise.
 * - Only the newest question's answer lands: a new question, or the component's end, drops every answer still
 *   under way (the effect's cleanup, as Mosaic's `client.destroy()` in Svelte's example). A success clears the
 *   error; a failure keeps the last good answer beside its message.
 * - `initial` is what shows before the first answer (a prerendered view, or null), read once.
 * - `subject` (optional) names what an answer is about (a gemeente's code). While a new question about the same
 *   subject is under way the last answer stays (no flicker on a filter change); a question about another subject
 *   shows the initial value at once, never the last subject's answer beside the new one's name.
 *
 * Call it while a component initialises, as `$effect` itself.
 *
 * @example
 * const map = queryView(() => ({ id: indicatorId, version: dataStatus.version }), loadMap, () => data.map);
 * // {#if map.error}…{:else if map.pending}…{/if} and map.data in the template
 */
import { untrack } from 'svelte';
import { messageOf } from '$lib/errors';

export interface QueryView<T> {
	readonly data: T;
	readonly error: string | null;
	readonly pending: boolean;
}

class View<T> implements QueryView<T> {
	// Raw: answers are row arrays and memo-carrying objects, replaced whole, never mutated in place.
	data = $state.raw() as T;
	error = $state<string | null>(null);
	pending = $state(false);
	constructor(initial: T) {
		this.data = initial;
	}
	settle(value: T) {
		this.data = value;
		this.error = null;
		this.pending = false;
	}
	fail(e: unknown) {
		this.error = messageOf(e);
		this.pending = false;
	}
}

export function queryView<K, T>(ask: () => K | null, load: (question: K) => T | Promise<T>, initial: () => T, subject?: (question: K) => unknown): QueryView<T> {
	const first = untrack(initial);
	const view = new View(first);
	let lastSubject: unknown = undefined;
	$effect(() => {
		const question = ask();
		let current = true;
		untrack(() => {
			if (question === null) {
				view.settle(first);
				return;
			}
			const about = subject?.(question);
			if (subject && about !== lastSubject) view.settle(first);
			lastSubject = about;
			let answer: T | Promise<T>;
			try {
				answer = load(question);
			} catch (e) {
				view.fail(e);
				return;
			}
			if (!(answer instanceof Promise)) {
				view.settle(answer);
				return;
			}
			view.pending = true;
			answer.then(
				(value) => current && view.settle(value),
				(e: unknown) => current && view.fail(e)
			);
		});
		return () => {
			current = false;
		};
	});
	return view;
}
