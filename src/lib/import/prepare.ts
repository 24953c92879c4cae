/**
 * The first steps of every import, shared by the worker and the tests: bytes → text (encoding detected) → an
 * analysed table. Never throws: whatever the file holds, the answer is a result or problems to show.
 */
import { decodeBytes } from './decode';
import { analyseFindings, type FindingsAnalysis } from './findingsPlan';
import { fail, messageOf, problem, type Outcome } from './problems';
import { analyseTable, type TableAnalysis } from './statline';

export type Prepared<T> = Outcome<T & { readonly encoding: string }>;

function guarded<T>(bytes: Uint8Array, analyse: (text: string) => Outcome<T>): Prepared<T> {
	try {
		const decoded = decodeBytes(bytes);
		if (!decoded.ok) return decoded;
		const result = analyse(decoded.value.text);
		return result.ok ? { ok: true, value: { ...result.value, encoding: decoded.value.encoding } } : result;
	} catch (error) {
		// A defect of ours, not of the file: say so plainly rather than crash the page.
		return fail(problem('defect', { message: messageOf(error) }));
	}
}

export const prepareIndicatorFile = (bytes: Uint8Array): Prepared<TableAnalysis> => guarded(bytes, analyseTable);
export const prepareFindingsFile = (bytes: Uint8Array): Prepared<FindingsAnalysis> => guarded(bytes, analyseFindings);

/** From this size on a figures file is analysed on its head, and DuckDB reads its body (./engine.ts). */
export const ENGINE_FROM_BYTES = 8 << 20;
/** The head: enough rows to judge the columns, the decimal separator and the layout (statline.ts samples 2000). */
export const HEAD_BYTES = 1 << 20;

/**
 * The head of a large file, up to its last whole line, analysed as a file of its own; null when the engine cannot
 * take the body (not UTF-8, which is what it reads) or the head alone is refused (the whole file then says why).
 */
export function prepareIndicatorHead(head: Uint8Array): Prepared<TableAnalysis> | null {
	const end = head.lastIndexOf(10);
	if (end < 0) return null;
	const prepared = prepareIndicatorFile(head.subarray(0, end + 1));
	return prepared.ok && prepared.value.encoding === 'utf-8' ? prepared : null;
}
