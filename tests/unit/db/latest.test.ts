import { describe, expect, it } from 'vitest';
import { createLatest, STALE } from '../../../src/lib/db/latest';

function deferred<T>() {
	let resolve!: (v: T) => void;
	const promise = new Promise<T>((r) => (resolve = r));
	return { promise, resolve };
}

describe('createLatest', () => {
	it('drops a slow first answer that a fast second request overtook', async () => {
		const latest = createLatest();
		const slow = deferred<string>();
		const fast = deferred<string>();
		const first = latest.run(() => slow.promise);
		const second = latest.run(() => fast.promise);
		fast.resolve('tweede');
		slow.resolve('eerste');
		expect(await second).toBe('tweede');
		expect(await first).toBe(STALE);
	});
	it('delivers an answer when nothing overtook it', async () => {
		const latest = createLatest();
		expect(await latest.run(async () => 42)).toBe(42);
	});
});
