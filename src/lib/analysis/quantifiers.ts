/**
 * Words the reports use instead of counts, turned into a share of the group they speak of. The intervals are a
 * documented reading, not a measurement: /methode prints this table, and a finding shows its word beside the number.
 */
export interface QuantifierReading {
	readonly word: string;
	readonly point: number;
	readonly lo: number;
	readonly hi: number;
	readonly noteNl: string;
}

const TABLE: readonly QuantifierReading[] = [
	{ word: 'alle', point: 0.95, lo: 0.9, hi: 1, noteNl: 'Iedereen in de groep, op een enkele uitzondering na.' },
	{ word: 'merendeel', point: 0.65, lo: 0.5, hi: 0.8, noteNl: 'Meer dan de helft.' },
	{ word: 'rode draad', point: 0.6, lo: 0.4, hi: 0.8, noteNl: 'Door het rapport als gemeenschappelijke lijn in de gesprekken gepresenteerd.' },
	{ word: 'vooral', point: 0.6, lo: 0.4, hi: 0.8, noteNl: 'De belangrijkste zorg die het rapport noemt.' },
	{ word: 'overwegend', point: 0.6, lo: 0.5, hi: 0.8, noteNl: 'Meer dan de helft, zonder uitgesproken meerderheid.' },
	{ word: 'veel', point: 0.45, lo: 0.3, hi: 0.7, noteNl: 'Een groot deel, niet per se de meerderheid.' },
	{ word: 'grote groep', point: 0.45, lo: 0.3, hi: 0.7, noteNl: 'Als "veel".' },
	{ word: 'meerdere', point: 0.2, lo: 0.1, hi: 0.4, noteNl: 'Meer dan één, geen aantal; in kleine trajecten een minderheid.' },
	{ word: 'een aantal', point: 0.2, lo: 0.1, hi: 0.4, noteNl: 'Als "meerdere".' },
	{ word: 'sommige', point: 0.15, lo: 0.05, hi: 0.3, noteNl: 'Een minderheid.' },
	{ word: 'enkele', point: 0.12, lo: 0.05, hi: 0.25, noteNl: 'Een paar.' },
	{ word: 'kleine groep', point: 0.08, lo: 0.02, hi: 0.2, noteNl: 'Als "enkele", expliciet klein.' },
	{ word: 'beperkt aantal', point: 0.08, lo: 0.02, hi: 0.2, noteNl: 'Als "kleine groep".' },
	{ word: 'geen', point: 0, lo: 0, hi: 0.05, noteNl: 'Niemand in de groep.' }
];

const BY_WORD = new Map(TABLE.map((q) => [q.word, q]));

export const QUANTIFIER_TABLE = TABLE;

/** The reading of a quantifier, or null for a word the table does not know (or a count such as "35 à 40"). */
export function readQuantifier(word: string | null | undefined): QuantifierReading | null {
	if (!word) return null;
	return BY_WORD.get(word.trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;
}
