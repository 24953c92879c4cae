/** The engine import judges a buurt file's many region names in slices, letting the page go between them. */
import { describe, expect, it } from 'vitest';
import { inSlices } from '../../../src/lib/import/engine';

describe('inSlices', () => {
	it('gives what map gives, in order', async () => {
		const items = Array.from({ length: 1000 }, (_, i) => i);
		expect(await inSlices(items, (i) => i * 2)).toEqual(items.map((i) => i * 2));
		expect(await inSlices([], (i: number) => i)).toEqual([]);
	});

	it('lets other work run between slices once a slice has used its time', async () => {
		const order: string[] = [];
		setTimeout(() => order.push('other'), 0);
		// A slice time below zero is always used up: it yields after every 256 items.
		await inSlices(Array.from({ length: 600 }, (_, i) => i), (i) => (i === 599 ? order.push('last') : 0), -1);
		expect(order).toEqual(['other', 'last']);
	});
});
