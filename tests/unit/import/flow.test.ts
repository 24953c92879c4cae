/**
 * The frame both import forms share (components/import/flow.svelte.ts): each way a file's path can end is shown,
 * never swallowed; a newer file wins over a slower older one; a kept import clears the form and its context.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportContextData } from '../../../src/lib/data/importContext';
import { problem, type Outcome } from '../../../src/lib/import/problems';
import type { StoredImport } from '../../../src/lib/import/record';

const loadImportContext = vi.fn<() => Promise<ImportContextData>>();
const addImport = vi.fn<(r: StoredImport) => Promise<void>>();
vi.mock('$lib/data/importContext', () => ({ loadImportContext: () => loadImportContext() }));
vi.mock('$lib/data/imports.svelte', () => ({ addImport: (r: StoredImport) => addImport(r) }));
// The worker is not started here: the plan is the form's to give.
const cancel = vi.fn();
vi.mock('$lib/import/analyse', () => ({ ImportSession: class { close() {} cancel() { cancel(); } } }));

const { ImportFlow } = await import('../../../src/lib/components/import/flow.svelte');

interface A {
	readonly rows: number;
}
const ctx = { gemeenten: new Set(['GM0335']) } as unknown as ImportContextData;
const file = (name: string) => ({ name }) as File;
const analysed = (rows: number): Outcome<A & { encoding: string }> => ({ ok: true, value: { rows, encoding: 'utf-8' } });
const stored = { id: 'imp1', label: 'x', rows: 1 } as StoredImport;

function deferred<T>() {
	let resolve!: (v: T) => void;
	let reject!: (e: unknown) => void;
	const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
	return { promise, resolve, reject };
}

beforeEach(() => {
	cancel.mockReset();
	loadImportContext.mockReset().mockResolvedValue(ctx);
	addImport.mockReset().mockResolvedValue(undefined);
});

describe('ImportFlow', () => {
	it('shows an analysed file once its context is loaded, after the form is filled for it', async () => {
		const prepared: string[] = [];
		const flow = new ImportFlow<A>((a, f, c) => prepared.push(`${f.name}:${a.rows}:${c === ctx}`));
		await flow.receive(analysed(3), file('a.csv'));
		expect(prepared).toEqual(['a.csv:3:true']);
		expect(flow.analysis?.rows).toBe(3);
		expect(flow.ctx).toBe(ctx);
		expect(flow.fileName).toBe('a.csv');
		expect(flow.problems).toEqual([]);
	});

	it('shows a refused file’s problems, and a cancelled read as cancelled', async () => {
		const flow = new ImportFlow<A>(() => undefined);
		await flow.receive({ ok: false, problems: [problem('empty')] }, file('a.csv'));
		expect(flow.problems.map((p) => p.code)).toEqual(['empty']);
		expect(loadImportContext).not.toHaveBeenCalled();
		await flow.receive('cancelled', file('a.csv'));
		expect(flow.cancelled).toBe(true);
		expect(flow.problems).toEqual([]);
	});

	it('says so when the context cannot be loaded, and shows no form', async () => {
		loadImportContext.mockRejectedValue(new Error('engine down'));
		const flow = new ImportFlow<A>(() => undefined);
		await flow.receive(analysed(3), file('a.csv'));
		expect(flow.problems).toEqual([problem('contextFailed', { message: 'engine down' })]);
		expect(flow.analysis).toBeNull();
	});

	it('says so when filling the form fails, as a defect of ours', async () => {
		const flow = new ImportFlow<A>(() => {
			throw new Error('bug');
		});
		await flow.receive(analysed(3), file('a.csv'));
		expect(flow.problems).toEqual([problem('defect', { message: 'bug' })]);
		expect(flow.analysis).toBeNull();
	});

	it('a newer file wins over an older one whose context comes later', async () => {
		const slow = deferred<ImportContextData>();
		loadImportContext.mockReturnValueOnce(slow.promise).mockResolvedValueOnce(ctx);
		const flow = new ImportFlow<A>(() => undefined);
		const first = flow.receive(analysed(1), file('old.csv'));
		await flow.receive(analysed(2), file('new.csv'));
		slow.resolve(ctx);
		await first;
		expect(flow.fileName).toBe('new.csv');
		expect(flow.analysis?.rows).toBe(2);
	});

	it('keeps a planned import, then clears the form and its context', async () => {
		const flow = new ImportFlow<A>(() => undefined);
		await flow.receive(analysed(3), file('a.csv'));
		const kept = vi.fn();
		await flow.submit(async (c) => (c === ctx ? { ok: true, value: stored } : { ok: false, problems: [] }), kept);
		expect(addImport).toHaveBeenCalledWith(stored);
		expect(kept).toHaveBeenCalledOnce();
		expect(flow.done).toBe(stored);
		expect([flow.analysis, flow.ctx, flow.busy]).toEqual([null, null, false]);
	});

	it('shows a refused plan’s problems and keeps nothing', async () => {
		const flow = new ImportFlow<A>(() => undefined);
		await flow.receive(analysed(3), file('a.csv'));
		await flow.submit(async () => ({ ok: false, problems: [problem('nameMissing', {}, null, { field: 'name' })] }));
		expect(flow.problems.map((p) => p.code)).toEqual(['nameMissing']);
		expect(addImport).not.toHaveBeenCalled();
		expect(flow.analysis?.rows).toBe(3);
		expect(flow.busy).toBe(false);
	});

	it('shows a failure to plan or to keep as a problem, and the form stays', async () => {
		const flow = new ImportFlow<A>(() => undefined);
		await flow.receive(analysed(3), file('a.csv'));
		await flow.submit(() => Promise.reject(new Error('worker gone')));
		expect(flow.problems).toEqual([problem('importFailed', { message: 'worker gone' })]);
		addImport.mockRejectedValue(new Error('quota'));
		await flow.submit(async () => ({ ok: true, value: stored }));
		expect(flow.problems).toEqual([problem('importFailed', { message: 'quota' })]);
		expect(flow.done).toBeNull();
		expect(flow.analysis?.rows).toBe(3);
		expect(flow.busy).toBe(false);
	});

	it('shows where a large file’s plan is, phase by phase, then keeping; and a plan cancelled keeps nothing and asks for the file again', async () => {
		const flow = new ImportFlow<A>(() => undefined);
		await flow.receive(analysed(3), file('a.csv'));
		const seen: (string | null)[] = [];
		const plan = deferred<Outcome<StoredImport>>();
		const keep = deferred<void>();
		addImport.mockReturnValue(keep.promise);
		const submitted = flow.submit(() => {
			flow.onPhase('read');
			seen.push(flow.phase);
			flow.onPhase('check');
			seen.push(flow.phase);
			return plan.promise;
		});
		plan.resolve({ ok: true, value: stored });
		await vi.waitFor(() => expect(flow.phase).toBe('keep'));
		keep.resolve();
		await submitted;
		expect(seen).toEqual(['read', 'check']);
		expect([flow.phase, flow.busy, flow.done]).toEqual([null, false, stored]);

		await flow.receive(analysed(4), file('b.csv'));
		const cancelled = flow.submit(async () => {
			flow.cancelPlan();
			return { ok: false, problems: [problem('cancelled')] };
		});
		await cancelled;
		expect(cancel).toHaveBeenCalledOnce();
		expect([flow.cancelled, flow.analysis, flow.ctx, flow.problems, flow.busy]).toEqual([true, null, null, [], false]);
		expect(addImport).toHaveBeenCalledOnce();
	});

	it('takes the last file’s form away as soon as another file is chosen, and stops its plan, whose answer then shows nowhere', async () => {
		const flow = new ImportFlow<A>(() => undefined);
		await flow.receive({ ok: false, problems: [problem('empty')] }, file('old.csv'));
		await flow.receive(analysed(3), file('a.csv'));
		const plan = deferred<Outcome<StoredImport>>();
		const submitted = flow.submit(() => plan.promise);
		expect(flow.busy).toBe(true);
		flow.start();
		expect([flow.analysis, flow.ctx, flow.problems, flow.done]).toEqual([null, null, [], null]);
		expect(cancel).toHaveBeenCalledOnce();
		plan.resolve({ ok: false, problems: [problem('cancelled')] });
		await submitted;
		expect([flow.cancelled, flow.problems, flow.busy]).toEqual([false, [], false]);
		await flow.receive(analysed(4), file('b.csv'));
		expect(flow.analysis?.rows).toBe(4);
		expect(addImport).not.toHaveBeenCalled();
	});

	it('keeps an import another file was chosen during the keeping of, and leaves the page to the new file', async () => {
		const flow = new ImportFlow<A>(() => undefined);
		await flow.receive(analysed(3), file('a.csv'));
		const keep = deferred<void>();
		addImport.mockReturnValue(keep.promise);
		const submitted = flow.submit(async () => ({ ok: true, value: stored }));
		await vi.waitFor(() => expect(flow.phase).toBe('keep'));
		flow.start();
		await flow.receive(analysed(4), file('b.csv'));
		keep.resolve();
		await submitted;
		expect(addImport).toHaveBeenCalledWith(stored);
		expect([flow.analysis?.rows, flow.done]).toEqual([4, null]);
	});
});
