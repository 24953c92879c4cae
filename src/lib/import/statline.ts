/**
 * Reads a figures file as people download it: a CBS StatLine CSV export (title lines, a header of several rows
 * — Onderwerp / Perioden / Regio's —, a `Bron:` footer, markers), the CBS open-data CSV (RegioS = GM0308, Perioden =
 * 2020JJ00, one column per measure), or a plain table (a region column, maybe a period column, number columns).
 * The result is long: one cell per (region, period, measure), raw text still, with its spreadsheet row.
 */
import Papa from 'papaparse';
import { CBS_MARKERS, parseCbsPeriod, parseNumberCell, stripBom } from '$lib/schema/normalise';
import { personalData, scanText } from './pii';
import { fail, ok, phrase, problem, type ImportProblem, type Outcome, type Phrase, type ProblemColumn } from './problems';

export interface Cell {
	readonly row: number;
	readonly column: string;
	readonly region: string;
	/** Null when neither the row nor the column names a period (the form then asks for a year). */
	readonly period: number | null;
	readonly measure: string;
	readonly raw: string;
	/**
	 * For a survey with margins (the Veiligheidsmonitor's "Marges": Waarde, Ondergrens and Bovengrens 95%-interval),
	 * which of the three this cell is; null in a file without margins.
	 */
	readonly margin: Margin | null;
}

export type Margin = 'value' | 'lower' | 'upper';

/** A header part or a "Marges" cell as a margin, or null. */
export function marginOf(text: string): Margin | null {
	const t = text.trim();
	if (/^(waarde|value|schatting|puntschatting)$/i.test(t)) return 'value';
	if (/ondergrens|^lower( bound)?\b/i.test(t)) return 'lower';
	if (/bovengrens|^upper( bound)?\b/i.test(t)) return 'upper';
	return null;
}

export interface TableAnalysis {
	readonly format: 'statline' | 'opendata' | 'plain';
	readonly delimiter: string;
	readonly title: string | null;
	readonly regionColumn: string;
	readonly measures: readonly string[];
	readonly cells: readonly Cell[];
	readonly notes: readonly Phrase[];
	readonly dataRows: number;
	/** The file gives a lower and upper bound beside its values (a survey with margins). */
	readonly margins: boolean;
	/** Where the cells come from in the file, so the engine can read the same cells from the body (see ./engine). */
	readonly layout: Layout;
}

/** The columns (0-based) that make the cells, and the spreadsheet row of the first data row. */
export interface Layout {
	readonly width: number;
	readonly firstDataRow: number;
	readonly regionCol: number;
	readonly periodCol: number | null;
	readonly marginCol: number | null;
	readonly measureCols: readonly { readonly c: number; readonly column: string; readonly measure: string; readonly period: number | null; readonly margin: Margin | null }[];
}

export const DELIMITERS = [';', ',', '\t', '|'] as const;
/** More columns than this is no table of figures a person made; the preview would have to list them all. */
export const MAX_COLUMNS = 2000;
const DELIMITER_NAMES = { ';': 'semicolon', ',': 'comma', '\t': 'tab', '|': 'bar' } as const;
const delimiterName = (d: string) => phrase(`import.phrase.delimiter.${DELIMITER_NAMES[d as keyof typeof DELIMITER_NAMES]}`);
/** A line written with another delimiter than the header's, at its row (also for the engine's body: ./engine.ts). */
export const mixedDelimiterProblem = (row: number, used: string, header: string) => problem('mixedDelimiters', { used: delimiterName(used), header: delimiterName(header) }, row);

/**
 * Why a cell that looks meant as a number is none, as a problem a user can act on (the caller gives its row and
 * column); null when it is just text.
 */
