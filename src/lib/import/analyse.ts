/**
 * The page's side of the import worker: one session per import form. `analyse` reads a file (with progress, and
 * cancellable: the worker is ended and a fresh one started); `plan…` checks the form against the analysed file in
 * the worker and returns the import ready to keep. A large figures file is analysed on its head only, and planned
 * by the page's DuckDB over the file itself (./engine.ts), phase by phase, cancellable in the engine too.
 */
import type { FindingsAnalysis, FindingsContext, FindingsForm } from './findingsPlan';
import type { EnginePhase } from './engine';
import type { IndicatorContext, IndicatorForm } from './indicatorPlan';
import type { TableAnalysis } from './statline';
import { problem, type Outcome } from './problems';
import type { StoredImport } from './record';
import type { IndicatorSummary } from './summary';
import type { WorkerMessage, WorkerRequest } from './import.worker';
import ImportWorker from './import.worker?worker';

export interface Progress {
	readonly phase: 'read' | 'analyse';
	readonly loaded: number;
	readonly total: number;
}

type Analysed<T> = Outcome<T & { encoding: string }>;
/** Omit over each member of the union, not over the union (which keeps only the shared keys). */
type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;
type Pending = { resolve: (m: WorkerMessage | 'cancelled') => void; onProgress?: (p: Progress) => void };

export class ImportSession {
	private worker: Worker | null = null;
	private next = 1;
	private pending = new Map<number, Pending>();
	/** A large file's head analysis and the file, while the engine is to read its body. */
	private engine: { file: File; head: TableAnalysis } | null = null;
	private abort: AbortController | null = null;

	private start(): Worker {
		if (this.worker) return this.worker;
		const w = new ImportWorker();
		w.onmessage = (e: MessageEvent<WorkerMessage>) => {
			const p = this.pending.get(e.data.id);
			if (!p) return;
			if (e.data.type === 'progress') p.onProgress?.(e.data);
			else {
				this.pending.delete(e.data.id);
				p.resolve(e.data);
			}
		};
		w.onerror = (e) => this.fail(e.message);
		this.worker = w;
		return w;
	}

	private request(req: Request, onProgress?: (p: Progress) => void): Promise<WorkerMessage | 'cancelled'> {
		const id = this.next++;
		return new Promise((resolve) => {
			this.pending.set(id, { resolve, onProgress });
			this.start().postMessage({ ...req, id } as WorkerRequest);
		});
	}

	private fail(message: string): void {
		for (const p of this.pending.values()) p.resolve({ id: 0, type: 'planned', result: { ok: false, problems: [problem('workerFailed', { message })] } });
		this.pending.clear();
		this.close();
	}

	async analyse(file: File, kind: 'indicator', onProgress: (p: Progress) => void): Promise<Analysed<IndicatorSummary> | 'cancelled'>;
	async analyse(file: File, kind: 'findings', onProgress: (p: Progress) => void): Promise<Analysed<FindingsAnalysis> | 'cancelled'>;
	async analyse(file: File, kind: 'indicator' | 'findings', onProgress: (p: Progress) => void): Promise<Analysed<IndicatorSummary | FindingsAnalysis> | 'cancelled'> {
		this.engine = null;
		const m = await this.request({ type: 'analyse', file, kind }, onProgress);
		if (m === 'cancelled') return m;
		const analysed = m as Extract<WorkerMessage, { type: 'analysed' }>;
		if (analysed.head) this.engine = { file, head: analysed.head };
		return analysed.result as Analysed<IndicatorSummary | FindingsAnalysis>;
	}

	async planIndicator(form: IndicatorForm, ctx: IndicatorContext, onPhase?: (phase: EnginePhase) => void): Promise<Outcome<StoredImport>> {
		if (this.engine) {
			const { engineCanPlan } = await import('./engine');
			if (engineCanPlan(this.engine.head, form)) {
				const planned = await this.planInEngine(this.engine.file, this.engine.head, form, ctx, onPhase);
				if (planned !== 'unreadable') return planned;
			}
			// Margins, a count per 1.000 inwoners, or a body the engine could not read: the worker reads the whole file
			// after all (slower, and it decides as it decides for any file).
			const whole = await this.request({ type: 'analyse', file: this.engine.file, kind: 'indicator', whole: true });
			if (whole === 'cancelled') return this.planned(whole);
			const result = (whole as Extract<WorkerMessage, { type: 'analysed' }>).result;
			if (!result.ok) return result;
			this.engine = null;
		}
		return this.planned(await this.request({ type: 'planIndicator', form, ctx }));
	}

	/**
	 * The plan made by the engine; 'unreadable' when the engine failed on the body (bytes that are not UTF-8 past the
	 * head, a line longer than it reads, its memory): not the file's fault as the TypeScript path judges it.
	 */
	private async planInEngine(file: File, head: TableAnalysis, form: IndicatorForm, ctx: IndicatorContext, onPhase?: (phase: EnginePhase) => void): Promise<Outcome<StoredImport> | 'unreadable'> {
		const abort = (this.abort = new AbortController());
		const [{ withImportEngine, ImportCancelled }, { planIndicatorInEngine }] = await Promise.all([import('$lib/db/importEngine'), import('./engine')]);
		try {
			return await withImportEngine(file, ctx.id, abort.signal, (conn, f) => planIndicatorInEngine(head, f, form, ctx, conn, onPhase));
		} catch (error) {
			if (error instanceof ImportCancelled) return this.planned('cancelled');
			console.warn('The engine could not read the file; the worker reads it whole.', error);
			return 'unreadable';
		} finally {
			if (this.abort === abort) this.abort = null;
		}
	}

	async planFindings(form: FindingsForm, ctx: FindingsContext): Promise<Outcome<StoredImport>> {
		return this.planned(await this.request({ type: 'planFindings', form, ctx }));
	}

	private planned(m: WorkerMessage | 'cancelled'): Outcome<StoredImport> {
		if (m === 'cancelled') return { ok: false, problems: [problem('cancelled')] };
		return (m as Extract<WorkerMessage, { type: 'planned' }>).result;
	}

	/** Ends whatever runs; the next call starts a fresh worker. */
	cancel(): void {
		this.abort?.abort();
		for (const p of this.pending.values()) p.resolve('cancelled');
		this.pending.clear();
		this.close();
	}

	close(): void {
		this.worker?.terminate();
		this.worker = null;
	}
}
