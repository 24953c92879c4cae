/**
 * `npm start` after setup: build only when an input changed since the last build, serve the static site with
 * `vite preview`, and print the address once the server answers (not when it merely started).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { choosePort, inputStamp, needsBuild, portIsFree } from './serve/lib';

const root = resolve(import.meta.dirname, '..');
// In .svelte-kit (per checkout, git-ignored), not in build/: a file there would be served with the site.
const stampFile = join(root, '.svelte-kit', 'kloofmeter-build-stamp');
const fail = (message: string): never => {
	console.error(`==> ${message}`);
	process.exit(1);
};

const stamp = inputStamp(root);
const previous = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : null;
if (needsBuild(stamp, previous, existsSync(join(root, 'build', 'index.html')))) {
	console.log('==> build (inputs changed since the last build, or no build yet)');
	const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
	if (built.status !== 0) fail('build mislukt; zie hierboven.');
	// Hashed again: the build must be stamped with what it was built from, and nothing it reads may change it.
	writeFileSync(stampFile, inputStamp(root));
} else console.log('==> build is up to date with src, static, data and config: not rebuilt');

const { port, given } = await choosePort(process.env.PORT).catch((e: Error) => fail(e.message));
if (given && !(await portIsFree(port))) fail(`poort ${port} (uit PORT) is al in gebruik; kies een andere, bv. PORT=${port + 1} npm start`);
if (!given && port !== 4173) console.log(`==> port 4173 is taken: using ${port}`);

const url = `http://127.0.0.1:${port}/`;
// logLevel warn: vite would print its own address on listening, before anything has been served.
const vite = join(root, 'node_modules', '.bin', 'vite');
const server = spawn(vite, ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

const deadline = Date.now() + 60_000;
for (;;) {
	try {
		const response = await fetch(url);
		if (response.ok) break;
	} catch {
		// not listening yet
	}
	if (server.exitCode !== null) break;
	if (Date.now() > deadline) {
		server.kill('SIGTERM');
		fail(`${url} antwoordde niet binnen 60 s`);
	}
	await new Promise((r) => setTimeout(r, 200));
}
if (server.exitCode === null) console.log(`==> Kloofmeter: ${url}`);
