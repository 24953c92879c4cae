/**
 * The malformed-file corpus (tests/fixtures/import/bad, expected.json): every file is refused with the message it
 * must give, at the row and column it must name; none throws, and planning never changes what it was given.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFindingsImport } from '../../../src/lib/import/findingsPlan';
import { planIndicatorImport, type IndicatorForm } from '../../../src/lib/import/indicatorPlan';
import { prepareFindingsFile, prepareIndicatorFile } from '../../../src/lib/import/prepare';
import { describeProblem, type ImportProblem } from '../../../src/lib/import/problems';
import { fixture, gemeenten, indicatorIds, names, NOW, themeIds } from './support';

interface Expected {
	kind: 'indicator' | 'findings';
	message: string;
	row?: number;
	column?: string;
	form?: Partial<IndicatorForm>;
}
const expected = JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/import/bad/expected.json'), 'utf8')) as Record<string, Expected>;
const ctx = { id: 'corpus', fileName: 'bad.csv', now: NOW, names, gemeenten, indicatorIds, themeIds };

function deepFreeze<T>(o: T): T {
	if (o && typeof o === 'object') {
		Object.freeze(o);
		for (const v of Object.values(o)) deepFreeze(v);
	}
	return o;
}

function problemsFor(file: string, e: Expected): readonly ImportProblem[] {
	const bytes = fixture(`bad/${file}`);
	if (e.kind === 'indicator') {
		const p = prepareIndicatorFile(bytes);
		if (!p.ok) return p.problems;
		const form: IndicatorForm = { measure: p.value.measures[0]!, label: 'Corpus', unit: 'per_1000', direction: 'higher_worse', themeId: null, period: null, ...e.form };
		const r = planIndicatorImport(deepFreeze(p.value), form, ctx);
		return r.ok ? [] : r.problems;
	}
	const p = prepareFindingsFile(bytes);
	if (!p.ok) return p.problems;
	const a = deepFreeze(p.value);
	const r = planFindingsImport(
		a,
		{ gemeenteCode: 'GM0335', title: 'Corpus', question: '', periodStart: '', periodEnd: '', groups: Object.fromEntries(a.documents.map((d) => [d, 'inwoner'])), codes: Object.fromEntries(a.codes.map((c) => [c, { themeId: 'jeugdoverlast', stance: 'problem' as const }])) },
		ctx
	);
	return r.ok ? [] : r.problems;
}

describe('malformed files', () => {
	it('the corpus has at least 30 files', () => expect(Object.keys(expected).length).toBeGreaterThanOrEqual(30));
	for (const [file, e] of Object.entries(expected)) {
		it(`${file}: refused with “${e.message}”`, () => {
			let problems: readonly ImportProblem[] = [];
			expect(() => (problems = problemsFor(file, e))).not.toThrow();
			expect(problems.length, `${file} was accepted`).toBeGreaterThan(0);
			const hit = problems.find((p) => p.message.includes(e.message));
			expect(hit, `${file}: ${problems.map(describeProblem).join(' | ')}`).toBeDefined();
			if (e.row !== undefined) expect(hit!.row, file).toBe(e.row);
			if (e.column !== undefined) expect(hit!.column, file).toBe(e.column);
			// Every message reads as Dutch guidance, with its place.
			expect(describeProblem(hit!)).toMatch(e.row !== undefined ? /^Rij \d+/ : /./);
		});
	}
});
