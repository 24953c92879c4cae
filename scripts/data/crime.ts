/**
 * misdrijven_totaal and misdrijven_per_1000 for the 2025 gemeenten:
 *   2010-2020  CBS 83648NED by name (count and CBS's own per-1000)
 *   2022       count from Politie 47013NED, per-1000 from CBS 83648NED (2022 geojson, indeling 1 Jan 2022)
 *   2023       count from Politie 47013NED, per-1000 computed with KWB 2024 inhabitants (voorlopig)
 * Counts of whole mergers are summed when every predecessor has a figure; rates are never averaged.
 */
import type { NameIndex } from '../../src/lib/schema/names';
import { resolveName } from './areaNames';
import { round, yearRanges } from './io';
import type { Sources } from './load';
import type { Ctx, Status, Value } from './model';

const TOTAL = 'misdrijven_totaal';
const RATE = 'misdrijven_per_1000';
const S2010 = 'cbs_83648ned_2010_2020';
const S2022 = 'cbs_83648ned_2022';
const SPOL = 'politie_47013ned';

type Figures = Map<string, Map<number, { count: number | null; per1000: number | null; name: string }>>;

export interface CrimeResult {
	readonly values: Value[];
	/** 2022: CBS 83648NED count and Politie 47013NED count per 2025 gemeente, for the comparison in the report. */
	readonly compare2022: { code: string; name: string; cbs: number; politie: number }[];
}

