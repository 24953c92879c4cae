/**
 * Same input → byte-identical output: `scripts/build-data.ts --out <dir>` twice, into two folders, compared byte
 * for byte; and no timestamps or machine paths in the text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const dirs: string[] = [];

function build(): string {
	const out = mkdtempSync(join(tmpdir(), 'kloofmeter-det-'));
	dirs.push(out);
	execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/build-data.ts'), '--out', out], { cwd: root, stdio: 'pipe' });
	return out;
}

afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('determinism', () => {
	it('writes the same bytes on every run', { timeout: 120_000 }, () => {
		const a = build();
		const b = build();
		const files = readdirSync(a).sort();
		expect(readdirSync(b).sort()).toEqual(files);
		expect(files).toEqual(expect.arrayContaining(['gemeenten.csv', 'gemeenten_2025.geojson', 'area_names.csv', 'indicators.csv', 'indicator_values.csv', 'sources.csv', 'provenance.md', 'match_report.md']));
		for (const f of files) {
			const x = readFileSync(join(a, f));
			expect(x.equals(readFileSync(join(b, f))), f).toBe(true);
			const text = x.toString('utf8');
			expect(text, f).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
			expect(text, f).not.toContain(a);
			expect(text, f).not.toContain('\r');
			expect(text.charCodeAt(0), f).not.toBe(0xfeff);
		}
	});
});
