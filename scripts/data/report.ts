/**
 * out/match_report.md (what matched, what was combined, what was left out and why) and out/provenance.md (every
 * output with its inputs, their sha256, row counts, and the credit line). No timestamps: same input, same bytes.
 */
import { compare, formatNumber, round, sortBy, yearRanges } from './io';
import type { AreaNameRow } from './areaNames';
import type { ListCheck } from './indeling';
import type { CrimeResult } from './crime';
import { BOUNDARY_RULE_NL, type Notes } from './model';
import { CREDIT } from './sources';

export interface ReportInput {
	readonly notes: Notes;
	readonly listChecks: readonly ListCheck[];
	readonly countsPerYear: readonly [number, number][];
	readonly names: readonly AreaNameRow[];
	readonly historicNames: readonly { source: string; name: string }[];
	/** Codes in the 2016/2019/2021/2022 lists that are gone in 2025, with their explanation. */
	readonly historicCodes: readonly string[];
	readonly compare2022: CrimeResult['compare2022'];
	readonly warnings: readonly string[];
}

export function matchReport(r: ReportInput): string {
	const out: string[] = ['# Match report', '', 'Gegenereerd door `npm run data` (scripts/build-data.ts). Niet met de hand bewerken.', ''];
	out.push('## Regel voor boundary_year', '', BOUNDARY_RULE_NL, '');

	out.push('## Herindelingen getoetst aan de bronnen', '');
	out.push('coded/herindelingen.csv bepaalt per jaar welke codes bestonden. Die afgeleide lijsten moeten gelijk zijn aan elke codelijst die een bron geeft:', '');
	out.push('| jaar | bron | codes in bron | alleen afgeleid | alleen in bron |', '| --- | --- | --- | --- | --- |');
	for (const c of r.listChecks) {
		out.push(`| ${c.year} | ${c.source} | ${c.count} | ${c.onlyDerived.join(' ') || '–'} | ${c.onlySource.join(' ') || '–'} |`);
	}
	out.push('', `Afgeleid aantal gemeenten op 1 januari: ${r.countsPerYear.map(([y, n]) => `${y}: ${n}`).join(', ')}.`, '');

	out.push('## Namen', '');
	const byStatus = new Map<string, number>();
	for (const n of r.names) byStatus.set(n.status, (byStatus.get(n.status) ?? 0) + 1);
	out.push(`out/area_names.csv: ${r.names.length} naamvormen; ${[...byStatus].sort((a, b) => compare(a[0], b[0])).map(([s, n]) => `${s} ${n}`).join(', ')}.`);
	out.push('Bronnen op naam (CBS 83648NED 2010-2020, Politie 47013NED) zijn exact op sleutel gekoppeld; elke naam is gekoppeld of is een totaal/regio.', '');
	out.push('Historische namen uit de bronnen die niet in de lijst van 2025 staan, met hun verklaring uit coded/herindelingen.csv:', '');
	const byName = new Map(r.names.map((n) => [n.name_form, n]));
	for (const h of sortBy([...r.historicNames], (x) => x.name, (x) => x.source)) {
		const n = byName.get(h.name)!;
		out.push(`- ${h.name} (${h.source}): ${n.status}${n.code ? ` → ${n.code}` : ''}; ${n.note}`);
	}
	out.push('', 'Codes uit de codelijsten van 2016 (Leefbaarometer), 2019 en 2021 (KWB) en 2022 (CBS-geojson) die in 2025 niet meer bestaan:', '');
	out.push(...r.historicCodes.map((h) => `- ${h}`), '');

	for (const [section, lines] of r.notes.sections) out.push(`## ${section}`, '', ...lines, '');

	out.push('## Misdrijven 2022: CBS 83648NED tegen Politie 47013NED', '');
	const diffs = r.compare2022.map((c) => ({ ...c, d: c.politie - c.cbs, pct: ((c.politie - c.cbs) / c.cbs) * 100 }));
	const within = diffs.filter((d) => Math.abs(d.d) <= 2.5).length;
	const abs = diffs.map((d) => Math.abs(d.pct)).sort((a, b) => a - b);
	const median = abs.length ? abs[Math.floor(abs.length / 2)]! : 0;
	out.push(
		`Vergeleken: ${diffs.length} gemeenten (voor samengevoegde gemeenten de som van de CBS-voorgangers). Binnen de CBS-afronding op vijftallen (±2,5): ${within}; mediane absolute afwijking ${formatNumber(round(median, 2))}%.`,
		'Gebruikt: het Politie-aantal (beide jaren uit één tabel, in de huidige indeling); de CBS-ratio 2022 hoort bij het CBS-aantal.',
		'Haarlemmermeer springt eruit (CBS ruim 20% hoger). De bronnen zeggen niet waarom; een mogelijke verklaring is dat misdrijven op Schiphol wel in de CBS-telling en niet in de politietelling per gemeente zitten. Niet gecorrigeerd.',
		'',
		'Grootste afwijkingen (procent):',
		''
	);
	out.push('| gemeente | CBS 83648NED | Politie 47013NED | verschil | % |', '| --- | --- | --- | --- | --- |');
	for (const d of sortBy([...diffs], (x) => -Math.abs(x.pct), (x) => x.code).slice(0, 15)) {
		out.push(`| ${d.name} ${d.code} | ${d.cbs} | ${d.politie} | ${d.d} | ${formatNumber(round(d.pct, 1))} |`);
	}
	out.push('');

	out.push('## Weggelaten', '', 'Per bron, indicator en reden; jaren tussen haakjes.', '');
	const groups = new Map<string, Map<string, string[]>>();
	for (const l of r.notes.leftOut) {
		const key = `${l.source_id} | ${l.indicators} | ${l.reason}`;
		const areas = groups.get(key) ?? new Map<string, string[]>();
		areas.set(l.area, [...(areas.get(l.area) ?? []), ...l.periods.split(';')]);
		groups.set(key, areas);
	}
	for (const key of [...groups.keys()].sort()) {
		const areas = [...groups.get(key)!].sort((a, b) => compare(a[0], b[0]));
		const list = areas.map(([a, ps]) => `${a} (${yearRanges(ps.map(Number))})`).join(', ');
		out.push(`- ${key}: ${list}`);
	}
	out.push('');
	if (r.warnings.length > 0) out.push('## Waarschuwingen', '', ...r.warnings.map((w) => `- ${w}`), '');
	return out.join('\n');
}

