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
