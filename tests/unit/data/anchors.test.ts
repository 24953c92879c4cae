/**
 * Every coded finding carries a few verbatim words from the passage it rests on; each must occur in the document
 * its source reference names first (data/seeds, copies of ../shared/seeds), and so must every word the coding uses
 * for how many people said it or whom it concerns. No word the report does not use.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, readText } from '../../../scripts/data/io';

const root = resolve(__dirname, '../../..');
const read = (path: string) => parseCsv(readText(resolve(root, path))).rows.map((r) => ({ ...r.cells }) as Record<string, string>);
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const seeds = new Map(
	readdirSync(resolve(root, 'data/seeds'))
		.filter((f) => /^\d{3}_.*\.txt$/.test(f))
		.map((f) => [f.slice(0, 3), collapse(readFileSync(resolve(root, 'data/seeds', f), 'utf8'))])
);
const docOf = (ref: string) => /^seed:(\d{3})/.exec(ref.split(';')[0]!.trim())?.[1] ?? null;
const docsOf = (ref: string) => ref.split(';').map((r) => /^seed:(\d{3})/.exec(r.trim())?.[1]).filter((d): d is string => !!d);

const findings = read('data/out/findings.csv');
const programme = read('data/out/programme_findings.csv');

describe('the seed documents in data/seeds', () => {
	it('are the five documents of ../shared/seeds, byte for byte, listed with their sha256', () => {
		const readme = readFileSync(resolve(root, 'data/seeds/README.md'), 'utf8');
		expect([...seeds.keys()].sort()).toEqual(['000', '001', '002', '003', '004']);
		for (const f of readdirSync(resolve(root, 'data/seeds')).filter((x) => x.endsWith('.txt'))) {
			const sha = createHash('sha256').update(readFileSync(resolve(root, 'data/seeds', f))).digest('hex');
			expect(readme, f).toContain(sha);
		}
	});
});

describe.each([
	['findings', findings],
	['programme_findings', programme]
])('%s', (_, rows) => {
	it('has rows', () => expect(rows.length).toBeGreaterThan(5));
	it('anchors every finding in the document it cites first', () => {
		for (const f of rows) {
			const doc = docOf(f.source_ref ?? '');
			expect(doc, `${f.finding_id} cites no seed`).not.toBeNull();
			expect(f.anchor, f.finding_id).toBeTruthy();
			expect(collapse(f.anchor!).split(' ').length, `${f.finding_id}: a few words, not a passage`).toBeLessThanOrEqual(25);
			expect(seeds.get(doc!), `${f.finding_id}: "${f.anchor}" not in seed ${doc}`).toContain(collapse(f.anchor!));
		}
	});
});

describe('words about how many', () => {
	it('uses only words its cited documents use', () => {
		for (const f of findings) {
			const text = docsOf(f.source_ref ?? '').map((d) => seeds.get(d) ?? '').join(' ').toLowerCase();
			for (const word of [f.quantifier, f.subject_quantifier].filter((w): w is string => !!w)) {
				expect(text, `${f.finding_id}: "${word}"`).toContain(collapse(word).toLowerCase());
			}
		}
	});
});
