/**
 * What `npm start` decides before it serves: whether the last build still matches its inputs, and which port to
 * take. Kept apart from scripts/serve.ts so a unit test can exercise them without building or serving anything.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative, sep } from 'node:path';

/** Everything a build reads. Folders are walked whole except the generated ones, which a build rewrites itself. */
export const BUILD_INPUTS = ['src', 'static', 'data', 'scripts/build-arrow.ts', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'] as const;
const GENERATED = new Set(['data/arrow', 'data/synthetic']);

function walk(root: string, path: string, out: string[]): void {
	const rel = relative(root, path).split(sep).join('/');
	if (GENERATED.has(rel) || !existsSync(path)) return;
	if (statSync(path).isDirectory()) {
		for (const name of readdirSync(path).sort()) walk(root, join(path, name), out);
	} else out.push(rel);
}

/**
 * A hash over the path and content of every build input. Content, not mtimes: a fresh clone or a `git checkout`
 * touches every file without changing one, and a copied tree can keep old mtimes on changed files.
 */
export function inputStamp(root: string, inputs: readonly string[] = BUILD_INPUTS): string {
	const files: string[] = [];
	for (const input of inputs) walk(root, join(root, input), files);
	const hash = createHash('sha256');
	for (const file of files) {
		hash.update(file).update('\0');
		hash.update(readFileSync(join(root, file))).update('\0');
	}
	return hash.digest('hex');
}

/** Whether a build is needed: no build output, no stamp of the last build, or a stamp for other inputs. */
export function needsBuild(stamp: string, previous: string | null, buildExists: boolean): boolean {
	return !buildExists || previous === null || previous.trim() !== stamp;
}

/** Whether nothing listens on this port of 127.0.0.1 (by listening on it for a moment). */
export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
	return new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(false));
		server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
	});
}

export const DEFAULT_PORT = 4173;

/**
 * The port to serve on. A `PORT` the user gave is taken as given (a taken one is an error the caller reports, not
 * silently replaced: whoever typed it expects that address). Without one: 4173, or the next free port after it.
 */
export async function choosePort(env: string | undefined, isFree: (port: number) => Promise<boolean> = portIsFree): Promise<{ port: number; given: boolean }> {
	if (env !== undefined && env.trim() !== '') {
		const port = Number(env);
		if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT=${env} is geen poortnummer (1–65535).`);
		return { port, given: true };
	}
	for (let port = DEFAULT_PORT; port < DEFAULT_PORT + 100; port++) {
		if (await isFree(port)) return { port, given: false };
	}
	throw new Error(`Geen vrije poort gevonden tussen ${DEFAULT_PORT} en ${DEFAULT_PORT + 99}; geef er een met PORT=….`);
}
