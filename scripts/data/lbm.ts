/**
 * Leefbaarometer 2.0 (meting 2016; years 2012, 2014, 2016; all in the 2016 indeling), gemeenten and wijken.
 * Gemeenten whose area changed after 1 January 2016 are left out: scores are not additive. Wijk codes stay 2016
 * codes.
 */
import * as aq from 'arquero';
import { num, type CsvTable } from './io';
import type { Sources } from './load';
import type { Ctx, Value } from './model';

export const LBM_COLUMNS: Record<string, string> = {
	RLBRMTR: 'lbm_totaal',
	RLBWON: 'lbm_woningen',
	RLBBEV: 'lbm_bewoners',
	RLBVRZ: 'lbm_voorzieningen',
	RLBVEI: 'lbm_veiligheid',
	RLBFYS: 'lbm_fysiek'
};

const SOURCE = 'lbm2_2016';

function toLong(table: CsvTable): { code: string; year: number; column: string; raw: string | null }[] {
	const wide = aq.from(
		table.rows.map(({ cells }) => {
			const row: Record<string, string | number | null> = { code: cells.GBD!, year: Number(cells.JAAR) };
			for (const c of Object.keys(LBM_COLUMNS)) row[c] = cells[c] || null;
			return row;
		})
	);
	return wide.fold(Object.keys(LBM_COLUMNS), { as: ['column', 'raw'] }).objects() as ReturnType<typeof toLong>;
}

export function lbmValues(ctx: Ctx, src: Sources): Value[] {
	const { indeling, notes } = ctx;
	const values: Value[] = [];
	const leftOutGm = new Set<string>();
	for (const r of toLong(src.lbmGemeente)) {
		const value = num(r.raw ?? '', '.', `${SOURCE} ${r.code} ${r.year}`);
		if (value === null) continue;
		if (!indeling.unchangedSince(r.code, 2016)) {
			leftOutGm.add(r.code);
			continue;
		}
		values.push({ indicator_id: LBM_COLUMNS[r.column]!, area_code: r.code, period: r.year, value, status: '', boundary_year: 2016, source_id: SOURCE });
	}
	for (const code of [...leftOutGm].sort()) {
		const next = indeling.codes2025.has(code) ? `gebied veranderd na 2016` : `na 2016 opgegaan in een andere gemeente`;
		notes.leave({ source_id: SOURCE, indicators: 'lbm_*', area: `${code} ${indeling.names.get(code) ?? ''}`.trim(), periods: '2012;2014;2016', reason: `${next}; scores zijn niet op te tellen of te middelen` });
	}
	let missing = 0;
	const wijken = new Set<string>();
	for (const r of toLong(src.lbmWijk)) {
		if (!r.code.startsWith('WK')) throw new Error(`${SOURCE}: "${r.code}" in het wijkbestand is geen wijkcode`);
		wijken.add(r.code);
		const value = num(r.raw ?? '', '.', `${SOURCE} ${r.code} ${r.year}`);
		if (value === null) {
			missing++;
			continue;
		}
		values.push({ indicator_id: LBM_COLUMNS[r.column]!, area_code: r.code, period: r.year, value, status: '', boundary_year: 2016, source_id: SOURCE });
	}
	const gmCodes = new Set(src.lbmGemeente.rows.map((r) => r.cells.GBD!));
	notes.add(
		'Leefbaarometer 2.0',
		`Gemeenten: ${gmCodes.size} in de indeling van 2016; ${gmCodes.size - leftOutGm.size} met hetzelfde gebied als in 2025 meegenomen (boundary_year 2016), ${leftOutGm.size} weggelaten (zie lijst).`,
		`Wijken: ${wijken.size} wijkcodes van 2016, ${missing} lege cellen (wijken zonder score in de bron) weggelaten. Wijkcodes van 2016 zijn niet te vertalen naar de wijken van nu.`,
		'Waarden afgerond op 6 decimalen.'
	);
	return values;
}
