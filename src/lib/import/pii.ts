/**
 * Personal data in free text, found before anything is stored: e-mail addresses, Dutch phone numbers, BSNs (nine
 * digits that pass the 11-proef), IBANs (that pass mod-97) and a postcode with a house number. A hit blocks the
 * import; the message names the kind and shows the match masked, so the screen does not repeat the data.
 */
export type PiiKind = 'email' | 'phone' | 'bsn' | 'iban' | 'address';

export interface PiiHit {
	readonly kind: PiiKind;
	/** The match with all but its first two and last character hidden. */
	readonly masked: string;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// +31 / 0031 / 0, then a mobile (6 + 8 digits) or an area number (9 digits in all); spaces and dashes allowed.
const PHONE = /(?<![\d+])(?:\+31|0031|0)[\s-]?(?:\(0\)[\s-]?)?(?:6(?:[\s-]?\d){8}|[1-57-9](?:[\s-]?\d){8})(?!\d)/g;
const NINE_DIGITS = /(?<![\d.,])\d{9}(?![\d.,])|(?<![\d.,])\d{4}\.\d{2}\.\d{3}(?![\d.,])/g;
const IBAN = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b/g;
// 1234 AB 12, 1234AB, 12 — and the other way round: Dorpsstraat 12, 1234 AB.
const POSTCODE_THEN_NUMBER = /\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b[\s,]+(?:nr\.?\s*)?\d{1,5}[a-zA-Z]?\b/g;
const NUMBER_THEN_POSTCODE = /\b[A-Za-zÀ-ÿ'.-]{3,}\s+\d{1,5}[a-zA-Z]?,?\s+[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b/g;

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
	for (const m of text.matchAll(PHONE)) hits.push({ kind: 'phone', masked: mask(m[0]) });
	for (const m of text.matchAll(NINE_DIGITS)) if (elfProef(m[0])) hits.push({ kind: 'bsn', masked: mask(m[0]) });
	for (const m of text.matchAll(POSTCODE_THEN_NUMBER)) hits.push({ kind: 'address', masked: mask(m[0]) });
	for (const m of text.matchAll(NUMBER_THEN_POSTCODE)) hits.push({ kind: 'address', masked: mask(m[0]) });
	return hits;
}

export const PII_LABELS: Record<PiiKind, string> = {
	email: 'een e-mailadres',
	phone: 'een telefoonnummer',
	bsn: 'een burgerservicenummer (BSN)',
	iban: 'een bankrekeningnummer (IBAN)',
	address: 'een postcode met huisnummer'
};
