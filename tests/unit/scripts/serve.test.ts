import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { choosePort, DEFAULT_PORT, inputStamp, needsBuild, portIsFree } from '../../../scripts/serve/lib';

const dirs: string[] = [];
function tree(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'kloofmeter-stamp-'));
	dirs.push(root);
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), content);
	}
	return root;
}
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('inputStamp', () => {
	const files = { 'src/app.ts': 'a', 'data/out/x.csv': '1', 'package-lock.json': '{}' };

	it('is the same for the same inputs, even when every mtime changed (a fresh clone)', () => {
		const a = tree(files);
		const b = tree(files);
		utimesSync(join(b, 'src/app.ts'), new Date(2001, 1, 1), new Date(2001, 1, 1));
		expect(inputStamp(b)).toBe(inputStamp(a));
	});

	it('changes when one input file changes, is added or is renamed', () => {
		const base = inputStamp(tree(files));
		expect(inputStamp(tree({ ...files, 'src/app.ts': 'b' }))).not.toBe(base);
		expect(inputStamp(tree({ ...files, 'static/new.svg': '<svg/>' }))).not.toBe(base);
		expect(inputStamp(tree({ 'src/app2.ts': 'a', 'data/out/x.csv': '1', 'package-lock.json': '{}' }))).not.toBe(base);
	});

	it('ignores what the build itself generates (data/arrow) and files outside the inputs', () => {
		const base = inputStamp(tree(files));
		expect(inputStamp(tree({ ...files, 'data/arrow/x.arrow': 'bytes', 'tests/e2e/a.spec.ts': 'x' }))).toBe(base);
	});
});

describe('needsBuild', () => {
	it('builds without output, without a stamp, or with a stamp of other inputs; not otherwise', () => {
		expect(needsBuild('abc', 'abc', false)).toBe(true);
		expect(needsBuild('abc', null, true)).toBe(true);
		expect(needsBuild('abc', 'abd', true)).toBe(true);
		expect(needsBuild('abc', 'abc\n', true)).toBe(false);
	});
});

describe('choosePort', () => {
	it('takes PORT as given, and refuses what is not a port', async () => {
		expect(await choosePort('5123', async () => false)).toEqual({ port: 5123, given: true });
		await expect(choosePort('80a')).rejects.toThrow(/geen poortnummer/);
	});

	it('without PORT takes the next free port when 4173 is taken', async () => {
		const taken = new Set([DEFAULT_PORT, DEFAULT_PORT + 1]);
		expect(await choosePort(undefined, async (p) => !taken.has(p))).toEqual({ port: DEFAULT_PORT + 2, given: false });
		expect(await choosePort('', async () => true)).toEqual({ port: DEFAULT_PORT, given: false });
	});

	it('portIsFree sees a port that a real server holds', async () => {
		const server: Server = createServer();
		await new Promise<void>((r) => server.listen({ port: 0, host: '127.0.0.1' }, r));
		const port = (server.address() as { port: number }).port;
		try {
			expect(await portIsFree(port)).toBe(false);
		} finally {
			await new Promise((r) => server.close(r));
		}
		expect(await portIsFree(port)).toBe(true);
	});
});
