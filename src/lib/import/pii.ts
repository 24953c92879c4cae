/**
 * Personal data in free text, found before anything is stored: e-mail addresses, Dutch phone numbers, BSNs (nine
 * digits that pass the 11-proef), IBANs (that pass mod-97) and a postcode with a house number. A hit blocks the
 * import; the message names the kind and shows the match masked, so the screen does not repeat the data.
 */
import { phrase, problem, type ImportProblem, type ProblemColumn } from './problems';

export type PiiKind = 'email' | 'phone' | 'bsn' | 'iban' | 'address';

export interface PiiHit {
	readonly kind: PiiKind;
	/** The match with all but its first two and last character hidden. */
	readonly masked: string;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const IBAN = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b/gi;
/**
 * A run of digits as people write numbers: digits with separators (. - space, no-break space, dashes) and
 * parentheses between them, optionally opened by + or (. Phone numbers and BSNs are looked for in every window of
 * consecutive space-separated parts of a run, so `111 222 333`, `(030) 123 45 67`, `06 - 1234 5678` and a number
 * followed by more digits (`… 111222333 2021`) are all seen, and a sentence's full stop is not part of the number.
 */
const NUMBER_RUN = /[+(]?\d(?:[\d().\-\u00a0\u2010-\u2015\s]*\d)?\)?/g;
// Postcode (1234 AB, 1234AB, any case) then a house number; and street + number, then postcode.
const POSTCODE_THEN_NUMBER = /\b([1-9]\d{3})(\s?)([A-Za-z]{2})\b[\s,]+(?:nr\.?\s*)?\d{1,5}[a-zA-Z]?\b/g;
const NUMBER_THEN_POSTCODE = /\b([A-Za-zÀ-ÿ'.-]{3,})\s+\d{1,5}[a-zA-Z]?,?\s+[1-9]\d{3}(\s?)([A-Za-z]{2})\b/g;
// Postcode letters never used: SA, SD, SS. In lower case, a two-letter word after a year-like number is usually
// just Dutch ("2021 en 12"), so lower-case letters count only when written against the digits or not a word.
const NEVER_LETTERS = new Set(['SA', 'SD', 'SS']);
const SHORT_WORDS = new Set(['aan', 'al', 'ben', 'bij', 'da', 'de', 'dé', 'die', 'en', 'er', 'ge', 'ha', 'he', 'hè', 'ik', 'in', 'is', 'ja', 'je', 'me', 'na', 'nu', 'of', 'om', 'op', 'so', 'te', 'to', 'uw', 'we', 'wo', 'za', 'ze', 'zo', 'zu', 'to', 'at', 'of', 'on', 'or', 'an', 'as', 'by', 'it', 'no', 'pm', 'am', 'jr', 'mm', 'cm', 'km', 'kg', 'ct', 'uu', 'eu']);
// A street-like word before the house number, for the lower-case "dorpsstraat 12, 3511 ab".
const STREET = /(straat|laan|weg|plein|kade|gracht|singel|dijk|steeg|hof|pad|park|dreef|baan|markt|wal|veld|erf|burg|haven|plantsoen|dam|pad|straatweg|zijde|dreef|hoek|ring|oord|kamp|brink|lei|gaarde|polder)$/i;

function postcodeCounts(space: string, letters: string, street?: string): boolean {
	if (NEVER_LETTERS.has(letters.toUpperCase())) return false;
	if (letters === letters.toUpperCase()) return true;
	if (street !== undefined && STREET.test(street)) return true;
	return space === '' || !SHORT_WORDS.has(letters.toLowerCase());
}

interface NumberHit {
	readonly kind: 'phone' | 'bsn';
	readonly text: string;
}

/** Phone numbers and BSNs in one run of digits (see NUMBER_RUN). */
function numbersIn(run: string): NumberHit[] {
	const parts = run.split(/\s+/).filter(Boolean);
	const hits: NumberHit[] = [];
	for (let i = 0; i < parts.length; i++) {
		let joined = '';
		for (let j = i; j < parts.length && j < i + 8; j++) {
			joined = j === i ? parts[i]! : `${joined} ${parts[j]}`;
			const international = /^(?:\+31|\(\+31\)|0031)/.test(joined);
			// "+31 (0)30 …": the (0) is the trunk prefix, written for those dialling from inside the country.
			const digits = (international ? joined.replace(/\(0\)/g, '') : joined).replace(/\D/g, '');
			if (digits.length > 13) break;
			const national = international ? `0${digits.slice(digits.startsWith('0031') ? 4 : 2)}` : digits;
			const first = parts[i]!;
			const last = parts[j]!;
			// A window must start and end at a digit group (not at a lone "-" between parts).
			if (!/\d/.test(first) || !/\d/.test(last)) continue;
			if (/^0[1-9]\d{8}$/.test(national) && (international || /^\(?0/.test(first))) hits.push({ kind: 'phone', text: joined });
			else if (!international && !joined.includes("+") && digits.length === 9 && elfProef(digits)) hits.push({ kind: 'bsn', text: joined });
		}
	}
	return hits;
}

export function elfProef(digits: string): boolean {
	const d = digits.replace(/\D/g, '');
	if (d.length !== 9 || /^0+$/.test(d)) return false;
	let sum = 0;
	for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
	sum -= Number(d[8]);
	return sum % 11 === 0;
}

export function ibanValid(raw: string): boolean {
	const s = raw.replace(/\s/g, '').toUpperCase();
	if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
	if (s.startsWith('NL') && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(s)) return false;
	const moved = s.slice(4) + s.slice(0, 4);
	let rest = 0;
	for (const ch of moved) {
		const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
		for (const digit of v) rest = (rest * 10 + Number(digit)) % 97;
	}
	return rest === 1;
}

function mask(s: string): string {
	const t = s.trim();
	return t.length <= 4 ? '•'.repeat(t.length) : `${t.slice(0, 2)}${'•'.repeat(t.length - 3)}${t.slice(-1)}`;
}

export function scanText(text: string): PiiHit[] {
	if (!text) return [];
	const hits: PiiHit[] = [];
	for (const m of text.matchAll(EMAIL)) hits.push({ kind: 'email', masked: mask(m[0]) });
	for (const m of text.matchAll(IBAN)) if (ibanValid(m[0])) hits.push({ kind: 'iban', masked: mask(m[0]) });
	for (const m of text.matchAll(NUMBER_RUN)) {
		// A run that is part of a longer code (GM0335, 2020JJ00) is no phone number or BSN.
		const before = text[m.index - 1] ?? '';
		if (/[A-Za-z]/.test(before) && !m[0].startsWith('(') && !m[0].startsWith('+')) continue;
		for (const hit of numbersIn(m[0])) hits.push({ kind: hit.kind, masked: mask(hit.text) });
	}
	for (const m of text.matchAll(POSTCODE_THEN_NUMBER)) if (postcodeCounts(m[2]!, m[3]!)) hits.push({ kind: 'address', masked: mask(m[0]) });
	for (const m of text.matchAll(NUMBER_THEN_POSTCODE)) if (postcodeCounts(m[2]!, m[3]!, m[1]!)) hits.push({ kind: 'address', masked: mask(m[0]) });
	return hits;
}

/** The refusal for a hit: which kind, and the match masked, so the screen does not repeat the data. */
export function personalData(hit: PiiHit, row: number | null, column: ProblemColumn | null): ImportProblem {
	return problem('personalData', { kind: phrase(`import.phrase.pii.${hit.kind}`), masked: hit.masked }, row, column);
}

/**
 * Common Dutch first names (and frequent ones of Moroccan, Turkish and Surinamese descent), lower case. Not a way
 * to find every name, only to catch the usual slip: a code named after the person it is about.
 */
const FIRST_NAMES = new Set(
	(
		'aad adam ahmed aisha ali amina anna anne annemarie annie ans anton arie arjen bart bas ben bert bram carla cees ' +
		'chantal charlotte chris cor corrie daan danielle david dennis dick dirk edwin eline els emma erik esther eva ' +
		'evert fatima fatma femke floor frank frans freek gerard gerrit gert gijs hans harm hendrik henk herman hugo ' +
		'ibrahim ilse inge ingrid jaap jacob jan janneke jannie jasper jeroen jesse joke joost jop jordy jos josé ' +
		'joyce julia kees kevin khadija klaas koen lars laura lisa lieke linda lotte lucas luuk maarten manon marco ' +
		'margriet maria marieke marjolein mark marloes martijn martin mehmet milan mohamed mohammed monique mustafa ' +
		'nadia niels noah noor nina olga patrick paul peter petra piet pieter priscilla rachid remco richard rik rob ' +
		'robert roel ron ronald rutger ruud sandra sanne sara sarah saskia sem sjaak sophie stefan stephanie susan ' +
		'sven thijs thomas tim tineke tom ton vincent wendy willem wim yvonne youssef zeynep'
	).split(' ')
);
const TITLE = /^(dhr|mevr|mw|mr|mrs|dr|drs|ir|ing|meneer|mevrouw|juf|meester|oma|opa|tante|oom)\.?$/i;
const PARTICLE = /^(van|de|der|den|het|ter|ten|te|op|in|el|al|von|da|di|le|la|du|'t)$/i;
const CAPITALISED = /^[A-ZÀ-Þ][a-zà-ÿ'-]+$/;
const INITIALS = /^([A-Z]\.)+$/;

/**
 * Whether a short label (a code) looks like a person's name: a title and a capitalised word ("Mevr. Jansen"),
 * initials and a surname ("J.P. de Vries"), or a common first name alone or followed by a capitalised surname,
 * with or without particles ("Anna", "Jan van den Berg").
 */
export function looksLikePersonName(label: string): boolean {
	const words = label.trim().split(/\s+/).filter(Boolean);
	if (words.length === 0 || words.length > 6) return false;
	const [first, ...rest] = words as [string, ...string[]];
	const surname = rest.filter((w) => !PARTICLE.test(w));
	const surnameOk = surname.length >= 1 && surname.length <= 2 && surname.every((w) => CAPITALISED.test(w));
	if (TITLE.test(first) && surnameOk) return true;
	if (INITIALS.test(first) && surnameOk) return true;
	if (!FIRST_NAMES.has(first.toLowerCase()) || !/^[A-ZÀ-Þ]/.test(first)) return false;
	return rest.length === 0 || surnameOk;
}
