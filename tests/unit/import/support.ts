import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildNameIndex, type NameEntry } from '../../../src/lib/schema/names';

const out = resolve(__dirname, '../../../data/out');
const csv = (name: string) => Papa.parse<Record<string, string>>(readFileSync(`${out}/${name}.csv`, 'utf8'), { header: true, skipEmptyLines: true }).data;

export const names = buildNameIndex(csv('area_names').map((r) => ({ ...r, code: r.code || null }) as unknown as NameEntry));
export const gemeenten = new Set(csv('gemeenten').map((r) => r.code!));
export const themeIds = new Set(csv('themes').map((r) => r.theme_id!));
export const indicatorIds = new Set(csv('indicators').map((r) => r.indicator_id!));
export const fixture = (path: string) => new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/import', path)));
export const NOW = new Date('2026-11-28T10:00:00Z');
