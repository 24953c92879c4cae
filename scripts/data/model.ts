/**
 * Shared shapes of the data build: one measured value, one left-out value with its reason, and the notes each step
 * leaves for out/match_report.md.
 */
import { join } from 'node:path';
import type { Indeling } from './indeling';

export type Status = '' | 'definitief' | 'voorlopig';

export interface Value {
	readonly indicator_id: string;
	readonly area_code: string;
	readonly period: number;
	readonly value: number;
	readonly status: Status;
	/** The indeling `area_code` refers to (see BOUNDARY_RULE). */
	readonly boundary_year: number;
	readonly source_id: string;
}

/** A figure the build does not ship, and why. `area` is a code or a source's name. */
export interface LeftOut {
	readonly source_id: string;
	readonly indicators: string;
	readonly area: string;
	readonly periods: string;
	readonly reason: string;
}

export const BOUNDARY_RULE_NL = [
	'`boundary_year` is de gemeentelijke indeling waarin de bron het cijfer publiceerde, zolang `area_code` de code is',
	'waaronder de bron het cijfer gaf (bij bronnen op naam: de code die die naam in dat jaar had). Zo krijgen CBS 83648NED',
	'(elk jaar in de indeling van 1 januari van dat jaar) het jaar zelf, de KWB hun eigen jaar, de Leefbaarometer 2.0',
	'2016 en de 2022-geojson 2022. Politie 47013NED staat in de huidige indeling (de titel noemt 2026; de 342 namen zijn',
	'één op één die van 2025) en krijgt 2025. Waar de build zelf iets toevoegt (optellen van voorgangers, gewogen',
	'gemiddelden, hernoemde codes, groei, de 2023-ratio met een 2024-noemer) is `boundary_year` 2025.',
	'Op gemeenteniveau komt alleen een cijfer mee waarvan het gebied gelijk is aan dat van de gemeente in 2025',
	'(volgens coded/herindelingen.csv; kleine grenscorrecties zonder opheffing van een gemeente zijn niet meegenomen).'
].join(' ');

export class Notes {
	readonly sections = new Map<string, string[]>();
	readonly leftOut: LeftOut[] = [];

	add(section: string, ...lines: string[]): void {
		this.sections.set(section, [...(this.sections.get(section) ?? []), ...lines]);
	}

	leave(item: LeftOut): void {
		this.leftOut.push(item);
	}
}

export interface Paths {
	readonly root: string;
	readonly sources: string;
	readonly coded: string;
	readonly out: string;
}

export function pathsFor(root: string, out?: string): Paths {
	return { root, sources: join(root, 'data/sources'), coded: join(root, 'data/coded'), out: out ?? join(root, 'data/out') };
}

export interface Ctx {
	readonly paths: Paths;
	readonly indeling: Indeling;
	readonly notes: Notes;
	/** Every input file read, repo-relative (for provenance). */
	readonly inputs: Set<string>;
	src(rel: string): string;
}
