/** A query view outside a component: its question in state the test sets, inside an effect root the test ends. */
import { queryView, type QueryView } from '../../../src/lib/data/queryView.svelte';

export interface Harness<K, T> {
	readonly view: QueryView<T>;
	ask(question: K | null): void;
	/** State the loader reads: the view must not ask again when it changes. */
	readonly touched: { count: number };
	destroy(): void;
}

export function harness<K, T>(first: K | null, load: (question: K, touched: { count: number }) => T | Promise<T>, initial: T, subject?: (question: K) => unknown): Harness<K, T> {
	const input = $state({ question: first });
	const touched = $state({ count: 0 });
	let view: QueryView<T> | undefined;
	const destroy = $effect.root(() => {
		view = queryView(
			() => input.question,
			(q) => load(q, touched),
			() => initial,
			subject
		);
	});
	return {
		get view() {
			return view!;
		},
		ask(question) {
			input.question = question;
		},
		touched,
		destroy
	};
}
