/**
 * Code → theme links a user chose, remembered for the next import (localStorage). Only code names and theme ids are
 * kept: document names may be people's names and are never stored anywhere.
 */
import { readStored, writeStored } from '$lib/state/stored';
import type { CodeMapping } from './findingsPlan';

const KEY = 'kloofmeter.import.codes';

export function rememberedCodes(): Record<string, CodeMapping> {
	return (readStored(KEY) as Record<string, CodeMapping> | null) ?? {};
}

/** Not remembered when storage is unavailable; the import itself is unaffected. */
export function rememberCodes(codes: Readonly<Record<string, CodeMapping>>): void {
	writeStored(KEY, { ...rememberedCodes(), ...codes });
}