export interface OutputInfo {
	readonly file: string;
	readonly rows: number;
	readonly inputs: readonly string[];
	readonly what: string;
}

export function provenance(outputs: readonly OutputInfo[], hashes: ReadonlyMap<string, string>): string {
	const out: string[] = ['# Provenance', '', 'Gegenereerd door `npm run data` (scripts/build-data.ts) uit data/sources (ongewijzigde kopieën uit ../shared/data, herkomst in data/sources/SOURCES.md) en data/coded.', ''];
	out.push(`**${CREDIT}**`, '', 'Per bron: uitgever, tabel, licentie en de repository-kopie in out/sources.csv.', '', BOUNDARY_RULE_NL, '');
	out.push('## Uitvoer', '');
	for (const o of sortBy([...outputs], (x) => x.file)) {
		out.push(`### out/${o.file}`, '', `${o.what} Rijen: ${o.rows}.`, '');
		if (o.inputs.length > 0) out.push('| invoer | sha256 |', '| --- | --- |', ...[...o.inputs].sort().map((i) => `| ${i} | \`${hashes.get(i)}\` |`), '');
	}
	out.push('## Getallen', '', 'Getallen met ten hoogste 6 decimalen, zonder nullen aan het eind en zonder exponent; rijen gesorteerd op hun sleutel.', '');
	return out.join('\n');
}
