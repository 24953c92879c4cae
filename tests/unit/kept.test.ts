/** One promise per key, kept; a failure forgotten so the next ask starts again (data/ loaders, db/client.ts). */
import { describe, expect, it } from 'vitest';
import { keptPromise } from '../../src/lib/kept';

describe('keptPromise', () => {
	it('starts once per key and hands out the kept promise after', async () => {
		const kept = new Map<string, Promise<number>>();
		let starts = 0;
		const start = () => Promise.resolve(++starts);
		const first = keptPromise(kept, 'a', start);
		expect(keptPromise(kept, 'a', start)).toBe(first);
		expect(await first).toBe(1);
		expect(await keptPromise(kept, 'b', start)).toBe(2);
	});

	it('forgets a failure, so the next ask starts again, but never a newer promise put in its place', async () => {
		const kept = new Map<string, Promise<number>>();
		const failed = keptPromise(kept, 'a', () => Promise.reject(new Error('not yet')));
		await expect(failed).rejects.toThrow('not yet');
		expect(kept.has('a')).toBe(false);
		expect(await keptPromise(kept, 'a', () => Promise.resolve(2))).toBe(2);

		let fail!: (e: Error) => void;
		const slow = keptPromise(kept, 'b', () => new Promise<number>((_, reject) => (fail = reject)));
		const newer = Promise.resolve(3);
		kept.set('b', newer);
		fail(new Error('late'));
		await expect(slow).rejects.toThrow('late');
		expect(kept.get('b')).toBe(newer);
	});
});
