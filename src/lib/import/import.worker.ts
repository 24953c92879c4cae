/**
 * Reads, analyses and plans an import off the main thread, so a 200 MB export never freezes the tab. The analysed
 * file stays here: the page gets a summary with a preview, sends the form back, and receives the import ready to
 * keep (checked, and encoded as Arrow). Nothing is stored here.
 */
import { planFindingsImport, type FindingsAnalysis, type FindingsContext, type FindingsForm } from './findingsPlan';
import { planIndicatorImport, type IndicatorContext, type IndicatorForm } from './indicatorPlan';
import { ENGINE_FROM_BYTES, HEAD_BYTES, prepareFindingsFile, prepareIndicatorFile, prepareIndicatorHead } from './prepare';
import { fail, problem, type Outcome } from './problems';
import { toStored, type StoredImport } from './record';
import { summarise, type IndicatorSummary } from './summary';
import type { TableAnalysis } from './statline';

export type WorkerRequest =
	| { readonly id: number; readonly type: 'analyse'; readonly file: File; readonly kind: 'indicator' | 'findings'; readonly whole?: boolean }
	| { readonly id: number; readonly type: 'planIndicator'; readonly form: IndicatorForm; readonly ctx: IndicatorContext }
	| { readonly id: number; readonly type: 'planFindings'; readonly form: FindingsForm; readonly ctx: FindingsContext };

export type WorkerMessage =
	| { readonly id: number; readonly type: 'progress'; readonly phase: 'read' | 'analyse'; readonly loaded: number; readonly total: number }
	| { readonly id: number; readonly type: 'analysed'; readonly result: Outcome<(IndicatorSummary | FindingsAnalysis) & { encoding: string }>; readonly head?: TableAnalysis }
	| { readonly id: number; readonly type: 'planned'; readonly result: Outcome<StoredImport> };

const post = (m: WorkerMessage) => (self as unknown as Worker).postMessage(m);

let indicator: TableAnalysis | null = null;
let findings: FindingsAnalysis | null = null;

async function read(id: number, file: File): Promise<Uint8Array> {
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
			post({ id, type: 'progress', phase: 'read', loaded, total: file.size });
		}
	}
	post({ id, type: 'progress', phase: 'analyse', loaded, total: file.size });
	return bytes;
}

const stored = (r: Outcome<import('./record').ImportRecord>): Outcome<StoredImport> => (r.ok ? { ok: true, value: toStored(r.value) } : r);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
	const req = event.data;
	if (req.type === 'analyse') {
		indicator = null;
		findings = null;
		if (req.kind === 'indicator' && !req.whole && req.file.size >= ENGINE_FROM_BYTES) {
			// A large file: the head here, the body in the engine (the page plans it there, ./engine.ts).
			const head = prepareIndicatorHead(new Uint8Array(await req.file.slice(0, HEAD_BYTES).arrayBuffer()));
			if (head?.ok) {
				const summary = { ...summarise(head.value), head: { bytes: HEAD_BYTES, fileBytes: req.file.size }, encoding: head.value.encoding };
				post({ id: req.id, type: 'analysed', result: { ok: true, value: summary }, head: head.value });
				return;
			}
		}
		const bytes = await read(req.id, req.file);
		if (req.kind === 'indicator') {
			const r = prepareIndicatorFile(bytes);
			if (r.ok) indicator = r.value;
			post({ id: req.id, type: 'analysed', result: r.ok ? { ok: true, value: { ...summarise(r.value), encoding: r.value.encoding } } : r });
		} else {
			const r = prepareFindingsFile(bytes);
			if (r.ok) findings = r.value;
			post({ id: req.id, type: 'analysed', result: r });
		}
	} else if (req.type === 'planIndicator') {
		post({ id: req.id, type: 'planned', result: indicator ? stored(planIndicatorImport(indicator, req.form, req.ctx)) : noFile() });
	} else {
		post({ id: req.id, type: 'planned', result: findings ? stored(planFindingsImport(findings, req.form, req.ctx)) : noFile() });
	}
};

const noFile = (): Outcome<StoredImport> => fail(problem('noFile'));
