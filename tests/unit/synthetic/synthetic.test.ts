/** The synthetic generator: deterministic, marked in every row, linear in scale, never colliding keys. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { generateStatline, generateSynthetic } from '../../../scripts/synthetic/generate';
import { parseDelimited, typeRecords } from '../../../src/lib/schema/pipeline';
import { TABLE_SPECS } from '../../../src/lib/schema/tables';

const root = resolve(__dirname, '../../..');
const dirs: string[] = [];
function run(scale: number, seed: number) {
	const outDir = mkdtempSync(join(tmpdir(), 'kloofmeter-syn-'));
	dirs.push(outDir);
	return { outDir, ...generateSynthetic({ scale, seed, outDir, root }) };
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const rows = (dir: string, file: string) => Papa.parse<Record<string, string>>(readFileSync(join(dir, file), 'utf8'), { header: true, skipEmptyLines: true }).data;

describe('synthetic data', () => {
	const a = run(0.25, 7);
	it('is byte-identical for the same seed and differs for another', () => {
		const b = run(0.25, 7);
		const c = run(0.25, 8);
		for (const file of ['indicator_values.csv', 'findings.csv', 'conversations.csv']) {
			expect(readFileSync(join(b.outDir, file), 'utf8')).toBe(readFileSync(join(a.outDir, file), 'utf8'));
		}
		expect(readFileSync(join(c.outDir, 'findings.csv'), 'utf8')).not.toBe(readFileSync(join(a.outDir, 'findings.csv'), 'utf8'));
	});
	it('marks every row as synthetic', () => {
		expect(rows(a.outDir, 'indicator_values.csv').every((r) => r.indicator_id!.startsWith('syn_') && r.source_id === 'synthetic')).toBe(true);
		expect(rows(a.outDir, 'findings.csv').every((r) => r.finding_id!.startsWith('SYN-') && r.paraphrase_nl!.startsWith('[synthetisch]'))).toBe(true);
		expect(rows(a.outDir, 'trajectories.csv').every((r) => r.trajectory_id!.startsWith('syn_'))).toBe(true);
		expect(readFileSync(join(a.outDir, 'README.md'), 'utf8')).toMatch(/never shipped/);
	});
	it('has unique value keys and findings that point at existing trajectories and themes', () => {
		const keys = rows(a.outDir, 'indicator_values.csv').map((r) => `${r.indicator_id}|${r.area_code}|${r.period}`);
		expect(new Set(keys).size).toBe(keys.length);
		const trajectories = new Set(rows(a.outDir, 'trajectories.csv').map((r) => r.trajectory_id));
		const themes = new Set(rows(root, 'data/out/themes.csv').map((r) => r.theme_id));
		for (const f of rows(a.outDir, 'findings.csv')) {
			expect(trajectories.has(f.trajectory_id)).toBe(true);
			expect(themes.has(f.theme_id)).toBe(true);
		}
	});
	it('has exactly the columns of the shipped tables, so the benchmark loads it through the same specs', () => {
		for (const table of ['indicators', 'trajectories', 'conversations', 'findings', 'indicator_values'] as const) {
			const parsed = parseDelimited(readFileSync(join(a.outDir, `${table}.csv`), 'utf8'), { delimiter: ',' });
			const typed = typeRecords(parsed, TABLE_SPECS[table], { decimal: '.' });
			expect([...parsed.errors, ...typed.errors], table).toEqual([]);
		}
	});
	it('grows linearly with the scale (scale 1 ≈ 70,000 values and 2,000 findings)', () => {
		const one = run(1, 7);
		expect(one.files['indicator_values.csv']).toBe(342 * 4 * 50);
		expect(one.files['findings.csv']).toBe(2000);
		expect(a.files['findings.csv']).toBe(500);
		expect(a.files['indicator_values.csv']).toBe(342 * 1 * 50);
	});
	it('writes a StatLine-style export that parses back to its row count', () => {
		const outDir = mkdtempSync(join(tmpdir(), 'kloofmeter-statline-'));
		dirs.push(outDir);
		const { path, rows: n } = generateStatline({ megabytes: 0.2, seed: 1, outDir, root });
		const text = readFileSync(path, 'utf8');
		expect(text.split('\n')[0]).toContain('[synthetisch]');
		const body = text.split('\n').slice(3).join('\n');
		const parsed = Papa.parse<string[]>(body, { delimiter: ';', skipEmptyLines: true }).data;
		// header + n rows + the Bron footer
		expect(parsed.length).toBe(n + 2);
		expect(parsed.at(-1)![0]).toMatch(/^Bron/);
		expect(text).toMatch(/;"\d+,\d"\n/);
	});
});
