import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { en, nl, type MessageKey } from '../../../src/lib/i18n/messages';
import type { ImportProblem, Phrase } from '../../../src/lib/import/problems';
import { buildNameIndex, type NameEntry } from '../../../src/lib/schema/names';
import { phraseText, problemMessage, problemText } from '../../../src/lib/views/problems';

const out = resolve(__dirname, '../../../data/out');
const csv = (name: string) => Papa.parse<Record<string, string>>(readFileSync(`${out}/${name}.csv`, 'utf8'), { header: true, skipEmptyLines: true }).data;

export const names = buildNameIndex(csv('area_names').map((r) => ({ ...r, code: r.code || null }) as unknown as NameEntry));
export const gemeenten = new Set(csv('gemeenten').map((r) => r.code!));
export const themeIds = new Set(csv('themes').map((r) => r.theme_id!));
export const indicatorIds = new Set(csv('indicators').map((r) => r.indicator_id!));
export const fixture = (path: string) => new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/import', path)));
export const NOW = new Date('2026-11-28T10:00:00Z');

// The app's t() without its locale state: the same placeholder rule, one dictionary each.
const translator = (dictionary: Record<MessageKey, string>) => (key: MessageKey, params: Record<string, string | number> = {}) =>
	dictionary[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
export const tNl = translator(nl);
export const tEn = translator(en);
/** A problem as the Dutch page shows it, with and without its place; a set-aside example as the Dutch page shows it. */
export const nlText = (p: ImportProblem) => problemText(p, tNl, 'nl');
export const enText = (p: ImportProblem) => problemText(p, tEn, 'en');
/** An import's notes as the page shows them, in Dutch or English. */
export const notesNl = (notes: readonly Phrase[]) => notes.map((n) => phraseText(n, tNl, 'nl')).join(' ');
export const notesEn = (notes: readonly Phrase[]) => notes.map((n) => phraseText(n, tEn, 'en')).join(' ');
export const nlMessage = (p: ImportProblem) => problemMessage(p, tNl, 'nl');
export const nlPhrase = (p: Phrase) => phraseText(p, tNl, 'nl');
