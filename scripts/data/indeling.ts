/**
 * The gemeente indeling through time, from coded/herindelingen.csv and the 2025 code list.
 *   codesAt(year)           the codes valid on 1 January of `year` (2025 list with later herindelingen undone)
 *   predecessors(code, y)   the areas of 1 January y that together make the 2025 gemeente, and any part-transfers
 *   successor(code)         where a historic code went: a 2025 code, or a split
 * Checked against every code list the sources give (checkAgainst), so the hand-written table cannot drift.
 */
import { normaliseAreaCode } from '../../src/lib/schema/normalise';
import { compare, parseCsv, readText } from './io';

export interface Transfer {
	readonly date: string;
	readonly newCode: string;
	readonly newName: string;
	readonly oldCode: string;
	readonly oldName: string;
	readonly share: 'whole' | 'part';
	readonly kind: 'merger' | 'split' | 'rename';
	readonly note: string;
}

export interface Event {
	readonly date: string;
	readonly newCode: string;
	readonly newName: string;
	readonly transfers: readonly Transfer[];
}

export interface Predecessors {
	readonly codes: string[];
	readonly partial: Transfer[];
}

export interface Successor {
	readonly code: string | null;
	readonly status: 'current' | 'merged' | 'renamed' | 'split';
	readonly steps: string[];
}

const FIELDS = ['date', 'new_code', 'new_name', 'old_code', 'old_name', 'share', 'kind', 'note'];

export function readHerindelingen(path: string): Transfer[] {
	const table = parseCsv(readText(path));
	const file = 'coded/herindelingen.csv';
	const missing = FIELDS.filter((f) => !table.fields.includes(f));
	if (missing.length > 0) throw new Error(`${file} row 1: kolom(men) ontbreken: ${missing.join(', ')}`);
	const seen = new Set<string>();
	return table.rows.map(({ row, cells }) => {
		const fail = (column: string, message: string) => new Error(`${file} row ${row} column ${column}: ${message}`);
		if (!/^\d{4}-\d{2}-\d{2}$/.test(cells.date!)) throw fail('date', `"${cells.date}" is geen datum JJJJ-MM-DD`);
		for (const c of ['new_code', 'old_code']) {
			if (normaliseAreaCode(cells[c]) === null || !cells[c]!.startsWith('GM')) {
				throw fail(c, `"${cells[c]}" is geen GM-code`);
			}
		}
		if (!cells.new_name || !cells.old_name) throw fail(cells.new_name ? 'old_name' : 'new_name', 'naam ontbreekt');
		if (cells.share !== 'whole' && cells.share !== 'part') throw fail('share', `"${cells.share}" is niet whole|part`);
		if (!['merger', 'split', 'rename'].includes(cells.kind!)) throw fail('kind', `"${cells.kind}" is niet merger|split|rename`);
		if ((cells.kind === 'split') !== (cells.share === 'part')) throw fail('share', 'split hoort bij part en omgekeerd');
		const key = `${cells.date}|${cells.new_code}|${cells.old_code}`;
		if (seen.has(key)) throw fail('old_code', `dubbele rij voor ${key}`);
		seen.add(key);
		return {
			date: cells.date!,
			newCode: cells.new_code!,
			newName: cells.new_name!,
			oldCode: cells.old_code!,
			oldName: cells.old_name!,
			share: cells.share as Transfer['share'],
			kind: cells.kind as Transfer['kind'],
			note: cells.note ?? ''
		};
	});
}

export class Indeling {
	readonly events: readonly Event[];
	readonly names = new Map<string, string>();

	constructor(
		readonly transfers: readonly Transfer[],
		readonly codes2025: ReadonlyMap<string, string>
	) {
		const groups = new Map<string, Transfer[]>();
		for (const t of transfers) {
			const key = `${t.date}|${t.newCode}`;
			groups.set(key, [...(groups.get(key) ?? []), t]);
			if (!this.names.has(t.oldCode)) this.names.set(t.oldCode, t.oldName);
		}
		for (const t of transfers) if (!this.names.has(t.newCode)) this.names.set(t.newCode, t.newName);
		for (const [code, name] of codes2025) this.names.set(code, name);
		this.events = [...groups.values()]
			.map((ts) => ({ date: ts[0]!.date, newCode: ts[0]!.newCode, newName: ts[0]!.newName, transfers: ts }))
			.sort((a, b) => compare(a.date, b.date) || compare(a.newCode, b.newCode));
		for (const e of this.events) {
			if (e.transfers.some((t) => t.kind === 'rename') && e.transfers.length !== 1) {
				throw new Error(`coded/herindelingen.csv: naamswijziging ${e.newCode} (${e.date}) moet één rij zijn`);
			}
		}
		this.codesAt(2010); // throws when the table contradicts itself
	}