export function crimeValues(ctx: Ctx, src: Sources, index: NameIndex, pop2019: Map<string, number>): CrimeResult {
	const values: Value[] = [];
	const { indeling, notes } = ctx;
	const figures: Figures = new Map();
	let zeroRows = 0;
	const suppressed: string[] = [];
	for (const r of src.crime2010) {
		const code = resolveName(index, r.name, `${S2010} row ${r.row}`);
		if (!code) continue;
		// The copy writes CBS's empty cells as 0 (also for years before a gemeente existed): a total of 0 is missing.
		const count = r.count === 0 ? null : r.count;
		if (count === null) zeroRows++;
		const per1000 = count === null || r.per1000 === 0 ? null : r.per1000;
		if (count !== null && per1000 === null) suppressed.push(`${r.name} ${r.year}`);
		if (count !== null && !indeling.codesAt(r.year).has(code)) {
			throw new Error(`${S2010} row ${r.row}: ${r.name} (${code}) heeft een cijfer voor ${r.year}, maar bestond toen niet volgens coded/herindelingen.csv`);
		}
		const byYear = figures.get(code) ?? new Map();
		byYear.set(r.year, { count, per1000, name: r.name });
		figures.set(code, byYear);
	}
	notes.add(
		'Misdrijven 2010-2020 (CBS 83648NED, op naam)',
		`${zeroRows} rijen met 0 misdrijven behandeld als ontbrekend (de kopie schrijft lege CBS-cellen als 0; ze vallen samen met jaren waarin de gemeente niet bestond).`,
		`Per-1000 gelijk aan 0 bij een aantal > 0 behandeld als door CBS onderdrukt: ${suppressed.join(', ') || 'geen'}.`,
		'CBS deelt door de inwoners op 1 januari van het jaar: voor 2019 komt aantal / inwoners KWB 2019 (1 januari 2019) binnen de afronding uit op de CBS-ratio (zie test).'
	);

	const summed = new Map<string, number[]>();
	for (const code of [...indeling.codes2025.keys()].sort()) {
		for (let year = 2010; year <= 2020; year++) {
			const p = indeling.predecessors(code, year);
			if (p.partial.length > 0) {
				const parts = [...new Set(p.partial.map((t) => `${t.oldName} (${t.date})`))].join(', ');
				notes.leave({ source_id: S2010, indicators: `${TOTAL}; ${RATE}`, area: code, periods: `${year}`, reason: `deel van een gesplitste gemeente erbij gekomen: ${parts}` });
				continue;
			}
			const missing = p.codes.filter((c) => figures.get(c)?.get(year)?.count == null);
			if (missing.length > 0) {
				const own = missing.length === 1 && missing[0] === code;
				const area = `${code} ${indeling.names.get(code)}${own ? '' : ` (ontbreekt: ${missing.map((c) => `${indeling.names.get(c)} ${c}`).join(', ')})`}`;
				const reason = missing.every((c) => !figures.has(c)) ? 'niet in de bronkopie' : 'geen cijfer voor dat jaar in de bron';
				notes.leave({ source_id: S2010, indicators: `${TOTAL}; ${RATE}`, area, periods: `${year}`, reason });
				continue;
			}
			const rows = p.codes.map((c) => figures.get(c)!.get(year)!);
			const asPublished = p.codes.length === 1 && p.codes[0] === code;
			const boundary = asPublished ? year : 2025;
			const status: Status = year <= 2019 ? 'definitief' : '';
			const count = rows.reduce((s, r) => s + r.count!, 0);
			values.push({ indicator_id: TOTAL, area_code: code, period: year, value: count, status, boundary_year: boundary, source_id: S2010 });
			if (p.codes.length > 1) {
				const key = `${indeling.names.get(code)} ${code} = ${p.codes.join(' + ')}`;
				summed.set(key, [...(summed.get(key) ?? []), year]);
			}
			if (p.codes.length === 1) {
				if (rows[0]!.per1000 !== null) {
					values.push({ indicator_id: RATE, area_code: code, period: year, value: rows[0]!.per1000, status, boundary_year: boundary, source_id: S2010 });
				} else notes.leave({ source_id: S2010, indicators: RATE, area: code, periods: `${year}`, reason: 'CBS geeft geen ratio (onderdrukt)' });
			} else if (year === 2019 && p.codes.every((c) => pop2019.has(c))) {
				const pop = p.codes.reduce((s, c) => s + pop2019.get(c)!, 0);
				values.push({ indicator_id: RATE, area_code: code, period: year, value: round((count / pop) * 1000, 1), status, boundary_year: 2025, source_id: S2010 });
			} else {
				notes.leave({ source_id: S2010, indicators: RATE, area: code, periods: `${year}`, reason: 'samengevoegd: ratio’s zijn niet op te tellen en de inwoners op 1 januari van dat jaar ontbreken' });
			}
		}
	}
	const years = [...summed.values()].reduce((n, ys) => n + ys.length, 0);
	notes.add(
		'Misdrijven 2010-2020 (CBS 83648NED, op naam)',
		`Aantallen opgeteld over voorgangers (volledige samenvoegingen, elke voorganger met een cijfer; boundary_year 2025): ${years} gemeente-jaren.`,
		'',
		...[...summed].map(([key, ys]) => `- ${key} (${yearRanges(ys)})`),
		''
	);
	notes.add('Misdrijven 2010-2020 (CBS 83648NED, op naam)', 'Per-1000 voor samengevoegde gemeenten in 2019: opgeteld aantal gedeeld door de opgetelde inwoners op 1 januari 2019 (KWB 2019), de noemer die CBS zelf gebruikt; andere jaren weggelaten.');

	// 2022 and 2023 counts (Politie 47013NED, current indeling).
	const politie = new Map<string, { c22: number | null; c23: number | null }>();
	for (const r of src.crime47013) {
		const code = resolveName(index, r.name, `${SPOL} line ${r.row}`);
		if (!code) continue;
		if (!indeling.codes2025.has(code)) throw new Error(`${SPOL} line ${r.row}: ${r.name} is geen gemeente van 2025`);
		politie.set(code, { c22: r.count2022, c23: r.count2023 });
	}
	const inhabitants2024 = new Map(src.kwb2024.filter((k) => k.level === 'gemeente').map((k) => [k.code, k.inhabitants]));
	for (const code of [...indeling.codes2025.keys()].sort()) {
		const f = politie.get(code);
		if (!f) throw new Error(`${SPOL}: geen rij voor ${code}`);
		if (f.c22 !== null) values.push({ indicator_id: TOTAL, area_code: code, period: 2022, value: f.c22, status: '', boundary_year: 2025, source_id: SPOL });
		if (f.c23 !== null) {
			values.push({ indicator_id: TOTAL, area_code: code, period: 2023, value: f.c23, status: 'voorlopig', boundary_year: 2025, source_id: SPOL });
			const pop = inhabitants2024.get(code);
			if (pop) values.push({ indicator_id: RATE, area_code: code, period: 2023, value: round((f.c23 / pop) * 1000, 1), status: 'voorlopig', boundary_year: 2025, source_id: SPOL });
		}
	}

	// 2022 per-1000 from CBS (indeling of 1 Jan 2022), only where that area is the 2025 gemeente.
	const cbs2022 = new Map(src.crime2022.map((r) => [r.code, r]));
	const compare2022: CrimeResult['compare2022'] = [];
	for (const code of [...indeling.codes2025.keys()].sort()) {
		const p = indeling.predecessors(code, 2022);
		const rows = p.codes.map((c) => cbs2022.get(c));
		const pol = politie.get(code)?.c22;
		if (p.partial.length === 0 && rows.every((r) => r?.count != null) && pol != null) {
			compare2022.push({ code, name: indeling.names.get(code)!, cbs: rows.reduce((s, r) => s + r!.count!, 0), politie: pol });
		}
		if (!indeling.unchangedSince(code, 2022)) {
			notes.leave({ source_id: S2022, indicators: RATE, area: code, periods: '2022', reason: `gebied veranderd na 1 januari 2022 (${p.codes.join(' + ')}); ratio’s zijn niet op te tellen` });
			continue;
		}
		const r = cbs2022.get(code);
		if (r?.per1000 == null || r.per1000 === 0) {
			notes.leave({ source_id: S2022, indicators: RATE, area: code, periods: '2022', reason: 'geen ratio in de bron' });
			continue;
		}
		values.push({ indicator_id: RATE, area_code: code, period: 2022, value: r.per1000, status: '', boundary_year: 2022, source_id: S2022 });
	}
	notes.add(
		'Misdrijven 2022-2023 en status',
		'Aantallen 2022 en 2023: Politie 47013NED (boundary_year 2025). Ratio 2022: CBS 83648NED (indeling 1 januari 2022) waar het gebied sindsdien gelijk bleef.',
		'Ratio 2023 = aantal 2023 (Politie 47013NED) / inwoners op 1 januari 2024 (KWB 2024) × 1.000, afgerond op 1 decimaal. CBS deelt door de inwoners op 1 januari van het jaar zelf (1-1-2023); die staan in geen van de bronnen. De inwoners op 1-1-2024 zijn de stand aan het eind van 2023: een verdedigbare benadering, maar de ratio valt daardoor iets lager uit (ongeveer met de bevolkingsgroei in 2023). Status voorlopig.',
		'Status: 2010-2019 definitief (CBS); 2020 leeg, want de kopie kan van vóór de definitieve CBS-cijfers over 2020 zijn; 2022 leeg (Politie en CBS-geojson vermelden geen status); 2023 voorlopig (laatste jaar van de politietabel).'
	);
	return { values, compare2022 };
}
