// @vitest-environment jsdom
/**
 * The one contract for page data (src/lib/data/queryView.svelte.ts), checked on the states a page reads: the
 * initial value, pending, the answer, the error (kept beside the last good answer, cleared by the next success),
 * only the newest question's answer landing, nothing landing after the end, and a loader's own state never asking
 * again.
 */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { harness } from './queryViewHarness.svelte';

/** A promise the test settles when it wants. */
function deferred<T>() {
	let resolve!: (v: T) => void;
	let reject!: (e: unknown) => void;
	const promise = new Promise<T>((res, rej) => ([resolve, reject] = [res, rej]));
	return { promise, resolve, reject };
}
/** Let settled promises run their callbacks, then let Svelte apply the state they set. */
async function settle() {
	for (let i = 0; i < 3; i++) await Promise.resolve();
	flushSync();
}

describe('queryView', () => {
	it('shows the initial value, is pending while asked, then shows the answer', async () => {
		const answer = deferred<string>();
		const h = harness('q1', () => answer.promise, 'prerendered');
		flushSync();
		expect(h.view).toMatchObject({ data: 'prerendered', pending: true, error: null });
		answer.resolve('from the engine');
		await settle();
		expect(h.view).toMatchObject({ data: 'from the engine', pending: false, error: null });
		h.destroy();
	});

	it('lets only the newest question’s answer land, whatever order the answers come in', async () => {
		const answers = new Map([['slow', deferred<string>()], ['fast', deferred<string>()]]);
		const h = harness<string, string>('slow', (q) => answers.get(q)!.promise, '');
		flushSync();
		h.ask('fast');
		flushSync();
		answers.get('fast')!.resolve('fast answer');
		await settle();
		answers.get('slow')!.resolve('slow answer');
		await settle();
		expect(h.view.data).toBe('fast answer');
		expect(h.view.pending).toBe(false);
		h.destroy();
	});

	it('keeps the last good answer beside an error, and clears the error on the next success', async () => {
		const h = harness<string, string>('good', (q) => (q === 'bad' ? Promise.reject(new Error('Tabel ontbreekt')) : Promise.resolve(`rows for ${q}`)), '');
		await settle();
		expect(h.view.data).toBe('rows for good');
		h.ask('bad');
		await settle();
		expect(h.view).toMatchObject({ data: 'rows for good', error: 'Tabel ontbreekt', pending: false });
		h.ask('again');
		await settle();
		expect(h.view).toMatchObject({ data: 'rows for again', error: null });
		h.destroy();
	});

	it('lands nothing once it has ended (the page is gone)', async () => {
		const answer = deferred<string>();
		const h = harness('q', () => answer.promise, 'before');
		flushSync();
		h.destroy();
		answer.resolve('too late');
		await settle();
		expect(h.view.data).toBe('before');
	});

	it('answers at once when the loader can (a prerendered default), dropping an answer still on its way', async () => {
		const slow = deferred<string>();
		const h = harness<string, string>('query', (q) => (q === 'default' ? 'prerendered rows' : slow.promise), 'prerendered rows');
		flushSync();
		h.ask('default');
		flushSync();
		expect(h.view).toMatchObject({ data: 'prerendered rows', pending: false });
		slow.resolve('old selection');
		await settle();
		expect(h.view.data).toBe('prerendered rows');
		h.destroy();
	});

	it('shows the initial value again when there is nothing to ask, never the last question’s answer', async () => {
		const h = harness<string, string | null>('GM0335', (q) => Promise.resolve(`own deck of ${q}`), null);
		await settle();
		expect(h.view.data).toBe('own deck of GM0335');
		h.ask(null);
		flushSync();
		expect(h.view).toMatchObject({ data: null, pending: false, error: null });
		h.destroy();
	});

	it('does not ask again when state the loader itself changes moves (loaders run untracked)', async () => {
		let calls = 0;
		const h = harness<string, number>(
			'q',
			(_q, touched) => {
				calls++;
				touched.count++; // as ensureTables bumps dataStatus.loading on its way
				return Promise.resolve(touched.count);
			},
			0
		);
		await settle();
		h.touched.count += 10;
		await settle();
		expect(calls).toBe(1);
		h.destroy();
	});

	it('keeps the last answer while a question about the same subject is on its way, never another subject’s', async () => {
		const answers = new Map<string, ReturnType<typeof deferred<string>>>();
		const ask = (q: { code: string; filter: string }) => {
			const key = `${q.code}/${q.filter}`;
			if (!answers.has(key)) answers.set(key, deferred<string>());
			return answers.get(key)!.promise;
		};
		const h = harness<{ code: string; filter: string }, string | null>({ code: 'GM0335', filter: 'a' }, ask, null, (q) => q.code);
		flushSync();
		answers.get('GM0335/a')!.resolve('Montfoort a');
		await settle();
		h.ask({ code: 'GM0335', filter: 'b' });
		flushSync();
		expect(h.view).toMatchObject({ data: 'Montfoort a', pending: true });
		h.ask({ code: 'GM0308', filter: 'b' });
		flushSync();
		expect(h.view).toMatchObject({ data: null, pending: true });
		h.destroy();
	});
});
