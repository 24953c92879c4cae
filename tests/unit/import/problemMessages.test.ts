/**
 * The English import is complete: every problem the import can raise has Dutch and English text, the English says
 * the same things (same placeholders) in English, and no message sits unused. The English a11y scan only sees a
 * page as it is; these checks see every message, including those no e2e run provokes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, nl } from '../../../src/lib/i18n/importProblems.messages';

type Key = keyof typeof nl;
const keys = Object.keys(nl) as Key[];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// Words of ours that only Dutch has; an English message holding one was not translated (or half). Placeholders are
// taken out first: they carry the file's own text, which may well be Dutch.
const DUTCH = /\b(rij|rijen|kolom|kolommen|bestand|het|een|geen|niet|van|voor|kies|wordt|cel|jaar|gemeenten?|deze|dit|haar|staat|naam|wel|ook)\b/i;

// Messages that read the same in both languages: a pattern of parts, a word both share, a status code.
const SAME = new Set<Key>(['import.phrase.aside', 'import.phrase.region.withNote', 'import.phrase.region.status', 'import.phrase.delimiter.tab', 'import.field.code', 'import.field.codes']);

const src = resolve(__dirname, '../../../src/lib');
const sources = [
	...readdirSync(`${src}/import`).map((f) => `${src}/import/${f}`),
	...readdirSync(`${src}/components/import`).map((f) => `${src}/components/import/${f}`)
].map((f) => readFileSync(f, 'utf8'));
const raised = new Set(sources.flatMap((s) => [...s.matchAll(/\bproblem\(\s*'(\w+)'/g)].map((m) => m[1]!)));

describe('import problem messages', () => {
	it('the import raises problems, each with a Dutch and an English message', () => {
		expect(raised.size).toBeGreaterThan(50);
		for (const code of raised) {
			const key = `import.problem.${code}` as Key;
			expect(nl[key], code).toBeTruthy();
			expect(en[key], code).toBeTruthy();
		}
	});

	it('no problem message sits unused', () => {
		const unused = keys.filter((k) => k.startsWith('import.problem.') && !raised.has(k.slice('import.problem.'.length)));
		expect(unused).toEqual([]);
	});

	it('English has every message, with the same placeholders as the Dutch', () => {
		expect(Object.keys(en).sort()).toEqual([...keys].sort());
		for (const k of keys) expect(placeholders(en[k]), k).toEqual(placeholders(nl[k]));
	});

	it('English messages hold no Dutch of ours, and differ from the Dutch where the words do', () => {
		for (const k of keys) {
			const words = en[k].replace(/\{\w+\}/g, ' ');
			expect(words.match(DUTCH)?.[0] ?? null, `${k}: ${en[k]}`).toBeNull();
			if (!SAME.has(k)) expect(en[k], k).not.toBe(nl[k]);
		}
	});

	it('the Dutch-word check itself catches Dutch', () => {
		for (const k of ['import.problem.empty', 'import.where.row', 'import.where.column', 'import.problem.noYear'] as const) expect(nl[k].replace(/\{\w+\}/g, ' '), k).toMatch(DUTCH);
	});
});
