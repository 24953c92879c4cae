/**
 * An import problem in the reader's language: "Rij 12, kolom "Waarde": …" or "Row 12, column "Waarde": …". Pure
 * (the caller passes the translate function and locale), so every message is tested in both languages in Node.
 */
import { formatNumber, type Locale } from '$lib/format';
import type { ImportProblem, Phrase, ProblemColumn } from '$lib/import/problems';
import type { Translate } from '$lib/i18n/messages';

export function phraseText(p: Phrase, t: Translate, locale: Locale): string {
	if (typeof p === 'string') return p;
	if (typeof p === 'number') return String(p);
	if ('count' in p) return formatNumber(p.count, locale, 0);
	if ('list' in p) return p.list.map((x) => phraseText(x, t, locale)).join(p.separator);
	return t(p.key, paramsText(p.params ?? {}, t, locale));
}

function paramsText(params: Readonly<Record<string, Phrase>>, t: Translate, locale: Locale): Record<string, string> {
	return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, phraseText(v, t, locale)]));
}

function columnText(c: ProblemColumn, t: Translate): string {
	if (typeof c === 'string') return t('import.where.column', { column: c });
	if ('position' in c) return t('import.where.position', { n: c.position });
	return t('import.where.field', { field: t(`import.field.${c.field}`, { code: c.code ?? '' }) });
}

/** The message alone, without its place. */
export function problemMessage(p: ImportProblem, t: Translate, locale: Locale): string {
	return t(`import.problem.${p.code}`, paramsText(p.params, t, locale));
}

/** The place first, then the message, the way every problem reads on screen. */
export function problemText(p: ImportProblem, t: Translate, locale: Locale): string {
	const where = [p.row !== null ? t('import.where.row', { row: p.row }) : null, p.column !== null && p.column !== '' ? columnText(p.column, t) : null].filter(Boolean).join(', ');
	const message = problemMessage(p, t, locale);
	return where ? `${where[0]!.toUpperCase()}${where.slice(1)}: ${message}` : message;
}
