// Reports live outside test-results/, which Playwright empties when it starts.
// Prints one closing line over both runners ("tests: N passed, N failed"), so CI can read the totals.
import { existsSync, readFileSync } from 'node:fs';

const [vitestFile, playwrightFile] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

if (vitestFile && existsSync(vitestFile)) {
	const v = JSON.parse(readFileSync(vitestFile, 'utf8'));
	passed += v.numPassedTests;
	failed += v.numFailedTests + (v.numFailedTestSuites ?? 0);
	skipped += v.numPendingTests + (v.numTodoTests ?? 0);
} else failed++;

if (playwrightFile && existsSync(playwrightFile)) {
	const s = JSON.parse(readFileSync(playwrightFile, 'utf8')).stats;
	passed += s.expected + s.flaky;
	failed += s.unexpected;
	skipped += s.skipped;
} else failed++;

console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
