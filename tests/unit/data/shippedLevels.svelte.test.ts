// @vitest-environment jsdom
/**
 * The loader's two levels of the values (data/shipped.svelte.ts): the gemeente level writes the gemeente file and
 * keeps only the gemeente rows of imports; asking for the whole table afterwards rewrites it with every file, once;
 * a whole table is never narrowed again; a failed rewrite leaves the gemeente level standing; an import's reload
 * keeps each table's level. A table's first write makes it fresh; every later one (a failed first one's retry
 * included) swaps it whole.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Write {
	table: string;
	files: string[];
	keep: string | null;
}
const writes: Write[] = [];
/** Whether each write (failed ones too) was asked to make its table fresh. */
const fresh: boolean[] = [];
let failNext = false;
const text = (b: Uint8Array) => new TextDecoder().decode(b);

vi.mock('$lib/db/engine', () => ({ getEngine: () => Promise.resolve({}), engineDownloaded: () => Promise.resolve() }));
vi.mock('$lib/import/store', () => ({ partsFor: (table: string) => Promise.resolve(table === 'indicator_values' ? [new TextEncoder().encode('import')] : []) }));
vi.mock('$lib/db/client', () => ({
	replaceTableFromArrow: async (table: string, ipc: Uint8Array, o: { more: readonly Uint8Array[]; given: readonly Uint8Array[]; keep: string | null; fresh: boolean }) => {
		fresh.push(o.fresh);
		if (failNext) {
			failNext = false;
			throw new Error('swap failed');
		}
		writes.push({ table, files: [ipc, ...o.more, ...o.given].map(text), keep: o.keep });
	}
}));

// Each shipped file's bytes are its own URL, so a write says which files it took.
vi.stubGlobal('fetch', (url: string) => Promise.resolve({ ok: true, arrayBuffer: () => Promise.resolve(new TextEncoder().encode(String(url).replace(/^.*\/|\.arrow.*$/g, '')).buffer) }));

async function loader() {
	vi.resetModules();
	return import('../../../src/lib/data/shipped.svelte');
}

beforeEach(() => {
	writes.length = 0;
	fresh.length = 0;
	failNext = false;
});

describe('the values by level', () => {
	it('the gemeente level takes the gemeente file and the imports’ gemeente rows only', async () => {
		const { ensureTables, GEMEENTE_VALUES } = await loader();
		await ensureTables(['gemeenten', GEMEENTE_VALUES]);
		await ensureTables([GEMEENTE_VALUES]);
		expect(writes).toStrictEqual([
			{ table: 'gemeenten', files: ['gemeenten'], keep: null },
			{ table: 'indicator_values', files: ['indicator_values.gemeente', 'import'], keep: "starts_with(area_code, 'GM')" }
		]);
		expect(fresh).toStrictEqual([true, true]);
	});

	it('asking for the whole table rewrites it with every level, once, and it is never narrowed again', async () => {
		const { ensureTables, GEMEENTE_VALUES } = await loader();
		await ensureTables([GEMEENTE_VALUES]);
		await Promise.all([ensureTables(['indicator_values']), ensureTables(['indicator_values'])]);
		await ensureTables([GEMEENTE_VALUES]);
		expect(writes.map((w) => [w.files, w.keep])).toStrictEqual([
			[['indicator_values.gemeente', 'import'], "starts_with(area_code, 'GM')"],
			[['indicator_values.gemeente', 'indicator_values.wijk', 'import'], null]
		]);
		// The wider level replaces a table that exists: swapped, never made fresh over it.
		expect(fresh).toStrictEqual([true, false]);
	});

	it('asked for both at once, the whole table is the last write', async () => {
		const { ensureTables, GEMEENTE_VALUES } = await loader();
		await Promise.all([ensureTables([GEMEENTE_VALUES]), ensureTables(['indicator_values'])]);
		expect(writes.at(-1)!.files).toStrictEqual(['indicator_values.gemeente', 'indicator_values.wijk', 'import']);
	});

	it('a failed rewrite leaves the gemeente level standing, and the next ask tries again', async () => {
		const { ensureTables, GEMEENTE_VALUES } = await loader();
		await ensureTables([GEMEENTE_VALUES]);
		failNext = true;
		await expect(ensureTables(['indicator_values'])).rejects.toThrow('swap failed');
		await ensureTables([GEMEENTE_VALUES]);
		expect(writes).toHaveLength(1);
		await ensureTables(['indicator_values']);
		expect(writes.at(-1)!.files).toStrictEqual(['indicator_values.gemeente', 'indicator_values.wijk', 'import']);
		expect(fresh).toStrictEqual([true, false, false]);
	});

	it('a failed first load is loaded again by a swap, over whatever part of the table it left', async () => {
		const { ensureTables } = await loader();
		failNext = true;
		await expect(ensureTables(['findings'])).rejects.toThrow('swap failed');
		await ensureTables(['findings']);
		expect(fresh).toStrictEqual([true, false]);
		expect(writes).toStrictEqual([{ table: 'findings', files: ['findings'], keep: null }]);
	});

	it('an import’s reload rewrites each loaded table at its own level', async () => {
		const { ensureTables, reloadTables, GEMEENTE_VALUES, dataStatus } = await loader();
		await ensureTables([GEMEENTE_VALUES]);
		await reloadTables(['indicator_values', 'findings']);
		expect(writes.map((w) => w.keep)).toStrictEqual(["starts_with(area_code, 'GM')", "starts_with(area_code, 'GM')"]);
		expect(dataStatus.version).toBe(1);
		await ensureTables(['indicator_values']);
		await reloadTables(['indicator_values']);
		expect(writes.at(-1)).toStrictEqual({ table: 'indicator_values', files: ['indicator_values.gemeente', 'indicator_values.wijk', 'import'], keep: null });
	});
});
