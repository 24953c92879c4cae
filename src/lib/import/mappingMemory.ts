/**
 * Code → theme links a user chose, remembered for the next import (localStorage). Only code names and theme ids are
 * kept: document names may be people's names and are never stored anywhere.
 */
import type { CodeMapping } from './findingsPlan';

const KEY = 'kloofmeter.import.codes';

export function rememberedCodes(): Record<string, CodeMapping> {
	try {
		const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, CodeMapping>;
		return raw && typeof raw === 'object' ? raw : {};
	} catch {
		return {};
	}
}

export function rememberCodes(codes: Readonly<Record<string, CodeMapping>>): void {
	try {
		localStorage.setItem(KEY, JSON.stringify({ ...rememberedCodes(), ...codes }));
	} catch {
		// Not remembered this time; the import itself is unaffected.
	}
}

const fold = (s: string) =>
	s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

/** A first guess for a code: remembered, else a theme whose id or label the code names. */
export function guessTheme(code: string, themes: readonly { id: string; nl: string; en: string }[], remembered: Record<string, CodeMapping>): CodeMapping {
	if (remembered[code]) return remembered[code]!;
	const c = fold(code);
	const hit = themes.find((t) => fold(t.id.replace(/_/g, ' ')) === c || fold(t.nl) === c || fold(t.en) === c) ?? themes.find((t) => c.length >= 5 && (fold(t.nl).includes(c) || c.includes(fold(t.id.replace(/_/g, ' ')))));
	return { themeId: hit?.id ?? null, stance: 'problem' };
}

const GROUP_WORDS = ['jongere', 'ouder', 'ondernemer', 'professional', 'inwoner', 'ambtenaar', 'bestuurder'];

/** A first guess for a document's group from a group word in its name; residents otherwise. */
export function guessGroup(document: string): string {
	const d = fold(document);
	return GROUP_WORDS.find((g) => d.includes(g)) ?? 'inwoner';
}
