/**
 * Kerncijfers wijken en buurten: bevolking 2019/2021/2024, bevolkingsgroei 2019→2024, bevolkingsdichtheid 2024, and
 * the KWB 2021 indicators (jongeren_15_24_pct … adressendichtheid) from the nlstat copy, wide → long with arquero.
 */
import * as aq from 'arquero';
import { num, round } from './io';
import type { Sources } from './load';
import type { Ctx, Status, Value } from './model';

/** KWB 2021 (nlstat flat csv) column per indicator; `weighted`: a share of the population, combinable by weights. */
export const KWB2021_COLUMNS: Record<string, { column: string; weighted: boolean }> = {
	jongeren_15_24_pct: { column: 'Demographics: 15-24 years (%)', weighted: true },
	kinderen_0_14_pct: { column: 'Demographics: Under 15 years (%)', weighted: true },
	ouderen_65plus_pct: { column: 'Demographics: 65+ years (%)', weighted: true },
	eenpersoonshuishoudens_pct: { column: 'Demographics: Single-person households (%)', weighted: false },
	huishoudgrootte_gem: { column: 'Demographics: Avg household size', weighted: false },
	laag_inkomen_pct: { column: 'Inequality: Low income threshold (%)', weighted: false },
	sociaal_minimum_pct: { column: 'Inequality: At-or-below social minimum (%)', weighted: false },
	bijstand_per_1000: { column: 'Inequality: Bijstand recipients (per 1k)', weighted: true },
	jeugdzorg_pct: { column: 'Inequality: Youth welfare (%)', weighted: false },
	wmo_per_1000: { column: 'WelfareCare: Wmo care clients (per 1k)', weighted: false },
	huurwoningen_pct: { column: 'Housing: Rental homes (%)', weighted: false },
	sociale_huur_pct: { column: 'Housing: Social housing (%)', weighted: false },
	woz_gem: { column: 'Housing: Avg WOZ value (x€1k)', weighted: false },
	inkomen_per_inwoner: { column: 'IncomeWealth: Avg income per inhabitant (x€1k)', weighted: false },
	stedelijkheid: { column: 'Services: Degree of urbanisation (1–5)', weighted: false },
	adressendichtheid: { column: 'Demographics: Population density (per km²)', weighted: false }
};

const K2019 = 'cbs_84583ned';
const K2021 = 'cbs_85039ned';
const K2024 = 'cbs_85984ned';

