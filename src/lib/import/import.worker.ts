/**
 * Reads and analyses a chosen file off the main thread, so a 200 MB export never freezes the tab: progress while
 * reading, then the analysis (decode, parse, header and region columns). Nothing is stored here.
 */
import { prepareFindingsFile, prepareIndicatorFile } from './prepare';

export type WorkerRequest = { readonly file: File; readonly kind: 'indicator' | 'findings' };
export type WorkerMessage =
	| { readonly type: 'progress'; readonly phase: 'read' | 'analyse'; readonly loaded: number; readonly total: number }
	| { readonly type: 'done'; readonly result: ReturnType<typeof prepareIndicatorFile> | ReturnType<typeof prepareFindingsFile> };

const post = (m: WorkerMessage) => (self as unknown as Worker).postMessage(m);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
	const { file, kind } = event.data;
	const bytes = new Uint8Array(file.size);
	const reader = file.stream().getReader();
	let loaded = 0;
	let reported = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		bytes.set(value, loaded);
		loaded += value.length;
		if (loaded - reported > file.size / 50) {
			reported = loaded;
			post({ type: 'progress', phase: 'read', loaded, total: file.size });
		}
	}
	post({ type: 'progress', phase: 'analyse', loaded, total: file.size });
	post({ type: 'done', result: kind === 'indicator' ? prepareIndicatorFile(bytes) : prepareFindingsFile(bytes) });
};
