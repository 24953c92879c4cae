/**
 * Coded findings from a qualitative-analysis tool, as exported: one row per coded segment (document, code,
 * segment text, optional weight and comment: ATLAS.ti, MAXQDA, NVivo) or one row per quotation with a 0/1 column per
 * code (ATLAS.ti's table export). Documents become pseudonymous respondents in groups, codes become themes, and a
 * trajectory is created. Free text is scanned for personal data first: one hit refuses the file, naming the cell.
 * Document names are never stored (they are often people's names); only the pseudonym is.
 */
import { speakerOf } from '$lib/analysis/perceived';
import Papa from 'papaparse';
import { stripBom } from '$lib/schema/normalise';
import { TABLE_SPECS } from '$lib/schema/tables';
import { looksLikePersonName, personalData, scanText } from './pii';
import { fail, ok, phrase, problem, type ImportProblem, type Outcome, type ProblemColumn } from './problems';
import { conversationsByGroup } from './findingsPreview';
import { RESPONDENT_GROUPS } from './proposals';
import { rowsToColumns, type ImportRecord } from './record';

export interface Segment {
	readonly row: number;
	/** The document as one conversation: its name, prefixed by its group where the file has one (names repeat across groups). */
	readonly document: string;
	readonly code: string;
	readonly text: string | null;
}

export interface FindingsAnalysis {
	readonly layout: 'segments' | 'matrix';
	readonly documents: readonly string[];
	readonly codes: readonly string[];
	readonly segments: readonly Segment[];
	/** document → the group the file puts it in (MAXQDA's "Document group", ATLAS.ti's "Document Groups", an NVivo folder); absent when the file has none. */
	readonly documentGroups: Readonly<Record<string, string>>;
	readonly columns: { document: string; group: string | null; code: string | null; text: string | null };
}

// A document is one conversation; its group is only a way to sort them. Exports name both ("Document group" and
// "Document name" in MAXQDA, "Document Groups" beside "Document" in ATLAS.ti, a folder beside the file in NVivo), so
// the name columns are tried most specific first and a group column is never taken for the document.
const DOCUMENT = [
	/^(document ?name|documentnaam|naam document|file ?name|bestandsnaam)$/i,
	/^(documents?|files?|bestand(en)?|bron|source|interview|respondent|cases?|casus)$/i
];
const GROUP = /^(document ?groups?|documentgroep(en)?|document ?sets?|groups?|groep(en)?|folders?|map|respondentgroep|case classification|file classification)$/i;
const CODE = /^(codes?|code ?name|codenaam|nodes?|node name|hierarchical name|thema|theme|code system|codesysteem)$/i;
// The text itself before a quotation's short name (ATLAS.ti exports both).
const TEXT = [/^(segments?|quotation content|citaat|citaten|coded text|coded segment|text|tekst|content|inhoud|fragment)$/i, /^(quotations?|quotation name)$/i];
const COMMENT = /^(comments?|commentaar|opmerking(en)?|memo|annotatie)$/i;
const BINARY = /^[01]$/;

