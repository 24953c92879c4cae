/** The page's side of the import worker: one file, progress as it goes, and a way to cancel (the worker is ended). */
import type { FindingsAnalysis } from './findingsPlan';
import type { Prepared } from './prepare';
import type { TableAnalysis } from './statline';
import type { WorkerMessage } from './import.worker';
import ImportWorker from './import.worker?worker';

export interface Progress {
	readonly phase: 'read' | 'analyse';
	readonly loaded: number;
	readonly total: number;
}

export interface Running<T> {
	readonly result: Promise<Prepared<T> | 'cancelled'>;
	cancel(): void;
}

export function analyseFile(file: File, kind: 'indicator', onProgress: (p: Progress) => void): Running<TableAnalysis>;
export function analyseFile(file: File, kind: 'findings', onProgress: (p: Progress) => void): Running<FindingsAnalysis>;
export function analyseFile(file: File, kind: 'indicator' | 'findings', onProgress: (p: Progress) => void): Running<TableAnalysis | FindingsAnalysis> {
	const worker = new ImportWorker();
	let settle: (v: Prepared<TableAnalysis | FindingsAnalysis> | 'cancelled') => void = () => undefined;
	const result = new Promise<Prepared<TableAnalysis | FindingsAnalysis> | 'cancelled'>((resolve) => (settle = resolve));
	worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
		if (e.data.type === 'progress') onProgress(e.data);
		else {
			settle(e.data.result as Prepared<TableAnalysis | FindingsAnalysis>);
			worker.terminate();
		}
	};
	worker.onerror = (e) => {
		settle({ ok: false, problems: [{ row: null, column: null, message: `Het bestand kon niet worden gelezen (${e.message}).` }] });
		worker.terminate();
	};
	worker.postMessage({ file, kind });
	return {
		result,
		cancel() {
			worker.terminate();
			settle('cancelled');
		}
	};
}
