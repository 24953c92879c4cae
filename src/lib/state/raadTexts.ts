/**
 * What the advisor writes for the raad, per gemeente: what is already happening and what the raad is asked. Kept in
 * localStorage on this device, so it survives a reload and appears in the printed summary and the deck's last slide.
 * The storage wrapper never throws: a full or disabled storage keeps the text for this visit only.
 */
import { readStored, writeStored } from './stored';

export interface RaadTexts {
	readonly happening: string;
	readonly ask: string;
}

const key = (code: string) => `kloofmeter.raad.${code}`;

/** The stored texts, or the report's own follow-up as the starting text for "what is already happening". */
export function readRaadTexts(code: string, fallbackHappening: string | null): RaadTexts {
	const empty = { happening: fallbackHappening ?? '', ask: '' };
	const raw = readStored(key(code));
	if (!raw) return empty;
	return { happening: typeof raw.happening === 'string' ? raw.happening : empty.happening, ask: typeof raw.ask === 'string' ? raw.ask : '' };
}

export function saveRaadTexts(code: string, texts: RaadTexts): void {
	writeStored(key(code), texts);
}