export function analyseFindings(text: string): Outcome<FindingsAnalysis> {
	const parsed = Papa.parse<string[]>(stripBom(text), { header: false, delimiter: '', delimitersToGuess: [';', ',', '\t', '|'], skipEmptyLines: 'greedy' });
	const quote = parsed.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
	if (quote) return fail(problem('unclosedQuoteCoded', {}, (quote.row ?? 0) + 1));
	const [head, ...records] = parsed.data;
	if (!head || head.length < 2) return fail(problem('noHeader', {}, 1));
	if (records.length === 0) return fail(problem('headerOnly', {}, 1));
	const fields = head.map((f) => f.trim());
	if (fields.length > MAX_COLUMNS) return fail(problem('tooWideCoded', { width: { count: fields.length }, max: { count: MAX_COLUMNS } }, 1));
	const seen = new Map<string, number>();
	const duplicates: ImportProblem[] = [];
	fields.forEach((f, c) => {
		if (f === '') return;
		const first = seen.get(f.toLowerCase());
		if (first === undefined) seen.set(f.toLowerCase(), c);
		else if (duplicates.length < 25) duplicates.push(problem('duplicateColumn', { name: f, first: first + 1, second: c + 1 }, 1, f));
	});
	if (duplicates.length > 0) return fail(...duplicates);
	const find = (re: RegExp) => fields.findIndex((f) => re.test(f));
	const docCol = DOCUMENT.map(find).find((c) => c >= 0) ?? -1;
	const groupCol = find(GROUP);
	if (docCol === -1) return fail(problem('noDocumentColumn', { headers: fields.join(', ') }, 1));
	const codeCol = find(CODE);
	const textCol = TEXT.map(find).find((c) => c >= 0) ?? -1;
	const commentCol = find(COMMENT);
	const segments: Segment[] = [];
	const problems: ImportProblem[] = [];

	// Personal data first: nothing else is worth doing if the file carries any. Every text the import keeps or
	// shows is scanned: the headers (in a 0/1 matrix they are the code labels), segments, comments, codes, and the
	// document names too, although those are dropped after pseudonymisation.
	fields.forEach((f, c) => {
		// The header is the value here: the column is named by its position, so the refusal does not repeat it.
		for (const hit of scanText(f)) if (problems.length < 25) problems.push(personalData(hit, 1, { position: c + 1 }));
	});
	const scanned = [textCol, commentCol, codeCol, docCol, groupCol].filter((c) => c >= 0);
	records.forEach((r, i) => {
		for (const c of scanned) {
			for (const hit of scanText(r[c] ?? '')) if (problems.length < 25) problems.push(personalData(hit, i + 2, fields[c]!));
		}
	});
	if (problems.length > 0) return fail(...problems);
	// A code is kept as a label (and shown in lists): one that reads as a person's name is refused. See
	// looksLikePersonName for what counts; a name in a segment's free text is not looked for.
	const nameProblem = (label: string, row: number, column: ProblemColumn) => problem('personName', { masked: maskName(label) }, row, column);
	if (codeCol >= 0) {
		records.forEach((r, i) => {
			for (const one of splitCodes(r[codeCol] ?? '')) if (looksLikePersonName(one) && problems.length < 25) problems.push(nameProblem(one, i + 2, fields[codeCol]!));
		});
	} else {
		fields.forEach((f, c) => {
			if (c !== docCol && c !== groupCol && c !== textCol && c !== commentCol && looksLikePersonName(f) && problems.length < 25) problems.push(nameProblem(f, 1, { position: c + 1 }));
		});
	}
	if (problems.length > 0) return fail(...problems);

	const groupOf = new Map<string, string>();
	const documentOf = (r: readonly string[]): string => {
		const name = (r[docCol] ?? '').trim();
		const group = groupCol >= 0 ? groupLabel(r[groupCol] ?? '') : '';
		if (!name || !group) return name;
		const document = `${group} › ${name}`;
		if (!groupOf.has(document)) groupOf.set(document, group);
		return document;
	};

	if (codeCol >= 0) {
		records.forEach((r, i) => {
			if (r.length !== fields.length) {
				problems.push(problem('raggedRow', { n: r.length, header: fields.length }, i + 2));
				return;
			}
			const document = documentOf(r);
			const code = (r[codeCol] ?? '').trim();
			if (!document) problems.push(problem('noDocument', {}, i + 2, fields[docCol]!));
			else if (!code) problems.push(problem('noCode', {}, i + 2, fields[codeCol]!));
			else for (const one of splitCodes(code)) segments.push({ row: i + 2, document, code: one, text: textCol >= 0 ? (r[textCol] ?? '').trim() || null : null });
		});
		if (problems.length > 0) return fail(...problems.slice(0, 25));
		return done('segments', segments, groupOf, { document: fields[docCol]!, group: groupCol >= 0 ? fields[groupCol]! : null, code: fields[codeCol]!, text: textCol >= 0 ? fields[textCol]! : null });
	}

	// No code column: a 0/1 column per code.
	const codeCols = fields.map((_, c) => c).filter((c) => c !== docCol && c !== groupCol && c !== textCol && c !== commentCol && records.every((r) => BINARY.test((r[c] ?? '').trim()) || (r[c] ?? '').trim() === ''));
	if (codeCols.length === 0) return fail(problem('noCodeColumn', { headers: fields.join(', ') }, 1));
	records.forEach((r, i) => {
		const document = documentOf(r);
		if (!document) {
			problems.push(problem('noDocument', {}, i + 2, fields[docCol]!));
			return;
		}
		for (const c of codeCols) if ((r[c] ?? '').trim() === '1') segments.push({ row: i + 2, document, code: fields[c]!, text: textCol >= 0 ? (r[textCol] ?? '').trim() || null : null });
	});
	if (problems.length > 0) return fail(...problems.slice(0, 25));
	if (segments.length === 0) return fail(problem('nothingCoded', {}, 2));
	return done('matrix', segments, groupOf, { document: fields[docCol]!, group: groupCol >= 0 ? fields[groupCol]! : null, code: null, text: textCol >= 0 ? fields[textCol]! : null });
}

/** ATLAS.ti lists a document's groups in one cell, one per line: they read as one label. */
function groupLabel(cell: string): string {
	return cell
		.split(/\r?\n/)
		.map((s) => s.trim())
		.filter(Boolean)
		.join(' / ');
}

