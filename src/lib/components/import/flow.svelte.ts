/**
 * The frame both import forms share: a file read in the worker, the data it is checked against, the form's plan
 * kept, and every way that can fail said on the page. The forms hold only their own fields. It lives beside them,
 * not in import/: it loads from DuckDB and keeps through data/, which import/ (the worker's side) must not need.
 */
import { loadImportContext, type ImportContextData } from '$lib/data/importContext';
import { addImport } from '$lib/data/imports.svelte';
import { ImportSession } from '$lib/import/analyse';
import type { EnginePhase } from '$lib/import/engine';
import { messageOf, problem, type ImportProblem, type Outcome } from '$lib/import/problems';
import type { StoredImport } from '$lib/import/record';

export type Analysed<A> = A & { encoding: string };

export class ImportFlow<A> {
	readonly session = new ImportSession();
	analysis = $state.raw<Analysed<A> | null>(null);
	fileName = $state('');
	problems = $state.raw<readonly ImportProblem[]>([]);
	cancelled = $state(false);
	done = $state.raw<StoredImport | null>(null);
	busy = $state(false);
	/** Where a large file's plan is (the engine reads, checks, hands over), then 'keep'; null on the worker's path. */
	phase = $state<EnginePhase | 'keep' | null>(null);
	/** What the file is checked against, read anew for each file: an import just kept counts for the next. */
	ctx = $state.raw<ImportContextData | null>(null);
	private chosen = 0;

	/** `prepare` fills the form for an analysed file (proposals, defaults) before it shows. */
	constructor(private readonly prepare: (analysis: Analysed<A>, file: File, ctx: ImportContextData) => void) {}

	/**
	 * A file was chosen and is being read: what was shown for the last one goes at once, so its form cannot be sent
	 * while the new file is read (the session then holds the new file's analysis, or none yet).
	 */
	readonly start = (): void => {
		// A plan still under way was for the last file: it stops, and keeps nothing.
		if (this.busy) this.session.cancel();
		++this.chosen;
		this.problems = [];
		this.done = null;
		this.analysis = null;
		this.ctx = null;
		this.cancelled = false;
	};

	/** FilePick's answer. The form shows once the file is read and its context loaded; a newer file wins. */
	readonly receive = async (result: Outcome<Analysed<A>> | 'cancelled', file: File): Promise<void> => {
		const mine = ++this.chosen;
		this.problems = [];
		this.done = null;
		this.analysis = null;
		this.ctx = null;
		this.cancelled = result === 'cancelled';
		if (result === 'cancelled') return;
		if (!result.ok) {
			this.problems = result.problems;
			return;
		}
		let ctx: ImportContextData;
		try {
			ctx = await loadImportContext();
		} catch (error) {
			if (mine === this.chosen) this.problems = [problem('contextFailed', { message: messageOf(error) })];
			return;
		}
		if (mine !== this.chosen) return;
		try {
			this.prepare(result.value, file, ctx);
		} catch (error) {
			this.problems = [problem('defect', { message: messageOf(error) })];
			return;
		}
		this.fileName = file.name;
		this.ctx = ctx;
		this.analysis = result.value;
	};

	/**
	 * Plans the import (in the worker) and keeps it. A refusal shows its problems; a failure anywhere (the plan, the
	 * store, the rebuilt tables) shows as one, with nothing kept (addImport takes a failed import out again).
	 */
	async submit(plan: (ctx: ImportContextData) => Promise<Outcome<StoredImport>>, kept?: () => void): Promise<void> {
		const ctx = this.ctx;
		if (!this.analysis || !ctx) return;
		const mine = this.chosen;
		this.busy = true;
		this.phase = null;
		this.problems = [];
		try {
			const planned = await plan(ctx);
			// Another file was chosen meanwhile: the page is that file's now.
			if (mine !== this.chosen) return;
			if (!planned.ok) {
				if (planned.problems.some((p) => p.code === 'cancelled')) {
					// The worker that held the file's analysis is gone: the file is chosen again.
					this.cancelled = true;
					this.analysis = null;
					this.ctx = null;
				} else this.problems = planned.problems;
				return;
			}
			this.phase = 'keep';
			await addImport(planned.value);
			kept?.();
			// Kept, as asked; but another file chosen while it was kept owns the page now.
			if (mine !== this.chosen) return;
			this.done = planned.value;
			this.analysis = null;
			this.ctx = null;
		} catch (error) {
			if (mine === this.chosen) this.problems = [problem('importFailed', { message: messageOf(error) })];
		} finally {
			this.busy = false;
			this.phase = null;
		}
	}

	readonly onPhase = (phase: EnginePhase): void => {
		this.phase = phase;
	};

	/** Stops a plan under way, in the worker or in the engine; nothing is kept. */
	cancelPlan(): void {
		this.session.cancel();
	}

	close(): void {
		this.session.close();
	}
}