	private after(year: number): Event[] {
		const cut = `${year}-01-01`;
		return this.events.filter((e) => e.date > cut).reverse();
	}

	private readonly cache = new Map<number, ReadonlySet<string>>();

	/** The codes valid on 1 January of `year` (2010–2025). */
	codesAt(year: number): ReadonlySet<string> {
		const hit = this.cache.get(year);
		if (hit) return hit;
		const codes = new Set(this.codes2025.keys());
		for (const e of this.after(year)) {
			if (!codes.has(e.newCode)) {
				throw new Error(`coded/herindelingen.csv: ${e.newCode} ${e.newName} (${e.date}) bestaat dan niet in de indeling`);
			}
			const olds = new Set(e.transfers.map((t) => t.oldCode));
			if (!olds.has(e.newCode)) codes.delete(e.newCode);
			for (const t of e.transfers) {
				if (t.share === 'whole' && t.oldCode !== e.newCode && codes.has(t.oldCode)) {
					throw new Error(`coded/herindelingen.csv: ${t.oldCode} ${t.oldName} bestaat al vóór ${t.date}`);
				}
				codes.add(t.oldCode);
			}
		}
		this.cache.set(year, codes);
		return codes;
	}

	/** The areas of 1 January `year` that make up 2025 gemeente `code`, plus the part-transfers that break it. */
	predecessors(code: string, year: number): Predecessors {
		const codes = new Set([code]);
		const partial: Transfer[] = [];
		for (const e of this.after(year)) {
			if (!codes.has(e.newCode)) continue;
			codes.delete(e.newCode);
			for (const t of e.transfers) {
				if (t.share === 'whole') codes.add(t.oldCode);
				else partial.push(t);
			}
		}
		return { codes: [...codes].sort(), partial };
	}

	/** True when `code` on 1 January `year` is exactly the 2025 gemeente with the same code. */
	unchangedSince(code: string, year: number): boolean {
		if (!this.codes2025.has(code)) return false;
		const p = this.predecessors(code, year);
		return p.partial.length === 0 && p.codes.length === 1 && p.codes[0] === code;
	}

	/** Where historic `code` went: through renames and whole mergers to a 2025 code, or into a split. */
	successor(code: string): Successor {
		let current = code;
		let status: Successor['status'] = 'current';
		const steps: string[] = [];
		for (const e of this.events) {
			const t = e.transfers.find((x) => x.oldCode === current && e.newCode !== current);
			if (!t) continue;
			if (t.share === 'part') {
				const to = this.events
					.filter((x) => x.date === e.date && x.transfers.some((y) => y.oldCode === current))
					.map((x) => x.newName);
				steps.push(`verdeeld over ${to.join(', ')} (${e.date})`);
				return { code: null, status: 'split', steps };
			}
			steps.push(`${t.kind === 'rename' ? 'hernoemd tot' : 'opgegaan in'} ${e.newName} ${e.newCode} (${e.date})`);
			if (t.kind === 'merger') status = 'merged';
			else if (status === 'current') status = 'renamed';
			current = e.newCode;
		}
		if (!this.codes2025.has(current)) throw new Error(`${code}: geen opvolger in de indeling van 2025`);
		return { code: current, status, steps };
	}
}

export interface ListCheck {
	readonly year: number;
	readonly source: string;
	readonly count: number;
	readonly onlyDerived: string[];
	readonly onlySource: string[];
}

/** Compares the derived code list of `year` with a list a source gives. */
export function checkAgainst(indeling: Indeling, year: number, source: string, codes: Iterable<string>): ListCheck {
	const derived = indeling.codesAt(year);
	const given = new Set(codes);
	return {
		year,
		source,
		count: given.size,
		onlyDerived: [...derived].filter((c) => !given.has(c)).sort(),
		onlySource: [...given].filter((c) => !derived.has(c)).sort()
	};
}