/** One segment with several codes: ATLAS.ti joins them with line breaks or "; ". */
function splitCodes(cell: string): string[] {
	return cell
		.split(/\r?\n|;\s*/)
		// NVivo's hierarchical names start at its root folder ("Nodes\\Jeugdoverlast"), which names no theme.
		.map((s) => s.trim().replace(/^(nodes|codes)\\+/i, ''))
		.filter(Boolean);
}

function maskName(label: string): string {
	return label
		.split(/\s+/)
		.map((w) => (w.length <= 1 ? w : `${w[0]}${'•'.repeat(w.length - 1)}`))
		.join(' ');
}

/** More documents than this is no set of conversations to assign groups to by hand (the form lists each one). */
export const MAX_DOCUMENTS = 1000;
const MAX_COLUMNS = 2000;

function done(layout: FindingsAnalysis['layout'], segments: Segment[], groupOf: ReadonlyMap<string, string>, columns: FindingsAnalysis['columns']): Outcome<FindingsAnalysis> {
	const documents = new Set<string>();
	let overflowRow: number | null = null;
	for (const s of segments) {
		documents.add(s.document);
		if (documents.size === MAX_DOCUMENTS + 1 && overflowRow === null) overflowRow = s.row;
	}
	if (documents.size > MAX_DOCUMENTS) return fail(problem('tooManyDocuments', { n: { count: documents.size }, max: { count: MAX_DOCUMENTS } }, overflowRow, columns.document));
	return ok({
		layout,
		segments,
		columns,
		documentGroups: Object.fromEntries([...groupOf].filter(([d]) => documents.has(d))),
		documents: [...new Set(segments.map((s) => s.document))].sort((a, b) => a.localeCompare(b, 'nl')),
		codes: [...new Set(segments.map((s) => s.code))].sort((a, b) => a.localeCompare(b, 'nl'))
	});
}

export interface CodeMapping {
	/** Null: the code is not imported. */
	readonly themeId: string | null;
	readonly stance: 'problem' | 'strength' | 'solution';
	/**
	 * 'respondents' (default): a document coded with it is a person who raised the theme. 'subject': the code says
	 * whom a problem concerns ("kleine groep jongeren"); its segments count nobody as having said it.
	 */
	readonly about?: 'respondents' | 'subject';
}

export interface FindingsForm {
	readonly gemeenteCode: string;
	readonly title: string;
	readonly question: string;
	readonly periodStart: string;
	readonly periodEnd: string;
	/** document → respondent group. */
	readonly groups: Readonly<Record<string, string>>;
	/** code → theme and stance. */
	readonly codes: Readonly<Record<string, CodeMapping>>;
	/** Themes the trajectory's question covered; a theme outside it that nobody raised is "niet onderzocht". */
	readonly scope?: readonly string[];
}

export interface FindingsContext {
	readonly id: string;
	readonly fileName: string;
	readonly now: Date;
	readonly gemeenten: ReadonlySet<string>;
	readonly themeIds: ReadonlySet<string>;
}

const PERIOD = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

