/**
 * Vitest's global setup: the shipped Arrow files (data/arrow, made from data/out by scripts/build-arrow.ts) are build
 * output, not kept in git, and the loader's tests find them the way the app does (import.meta.glob). They are made
 * before any test, so a fresh clone's unit tests see the files of its own data and build script (2.5 s).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function setup(): void {
	execFileSync('npx', ['tsx', 'scripts/build-arrow.ts'], { cwd: resolve(import.meta.dirname, '../../..'), stdio: 'ignore' });
}
