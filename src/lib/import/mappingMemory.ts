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
