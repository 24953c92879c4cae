/**
 * Bytes of a chosen file → text. A byte order mark decides; otherwise strict UTF-8 is tried, and when that fails
 * `chardet` names the single-byte encoding (StatLine and Excel-NL exports are often Windows-1252). Binary files
 * (a spreadsheet or an image renamed to .csv) are refused before anything reads them as text.
 */
import chardet from 'chardet';
import { fail, ok, phrase, problem, type ImportProblem, type Outcome } from './problems';

export interface Decoded {
	readonly text: string;
	readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

const SINGLE_BYTE = new Set(['ISO-8859-1', 'windows-1252', 'ISO-8859-15', 'ISO-8859-2', 'windows-1250']);

export function decodeBytes(bytes: Uint8Array): Outcome<Decoded> {
	if (bytes.length === 0) return fail(problem('empty'));
	const sniff = sniffBinary(bytes);
	if (sniff) return fail(sniff);
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return ok({ text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' });
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return ok({ text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' });
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return ok({ text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' });
	try {
		return ok({ text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' });
	} catch {
		// Not UTF-8: ask the detector, on a sample (it is quadratic in nothing, but a 200 MB file need not be read twice).
	}
	const guess = chardet.detect(bytes.subarray(0, 1 << 20));
	if (guess && SINGLE_BYTE.has(guess)) return ok({ text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' });
	return fail(problem('encoding', { guess: guess ?? phrase('import.phrase.unknownEncoding') }));
}

const SIGNATURES: [number[], 'zip' | 'xls' | 'pdf' | 'png' | 'jpeg' | 'gzip'][] = [
	[[0x50, 0x4b, 0x03, 0x04], 'zip'],
	[[0xd0, 0xcf, 0x11, 0xe0], 'xls'],
	[[0x25, 0x50, 0x44, 0x46], 'pdf'],
	[[0x89, 0x50, 0x4e, 0x47], 'png'],
	[[0xff, 0xd8, 0xff], 'jpeg'],
	[[0x1f, 0x8b], 'gzip']
];

/** A reason to refuse the file as binary, or null when it looks like text. */
function sniffBinary(bytes: Uint8Array): ImportProblem | null {
	for (const [sig, what] of SIGNATURES) {
		if (sig.every((b, i) => bytes[i] === b)) return problem('notCsv', { what: phrase(`import.phrase.binary.${what}`) });
	}
	const isUtf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
	if (isUtf16) return null;
	const sample = bytes.subarray(0, 8192);
	let oddNul = 0;
	for (let i = 1; i < sample.length; i += 2) if (sample[i] === 0) oddNul++;
	if (sample.length > 8 && oddNul > sample.length * 0.4) return problem('utf16NoBom');
	const head = new TextDecoder('latin1').decode(sample.subarray(0, 200)).trimStart().toLowerCase();
	if (head.startsWith('<!doctype html') || head.startsWith('<html')) return problem('html');
	if (/^[{[]\s*["{[]/.test(head)) return problem('json');
	let control = 0;
	for (const b of sample) if (b === 0 || (b < 9 && b !== 0) || (b > 13 && b < 32 && b !== 27)) control++;
	return control > sample.length * 0.01 ? problem('binary') : null;
}
