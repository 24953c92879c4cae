/**
 * The malformed-file corpus (tests/fixtures/import/bad, expected.json): every file is refused with the problem it
 * must give (its code, and the Dutch words the message must hold), at the row and column it must name, in Dutch and
 * in English; none throws, and planning never changes what it was given.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFindingsImport } from '../../../src/lib/import/findingsPlan';
import { planIndicatorImport, type IndicatorForm } from '../../../src/lib/import/indicatorPlan';
import { prepareFindingsFile, prepareIndicatorFile } from '../../../src/lib/import/prepare';
import type { ImportProblem, ProblemCode } from '../../../src/lib/import/problems';
import { enText, fixture, gemeenten, indicatorIds, names, nlMessage, nlText, NOW, themeIds } from './support';

interface Expected {
	kind: 'indicator' | 'findings';
	code: ProblemCode;
	message: string;
	row?: number;
	column?: string;
	form?: Partial<IndicatorForm>;
}
const expected = JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/import/bad/expected.json'), 'utf8')) as Record<string, Expected>;
const ctx = { id: 'corpus', fileName: 'bad.csv', now: NOW, names, gemeenten, indicatorIds, themeIds };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
			const hit = problems.find((p) => nlMessage(p).includes(e.message));
			expect(hit, `${file}: ${problems.map(nlText).join(' | ')}`).toBeDefined();
			expect(hit!.code, file).toBe(e.code);
			if (e.row !== undefined) expect(hit!.row, file).toBe(e.row);
			// The place as the Dutch page writes it before the message: "Rij 3, kolom "waarde": ".
			const text = nlText(hit!);
			const place = text.slice(0, text.length - nlMessage(hit!).length);
			if (e.row !== undefined) expect(place, file).toMatch(new RegExp(`^Rij ${e.row}[,:] `));
			if (e.column !== undefined) expect(place, file).toMatch(new RegExp(`(^K|, k)olom "${escape(e.column)}": $`));
			// The English page names the same place in English, and no Dutch of ours is left in it.
			const english = enText(hit!);
			if (e.row !== undefined) expect(english, file).toMatch(new RegExp(`^Row ${e.row}[,:] `));
			if (typeof hit!.column === 'string' && hit!.column !== '') expect(english, file).toContain(`olumn "${hit!.column}": `);
			expect(english, file).not.toMatch(/\b(Rij|rij|kolom)\b/);
			expect(english, file).not.toBe(text);
		});
	}
});
