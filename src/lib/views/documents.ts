/**
 * What a reader sees for a source reference: the document's title and the section, never `seed:004#5.1`. The
 * titles and headings are the documents' own first lines and headings (a test finds each in its seed file).
 */
import type { Locale } from '$lib/format';
import { joinAnd } from './lists';
import { readableRef } from './sourceRef';

export type DocumentKind = 'overview' | 'interview' | 'magazine' | 'article' | 'report';

interface DocumentInfo {
	readonly title: string;
	readonly kind: DocumentKind;
	/** The kind in a reader's words, after the title: "(eindrapport van Movisie)". */
	readonly described: { readonly nl: string; readonly en: string };
	/** Named sections and their heading; numbered sections are the report's own numbering. */
	readonly sections?: Readonly<Record<string, string>>;
}

export const DOCUMENTS: Readonly<Record<string, DocumentInfo>> = {
	'000': {
		title: 'Movisie Uitvoering: voorbeeldtrajecten',
		kind: 'overview',
		described: { nl: 'webpagina van Movisie', en: 'Movisie web page' },
		sections: { baarn: 'Gemeente Baarn', montfoort: 'Gemeente Montfoort', lansingerland: 'Gemeente Lansingerland' }
	},
	'001': { title: 'Movisie Uitvoering: een aanpak van sociale problemen die werkt', kind: 'interview', described: { nl: 'interview, Movisie', en: 'interview, Movisie' } },
	'002': {
		title: 'Movisies 2023',
		kind: 'magazine',
		described: { nl: 'magazine van Movisie', en: 'Movisie magazine' },
		sections: { reindert: 'Stichting Reindert', praktijk: 'Maatwerk in de uitvoering' }
	},
	'003': {
		title: 'Movisie ondersteunt gemeente Baarn bij aanpak drugsproblematiek',
		kind: 'article',
		described: { nl: 'artikel van Movisie', en: 'Movisie article' },
		sections: {
			intro: 'Op zoek naar onderliggende vraagstukken',
			verhalen: 'De verhalen in Baarn',
			normalisering: 'Normalisering van drugs is een probleem van de hele samenleving',
			'horen-zien-doen': 'Horen, zien en doen wat nodig is',
			'movisie-uitvoering': 'Movisie Uitvoering: samen met gemeenten werken aan sociale vraagstukken',
			aanpakken: 'Verschillende jongeren vragen om verschillende aanpakken',
			rapportage: 'Rapportage beschikbaar'
		}
	},
	// The OCR text has no title line; the page footer carries this one.
	'004': { title: 'Eindrapportage gemeente Montfoort', kind: 'report', described: { nl: 'eindrapport van Movisie', en: 'Movisie final report' } }
};

function sectionText(doc: DocumentInfo, section: string, locale: Locale): string {
	const named = doc.sections?.[section];
	if (named) return `“${named}”`;
	const appendix = /^bijlage(\d+)$/.exec(section);
	if (appendix) return locale === 'nl' ? `bijlage ${appendix[1]}` : `appendix ${appendix[1]}`;
	return locale === 'nl' ? `paragraaf ${section}` : `section ${section}`;
}

/**
 * "Eindrapportage gemeente Montfoort (eindrapport van Movisie), paragraaf 5.1"; several references are grouped per
 * document ("…, paragrafen 2, 3 en 4").
 */
export function documentRef(ref: string | null | undefined, locale: Locale): string {
	if (!ref) return '';
	const groups = new Map<string, string[]>();
	for (const part of ref.split(';').map((p) => p.trim()).filter(Boolean)) {
		const m = /^seed:(\d{3})(?:#(.+))?$/.exec(part);
		const key = m && DOCUMENTS[m[1]!] ? m[1]! : `raw:${part}`;
		const list = groups.get(key) ?? [];
		if (m?.[2] && !list.includes(m[2])) list.push(m[2]);
		groups.set(key, list);
	}
	return [...groups]
		.map(([key, sections]) => {
			// An import's reference reads as the user's file and row; anything else unknown as it is.
			if (key.startsWith('raw:')) return readableRef(key.slice(4), locale) ?? key.slice(4);
			const doc = DOCUMENTS[key]!;
			const head = `${doc.title} (${doc.described[locale]})`;
			if (sections.length === 0) return head;
			// Numbered sections in the report's order, under one plural: "paragrafen 2, 3 en 4".
			const numbered = sections.filter((x) => /^\d/.test(x)).sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }));
			const texts = sections.filter((x) => !/^\d/.test(x)).map((x) => sectionText(doc, x, locale));
			const word = locale === 'nl' ? (numbered.length > 1 ? 'paragrafen' : 'paragraaf') : numbered.length > 1 ? 'sections' : 'section';
			if (numbered.length) texts.unshift(`${word} ${joinAnd(numbered, locale)}`);
			return `${head}, ${joinAnd(texts, locale)}`;
		})
		.join('; ');
}

/** Only the document's title: where the section would be noise (a footer, a card). */
export function documentTitle(ref: string | null | undefined): string {
	const m = /^seed:(\d{3})/.exec(ref?.trim() ?? '');
	return (m && DOCUMENTS[m[1]!]?.title) ?? ref ?? '';
}

export interface SourceDocument {
	/** The seed number the references use (`seed:003#…` → '003'). */
	readonly seed: string;
	readonly title: string;
	readonly kind: DocumentKind;
}

export const SOURCE_DOCUMENTS: readonly SourceDocument[] = Object.entries(DOCUMENTS).map(([seed, d]) => ({ seed, title: d.title, kind: d.kind }));

/** The documents a `source_ref` cites (`seed:004#3;seed:000#montfoort`), each once, in the order cited; unknown ones are left out. */
export function documentsOf(sourceRef: string | null): SourceDocument[] {
	const seeds = [...(sourceRef ?? '').matchAll(/seed:(\d{3})/g)].map((m) => m[1]!);
	return [...new Set(seeds)].map((x) => SOURCE_DOCUMENTS.find((d) => d.seed === x)).filter((d): d is SourceDocument => !!d);
}