export function planFindingsImport(a: FindingsAnalysis, form: FindingsForm, ctx: FindingsContext): Outcome<ImportRecord> {
	const problems: ImportProblem[] = [];
	if (!ctx.gemeenten.has(form.gemeenteCode)) problems.push(problem('gemeenteMissing', {}, null, { field: 'gemeente' }));
	if (form.title.trim() === '') problems.push(problem('titleMissing', {}, null, { field: 'title' }));
	for (const [field, value] of [['start', form.periodStart], ['end', form.periodEnd]] as const) {
		if (value.trim() !== '' && !PERIOD.test(value.trim())) problems.push(problem('badMonth', { value }, null, { field }));
	}
	for (const [code, m] of Object.entries(form.codes)) if (m.themeId !== null && !ctx.themeIds.has(m.themeId)) problems.push(problem('unknownTheme', { id: m.themeId }, null, { field: 'code', code }));
	for (const id of form.scope ?? []) if (!ctx.themeIds.has(id)) problems.push(problem('unknownTheme', { id }, null, { field: 'scope' }));
	const mapped = a.segments.filter((s) => form.codes[s.code]?.themeId);
	if (mapped.length === 0) problems.push(problem('noCodeLinked', {}, null, { field: 'codes' }));
	const unassigned = a.documents.filter((d) => !(form.groups[d] ?? '').trim());
	if (unassigned.length > 0) problems.push(problem('groupsMissing', { n: unassigned.length }, null, { field: 'documents' }));
	// A group outside the vocabulary would be read as residents by speakerOf: refused rather than silently so.
	for (const g of new Set(Object.values(form.groups).map((x) => x.trim())))
		if (g !== '' && !(RESPONDENT_GROUPS as readonly string[]).includes(g))
			problems.push(problem('unknownGroup', { group: g, groups: RESPONDENT_GROUPS.map((x) => x.replaceAll('_', ' ')).join(', ') }, null, { field: 'documents' }));
	if (problems.length > 0) return fail(...problems);

	const trajectoryId = `eigen_${ctx.id}`;
	const pseudonym = new Map(a.documents.map((d, i) => [d, `${trajectoryId}-R${String(i + 1).padStart(3, '0')}`]));
	// One finding per respondent, theme and stance: many segments of one code in one interview are one voice.
	const findings = new Map<string, Record<string, string | number | null>>();
	for (const s of mapped) {
		const m = form.codes[s.code]!;
		const aboutSubject = m.about === 'subject';
		const key = `${aboutSubject ? 'subject' : s.document}|${m.themeId}|${m.stance}|${aboutSubject ? s.code : ''}`;
		if (findings.has(key)) continue;
		findings.set(key, {
			finding_id: `${trajectoryId}-${String(findings.size + 1).padStart(4, '0')}`,
			trajectory_id: trajectoryId,
			theme_id: m.themeId,
			stance: m.stance,
			severity: null,
			wijk: null,
			respondent_group: aboutSubject ? null : form.groups[s.document]!.trim(),
			speaker: aboutSubject ? null : speakerOf({ speaker: null, respondent_group: form.groups[s.document]!.trim() }),
			source_type: 'interview',
			respondent_id: aboutSubject ? null : pseudonym.get(s.document)!,
			quantifier: null,
			subject_quantifier: aboutSubject ? s.code : null,
			// Without a segment text the finding says only what it was coded as: the theme, never the code label
			// (a label is the user's own text and may carry what the scan cannot recognise).
			paraphrase_nl: (s.text ?? `Gecodeerd fragment zonder tekst (thema ${m.themeId}).`).slice(0, 400),
			source_ref: `import:${ctx.fileName}#rij ${s.row}`
		});
	}
	const perGroup = conversationsByGroup(a.documents, form.groups).counts;
	// The file's own group names, kept beside the count so the reader can see how the groups were formed.
	const fileGroupsOf = (group: string) => [...new Set(a.documents.filter((d) => form.groups[d]!.trim() === group).map((d) => a.documentGroups[d]).filter((g): g is string => !!g))];
	const start = form.periodStart.trim();
	const tables: ImportRecord['tables'] = {
		trajectories: rowsToColumns(
			[
				{
					trajectory_id: trajectoryId,
					gemeente_code: form.gemeenteCode,
					title: form.title.trim(),
					question_nl: form.question.trim() || null,
					period_start: start || null,
					period_end: form.periodEnd.trim() || null,
					reference_year: start ? Number(start.slice(0, 4)) : null,
					focus_wijken: null,
					method_nl: `Gecodeerde gesprekken, geïmporteerd uit ${ctx.fileName}: ${a.documents.length} documenten.`,
					partners: null,
					scope_themes: form.scope && form.scope.length > 0 ? [...form.scope].sort().join(';') : null,
					source_ref: `import:${ctx.fileName}`,
					// Coded from the conversations themselves: shares of the documents are real counts.
					reconstructed: 'false'
				}
			],
			TABLE_SPECS.trajectories.map((s) => s.name)
		),
		conversations: rowsToColumns(
			perGroup.map(({ group, conversations: n }) => ({
				trajectory_id: trajectoryId,
				respondent_group: group,
				n_conversations: n,
				quantifier: null,
				detail_nl: `${n} documenten in de import${fileGroupsOf(group).length > 0 ? ` (documentgroep ${fileGroupsOf(group).join(', ')})` : ''}.`,
				source_ref: `import:${ctx.fileName}`
			})),
			TABLE_SPECS.conversations.map((s) => s.name)
		),
		findings: rowsToColumns([...findings.values()], TABLE_SPECS.findings.map((s) => s.name))
	};
	const skipped = a.codes.filter((c) => !form.codes[c]?.themeId);
	return ok({
		id: ctx.id,
		kind: 'findings',
		fileName: ctx.fileName,
		importedAt: ctx.now.toISOString(),
		label: form.title.trim(),
		rows: findings.size,
		setAside: skipped.length ? [{ reason: 'unknown', count: skipped.length, examples: skipped.slice(0, 12) }] : [],
		notes: [
			phrase('import.note.documents', { n: a.documents.length, groups: perGroup.map((g) => `${g.group.replaceAll('_', ' ')} ${g.conversations}`).join(', ') }),
			phrase('import.note.segments', { segments: a.segments.length, findings: findings.size })
		],
		tables
	});
}