export function kwbValues(ctx: Ctx, src: Sources): { values: Value[]; pop2019: Map<string, number> } {
	const { indeling, notes } = ctx;
	const values: Value[] = [];
	const codes = [...indeling.codes2025.keys()].sort();
	const pop2019 = new Map<string, number>();
	for (const k of src.kwb2019) if (k.population !== null) pop2019.set(k.code, k.population);
	const pop2021 = new Map<string, number>();
	for (const { row, cells } of src.kwb2021.rows) {
		const v = num(cells.inwoners, '.', `kwb2021 row ${row}`);
		if (v) pop2021.set(cells.gm_code!, v);
	}
	const gm2024 = new Map(src.kwb2024.filter((k) => k.level === 'gemeente').map((k) => [k.code, k]));

	// bevolking: as published where the area is unchanged, summed over whole mergers (boundary 2025), else left out.
	const popOf = (code: string, year: number, pops: Map<string, number>, source: string) => {
		const p = indeling.predecessors(code, year);
		if (p.partial.length > 0) {
			const parts = [...new Set(p.partial.map((t) => `${t.oldName} (${t.date})`))].join(', ');
			notes.leave({ source_id: source, indicators: 'bevolking; bevolkingsgroei_pct', area: code, periods: `${year}`, reason: `deel van een gesplitste gemeente erbij gekomen: ${parts}` });
			return null;
		}
		if (!p.codes.every((c) => pops.has(c))) throw new Error(`${source}: geen inwoners voor ${p.codes.join(', ')}`);
		const sum = p.codes.reduce((s, c) => s + pops.get(c)!, 0);
		return { sum, asPublished: p.codes.length === 1 && p.codes[0] === code };
	};
	const base2019 = new Map<string, number>();
	for (const [year, pops, source] of [[2019, pop2019, K2019], [2021, pop2021, K2021]] as const) {
		for (const code of codes) {
			const p = popOf(code, year, pops, source);
			if (!p) continue;
			values.push(v('bevolking', code, year, p.sum, 'definitief', p.asPublished ? year : 2025, source));
			if (year === 2019) base2019.set(code, p.sum);
		}
	}
	for (const code of codes) {
		const k = gm2024.get(code)!;
		if (k.inhabitants !== null) values.push(v('bevolking', code, 2024, k.inhabitants, 'definitief', 2024, K2024));
		if (k.density !== null) values.push(v('bevolkingsdichtheid', code, 2024, k.density, 'definitief', 2024, K2024));
		const base = base2019.get(code);
		if (base && k.inhabitants !== null) {
			values.push(v('bevolkingsgroei_pct', code, 2024, round(((k.inhabitants - base) / base) * 100, 2), 'definitief', 2025, K2024));
		}
	}

	// KWB 2021 indicators: wide → long.
	const wide = aq.from(
		src.kwb2021.rows.map(({ cells }) => {
			const row: Record<string, string | null> = { code: cells.gm_code! };
			for (const [id, c] of Object.entries(KWB2021_COLUMNS)) row[id] = cells[c.column] ?? null;
			return row;
		})
	);
	const long = wide.fold(Object.keys(KWB2021_COLUMNS), { as: ['indicator_id', 'raw'] }).objects() as {
		code: string;
		indicator_id: string;
		raw: string | null;
	}[];
	const byCode = new Map<string, Map<string, number>>();
	for (const r of long) {
		const value = num(r.raw ?? '', '.', `kwb2021 ${r.code} ${r.indicator_id}`);
		if (value === null) continue;
		const m = byCode.get(r.code) ?? new Map<string, number>();
		m.set(r.indicator_id, value);
		byCode.set(r.code, m);
	}
	const combined: string[] = [];
	for (const code of codes) {
		const p = indeling.predecessors(code, 2021);
		const dropped: string[] = [];
		for (const [id, spec] of Object.entries(KWB2021_COLUMNS)) {
			const status: Status = '';
			if (p.partial.length === 0 && p.codes.length === 1 && p.codes[0] === code) {
				const value = byCode.get(code)?.get(id);
				if (value !== undefined) values.push(v(id, code, 2021, value, status, 2021, K2021));
				continue;
			}
			const parts = p.codes.map((c) => ({ c, value: byCode.get(c)?.get(id), pop: pop2021.get(c) }));
			if (spec.weighted && p.partial.length === 0 && parts.every((x) => x.value !== undefined && x.pop)) {
				const total = parts.reduce((s, x) => s + x.pop!, 0);
				const value = parts.reduce((s, x) => s + x.value! * x.pop!, 0) / total;
				values.push(v(id, code, 2021, round(value, 2), status, 2025, K2021));
				combined.push(`${code} ${id}`);
				continue;
			}
			if (spec.weighted) {
				notes.leave({ source_id: K2021, indicators: id, area: `${code} (= ${p.codes.join(' + ')})`, periods: '2021', reason: 'samengevoegd na 1 januari 2021 en niet elke voorganger heeft een waarde' });
			} else dropped.push(id);
		}
		if (dropped.length > 0) {
			const reason = 'samengevoegd na 1 januari 2021; geen gewichten om deze cijfers te combineren (gemiddelden, klassen, aandelen van huishoudens of woningen)';
			notes.leave({ source_id: K2021, indicators: dropped.join(', '), area: `${code} ${indeling.names.get(code)} (= ${p.codes.join(' + ')})`, periods: '2021', reason });
		}
	}
	notes.add(
		'KWB 2021 (nlstat)',
		'Status: inwoners definitief; de overige KWB 2021-cijfers zonder status (de nlstat-kopie zegt niet of CBS ze als voorlopig of definitief publiceerde).',
		`Gecombineerd met inwonersgewichten (KWB 2021) voor gemeenten die na 1 januari 2021 zijn samengevoegd: ${[...new Set(combined.map((c) => c.split(' ')[0]))].join(', ')}; alleen voor aandelen van de bevolking (0-14, 15-24, 65+, bijstand per 1.000), waar nlstat aantal / inwoners rekende.`
	);
	return { values, pop2019 };
}

function v(indicator_id: string, area_code: string, period: number, value: number, status: Status, boundary_year: number, source_id: string): Value {
	return { indicator_id, area_code, period, value, status, boundary_year, source_id };
}
