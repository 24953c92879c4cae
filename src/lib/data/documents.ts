/**
 * The public Movisie documents the coded findings cite (data/seeds), by title and kind, so a reader sees
 * "Eindrapportage gemeente Montfoort (eindrapport)" where the data says `seed:004#5.2.1`. A unit test checks each
 * title against its document, and that every reference in the shipped tables resolves here.
 */
export type DocumentKind = 'overview' | 'interview' | 'magazine' | 'article' | 'report';

export interface SourceDocument {
	/** The seed number the references use (`seed:003#…` → '003'). */
	readonly seed: string;
	readonly title: string;
	readonly kind: DocumentKind;
}

export const SOURCE_DOCUMENTS: readonly SourceDocument[] = [
	{ seed: '000', title: 'Movisie Uitvoering: voorbeeldtrajecten', kind: 'overview' },
	{ seed: '001', title: 'Movisie Uitvoering: een aanpak van sociale problemen die werkt', kind: 'interview' },
	{ seed: '002', title: 'Movisies 2023', kind: 'magazine' },
	{ seed: '003', title: 'Movisie ondersteunt gemeente Baarn bij aanpak drugsproblematiek', kind: 'article' },
	// The OCR text has no title line; the page footer carries this one.
	{ seed: '004', title: 'Eindrapportage gemeente Montfoort', kind: 'report' }
];

/** The documents a `source_ref` cites (`seed:004#3;seed:000#montfoort`), each once, in the order cited; unknown ones are left out. */
export function documentsOf(sourceRef: string | null): SourceDocument[] {
	const seeds = [...(sourceRef ?? '').matchAll(/seed:(\d{3})/g)].map((m) => m[1]!);
	return [...new Set(seeds)].map((s) => SOURCE_DOCUMENTS.find((d) => d.seed === s)).filter((d): d is SourceDocument => !!d);
}