export function whyNotNumber(raw: string): ImportProblem | null {
	const t = raw.trim();
	const value = { value: t };
	if (/^[-+]?\d+([.,]\d+)?e[-+]?\d+$/i.test(t) && !Number.isFinite(Number(t.replace(',', '.')))) return problem('tooLarge', value);
	if (/^[=+@]|^-[A-Za-z(]/.test(t)) return problem('formula', value);
	if (/^-?[\d.,\s]+\s?%$/.test(t)) return problem('percentSign', value);
	if (/^(€|EUR)\s?-?[\d.,\s]+$|^-?[\d.,\s]+\s?(€|EUR)$/i.test(t)) return problem('currencySign', value);
	if (/^(null|nan|n\.?v\.?t\.?|n\/a|na|#n\/b|#n\/a|#waarde!|#value!|#deel\/0!|#div\/0!|-|–|onbekend|geen)$/i.test(t)) return problem('noNumberWord', value);
	return null;
}
const HEADER_LABELS = /^(onderwerpen?|perioden?|regio'?s|regios|regions?|topics?|periods?|gemeenten?|wijken en buurten|id)$/i;
const REGION_HEADER = /^(regio'?s|regios|regions?|gemeente(naam|code)?|gemeenten|gebied(en|scode)?|wijken en buurten|gm_?code|code|naam|area|area_code)$/i;
const PERIOD_HEADER = /^(perioden?|periods?|jaar|jaren|year|period)$/i;

function isNumberish(s: string): boolean {
	const t = s.trim();
	if (t === '') return false;
	if (t in CBS_MARKERS) return true;
	return parseNumberCell(t, ',').kind === 'number' || parseNumberCell(t, '.').kind === 'number';
}

export function periodOf(s: string): number | null {
	const t = s.trim().replace(/\*$/, '');
	const p = parseCbsPeriod(t);
	return p && p.year >= 1900 && p.year <= 2100 ? p.year : null;
}

const filled = (r: readonly string[]) => r.filter((c) => c.trim() !== '').length;

/**
 * Papaparse's guess counts blank lines, so a small file with a trailing newline can fail it; guess on the first
 * non-blank lines instead, after the title lines (which hold one field whatever the delimiter).
 */
export function guessDelimiter(text: string): string {
	const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 60);
	let best = ',';
	let bestScore = 0;
	for (const d of DELIMITERS) {
		const counts = Papa.parse<string[]>(lines.join('\n'), { delimiter: d, skipEmptyLines: true }).data.map((r) => r.length).filter((n) => n > 1);
		if (counts.length === 0) continue;
		// Most lines with more than one field, then the most consistent count.
		const mode = counts.sort((a, b) => counts.filter((x) => x === b).length - counts.filter((x) => x === a).length)[0]!;
		const score = counts.filter((n) => n === mode).length * 1000 + mode;
		if (score > bestScore) [best, bestScore] = [d, score];
	}
	return best;
}

/**
 * Lines written with another delimiter than the header's ("Baarn,2023,8.0" under "Gemeente;Perioden;Waarde"): a
 * parser reads each as one cell, so its region would be set aside as an unknown name. Quoted text is left out.
 */
export function mixedDelimiterRows(text: string): { row: number; used: string; header: string }[] {
	const lines = text.split(/\r?\n/);
	const count = (raw: string, d: string) => (raw.includes('"') ? raw.replace(/"[^"]*"/g, '""') : raw).split(d).length;
	const headerIndex = lines.findIndex((l) => DELIMITERS.some((d) => count(l, d) >= 2));
	if (headerIndex === -1) return [];
	const header = lines[headerIndex]!;
	const headerDelimiter = [...DELIMITERS].sort((a, b) => count(header, b) - count(header, a))[0]!;
	const found: { row: number; used: string; header: string }[] = [];
	for (let i = headerIndex + 1; i < lines.length && found.length < 25; i++) {
		if (count(lines[i]!, headerDelimiter) >= 2) continue;
		const used = DELIMITERS.find((d) => d !== headerDelimiter && count(lines[i]!, d) >= 2);
		if (used) found.push({ row: i + 1, used, header: headerDelimiter });
	}
	return found;
}

/** The note on the footer rows a file ended with (the engine counts them in a body the head did not reach). */
export const footerNote = (rows: number): Phrase => phrase('import.note.footer', { n: rows });
export const isFooterNote = (note: Phrase) => typeof note === 'object' && 'key' in note && note.key === 'import.note.footer';

export function analyseTable(text: string): Outcome<TableAnalysis> {
	const clean = stripBom(text);
	const mixed = mixedDelimiterRows(clean);
	if (mixed.length > 0)
		return fail(
			...mixed.map((m) => mixedDelimiterProblem(m.row, m.used, m.header))
		);
	const parsed = Papa.parse<string[]>(clean, { header: false, delimiter: guessDelimiter(clean), skipEmptyLines: false });
	const all = parsed.data.map((r) => r.map((c) => c ?? ''));
	// Phrases, worded when shown (views/problems.ts phraseText): the worker knows no locale.
	const notes: Phrase[] = [];
	const quote = parsed.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
	if (quote) return fail(problem('unclosedQuote', {}, (quote.row ?? 0) + 1));

	// Rows keep their line number; blank rows are dropped but still counted.
	let rows = all.map((cells, i) => ({ cells, row: i + 1 })).filter((r) => filled(r.cells) > 0);
	if (rows.length === 0) return fail(problem('noData'));

	if (rows.reduce((m, r) => Math.max(m, r.cells.length), 0) < 2) {
		// StatLine quotes every cell: a file of whole quoted lines is a title block without its table.
		const lines = clean.split(/\r?\n/).filter((l) => l.trim() !== '');
		if (lines.every((l) => /^".*"$/.test(l.trim()))) return fail(problem('onlyTitles'));
		return fail(problem('oneColumn', {}, rows[0]!.row));
	}

	// A row with at most one filled cell at the end is a footer ("Bron: CBS", a date) or a region without figures.
	let footer = 0;
	while (rows.length > 0 && filled(rows.at(-1)!.cells) <= 1) {
		rows = rows.slice(0, -1);
		footer++;
	}
	if (footer > 0) notes.push(footerNote(footer));

	let titleLines = 0;
	let title: string | null = null;
	while (rows.length > 0 && filled(rows[0]!.cells) <= 1) {
		title ??= rows[0]!.cells.find((c) => c.trim())?.trim() ?? null;
		rows = rows.slice(1);
		titleLines++;
	}
	if (titleLines > 0) notes.push(phrase('import.note.titles', { n: titleLines }));
	if (rows.length === 0) return fail(problem('onlyTitles'));
	const width = rows.reduce((m, r) => Math.max(m, r.cells.length), 0);
	if (width > MAX_COLUMNS) return fail(problem('tooWide', { width: { count: width }, max: { count: MAX_COLUMNS } }, rows[0]!.row));


	// The header ends at the first row with a number in it whose first cell is not a header label.
	const isData = (r: { cells: string[] }) => r.cells.slice(1).some(isNumberish) && !HEADER_LABELS.test(r.cells[0]!.trim()) && !r.cells.slice(1).every((c) => c.trim() === '' || periodOf(c) !== null);
	let dataStart = rows.findIndex(isData);
	if (dataStart === -1) return fail(problem('noNumbers', {}, rows[0]!.row));
	if (dataStart === 0) dataStart = 1; // A header row is always there; a numeric first row is the header of a plain table.
	const header = rows.slice(0, dataStart);
	const data = rows.slice(dataStart);

	const partsOf = (c: number) => header.map((h) => (h.cells[c] ?? '').trim()).filter((p) => p !== '');
	const nameOf = (c: number) => partsOf(c).join(' – ') || `kolom ${c + 1}`;
	// Two columns of one name cannot be told apart (in the form, or in the stored rows): refuse, naming both.
	const seenNames = new Map<string, number>();
	const duplicates: ImportProblem[] = [];
	for (let c = 0; c < width; c++) {
		const name = nameOf(c);
		const first = seenNames.get(name.toLowerCase());
		if (first === undefined) seenNames.set(name.toLowerCase(), c);
		else if (duplicates.length < 25) duplicates.push(problem('duplicateColumn', { name, first: first + 1, second: c + 1 }, header.at(-1)!.row, name));
	}
	if (duplicates.length > 0) return fail(...duplicates);
	// Column roles are judged on a sample: the first rows of a 200 MB file say what its columns are.
	const sample = data.length > 2000 ? data.slice(0, 2000) : data;
	const numericShare = (c: number) => {
		const values = sample.map((d) => d.cells[c] ?? '').filter((v) => v.trim() !== '');
		return values.length === 0 ? 0 : values.filter(isNumberish).length / values.length;
	};
	const columns = Array.from({ length: width }, (_, c) => c);
	const byHeader = (re: RegExp) => columns.find((c) => partsOf(c).some((p) => re.test(p)));
	const periodShare = (c: number) => {
		const values = sample.map((d) => d.cells[c] ?? '').filter((v) => v.trim() !== '');
		return values.length === 0 ? 0 : values.filter((v) => periodOf(v) !== null).length / values.length;
	};

	// Personal data in what the import keeps or shows: the title, the column names, the region cells (unknown names
	// are kept as examples of what was set aside). A hit refuses the file, masked, as in a findings import.
	const pii: ImportProblem[] = [];
	const scan = (text: string, row: number | null, column: ProblemColumn | null) => {
		for (const hit of scanText(text)) if (pii.length < 25) pii.push(personalData(hit, row, column));
	};
	if (title) scan(title, null, null);
	for (const c of columns) scan(nameOf(c), header.at(-1)!.row, { position: c + 1 });
	let regionCol = byHeader(REGION_HEADER);
	if (regionCol === undefined) regionCol = columns.find((c) => numericShare(c) < 0.5);
	if (regionCol !== undefined) {
		// Regions repeat (one row per period and region): each distinct name is scanned once.
		const scanned = new Set<string>();
		for (const d of data) {
			const region = d.cells[regionCol] ?? '';
			if (scanned.has(region)) continue;
			scanned.add(region);
			scan(region, d.row, nameOf(regionCol));
		}
	}
	if (pii.length > 0) return fail(...pii);
	if (regionCol === undefined) return fail(problem('noRegionColumn', {}, header[0]!.row));
	const periodCandidates = columns.filter((c) => c !== regionCol && (partsOf(c).some((p) => PERIOD_HEADER.test(p)) || periodShare(c) > 0.9));
	const periodCol = periodCandidates.find((c) => periodShare(c) > 0.5);
	// A column headed as the period whose values are no years (1900–2100) is not a column of figures either.
	const badPeriodCol = periodCol === undefined ? periodCandidates.find((c) => partsOf(c).some((p) => PERIOD_HEADER.test(p))) : undefined;
	if (badPeriodCol !== undefined) {
		const bad = data.filter((d) => (d.cells[badPeriodCol] ?? '').trim() !== '' && periodOf(d.cells[badPeriodCol] ?? '') === null).slice(0, 25);
		if (bad.length > 0)
			return fail(...bad.map((d) => problem('badPeriod', { value: (d.cells[badPeriodCol] ?? '').trim() }, d.row, nameOf(badPeriodCol))));
	}
	const idCol = columns.find((c) => partsOf(c).some((p) => /^id$/i.test(p)));
	const measureCols = columns.filter((c) => c !== regionCol && c !== periodCol && c !== idCol && numericShare(c) >= 0.5);
	if (measureCols.length === 0) {
		// Say which cells were meant as numbers and why they are none (%, €, NULL, n.v.t., NaN, a formula).
		const meant: ImportProblem[] = [];
		for (const d of data) {
			for (const c of columns) {
				if (c === regionCol || c === periodCol || c === idCol || meant.length >= 25) continue;
				const why = whyNotNumber(d.cells[c] ?? '');
				if (why) meant.push({ ...why, row: d.row, column: nameOf(c) });
			}
			if (meant.length >= 25) break;
		}
		return fail(...meant, problem('noNumberColumn', {}, header[0]!.row));
	}
	// Margins as a dimension in the rows: a "Marges" column whose cells say Waarde, Ondergrens or Bovengrens.
	const marginCol = columns.find((c) => c !== regionCol && c !== periodCol && partsOf(c).some((p) => /^marges?$/i.test(p)));
	const ignored = columns.filter((c) => c !== regionCol && c !== periodCol && c !== idCol && c !== marginCol && !measureCols.includes(c) && filled(sample.map((d) => d.cells[c] ?? '')) > 0);
	if (ignored.length > 0) notes.push(phrase('import.note.ignoredColumns', { columns: ignored.map(nameOf).join(', ') }));

	// A period in the header of a measure column (StatLine's "Perioden" header row) applies to its whole column.
	const headerPeriod = (c: number) => partsOf(c).map(periodOf).find((p) => p !== null && p !== undefined) ?? null;
	// Margins as columns: a header part naming the bound ("Ondergrens 95%-interval") marks the column, and leaves the
	// measure's name, so value and bounds of one measure share it.
	const headerMargin = (c: number) => partsOf(c).map(marginOf).find((m) => m !== null) ?? null;
	const measureName = (c: number) => {
		const parts = partsOf(c).filter((p) => periodOf(p) === null && !HEADER_LABELS.test(p) && marginOf(p) === null && !/^marges?$/i.test(p));
		return parts.join(' – ') || nameOf(c);
	};

	const perColumn = measureCols.map((c) => ({ c, column: nameOf(c), measure: measureName(c), period: headerPeriod(c), margin: headerMargin(c) }));
	const periodCache = new Map<string, number | null>();
	const cells: Cell[] = [];
	for (const d of data) {
		const region = (d.cells[regionCol] ?? '').trim();
		if (region === '') continue;
		let rowPeriod: number | null = null;
		if (periodCol !== undefined) {
			const raw = d.cells[periodCol] ?? '';
			rowPeriod = periodCache.get(raw) ?? null;
			if (!periodCache.has(raw)) periodCache.set(raw, (rowPeriod = periodOf(raw)));
		}
		const rowMargin = marginCol === undefined ? null : marginOf(d.cells[marginCol] ?? '');
		for (const m of perColumn) cells.push({ row: d.row, column: m.column, region, period: rowPeriod ?? m.period, measure: m.measure, raw: d.cells[m.c] ?? '', margin: rowMargin ?? m.margin });
	}
	const margins = cells.some((c) => c.margin === 'lower') && cells.some((c) => c.margin === 'upper');
	if (margins) notes.push(phrase('import.note.margins'));
	const format = header.length > 1 || titleLines > 0 || footer > 0 ? 'statline' : data.some((d) => /^GM\d{4}/i.test((d.cells[regionCol] ?? '').trim())) && periodCol !== undefined ? 'opendata' : 'plain';
	return ok({
		format,
		delimiter: parsed.meta.delimiter,
		title,
		regionColumn: nameOf(regionCol),
		measures: [...new Set(measureCols.map(measureName))],
		cells,
		notes,
		dataRows: data.length,
		margins,
		layout: { width, firstDataRow: data[0]!.row, regionCol, periodCol: periodCol ?? null, marginCol: marginCol ?? null, measureCols: perColumn }
	});
}
