/**
 * How widely a theme was heard, on the ordinal scale the reports themselves use. Reports rarely count: they say
 * "één ouder", "sommige bewoners", "het merendeel van de inwoners", "de rode draad". Those words are kept as words;
 * this table only places each on a six-step scale, with the range of steps a reader could fairly take it to mean
 * (the range, not a percentage, is what makes a reading uncertain). /methode prints this table.
 *
 * Only words about the people who SPOKE belong here. Words about how many people a problem CONCERNS ("35 tot 40
 * jongeren", "een kleine groep negatieve rolmodellen") are subject quantifiers: kept and shown, never read.
 */
export const HEARD_LEVELS = ['niet', 'een', 'enkelen', 'een_aantal', 'veel', 'meesten', 'rode_draad'] as const;
export type HeardLevelName = (typeof HEARD_LEVELS)[number];
/** 0 = not raised … 6 = the common thread. */
export type HeardLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export const MAX_LEVEL: HeardLevel = 6;

export interface QuantifierReading {
	readonly word: string;
	readonly level: HeardLevel;
	/** The lowest and highest step the word can fairly be read as. */
	readonly min: HeardLevel;
	readonly max: HeardLevel;
	readonly noteNl: string;
}

const TABLE: readonly QuantifierReading[] = [
	{ word: 'alle', level: 6, min: 5, max: 6, noteNl: 'Iedereen van wie het rapport spreekt.' },
	{ word: 'iedereen', level: 6, min: 5, max: 6, noteNl: 'Als "alle".' },
	{ word: 'stuk voor stuk', level: 6, min: 5, max: 6, noteNl: 'Elk van de verhalen; "alle", gelezen over de verhalen die het rapport optekent.' },
	{ word: 'rode draad', level: 6, min: 5, max: 6, noteNl: 'Door het rapport als gemeenschappelijke lijn in de gesprekken gepresenteerd, zonder aantal.' },
	{ word: 'merendeel', level: 5, min: 5, max: 5, noteNl: 'Meer dan de helft.' },
	{ word: 'meeste', level: 5, min: 5, max: 5, noteNl: 'Als "merendeel".' },
	{ word: 'overwegend', level: 5, min: 4, max: 5, noteNl: 'Het grootste deel, zonder uitgesproken meerderheid.' },
	{ word: 'veel', level: 4, min: 3, max: 5, noteNl: 'Een groot deel, niet per se de meerderheid.' },
	{ word: 'grote groep', level: 4, min: 3, max: 5, noteNl: 'Als "veel".' },
	{ word: 'een aantal', level: 3, min: 2, max: 4, noteNl: 'Meer dan een paar, geen aantal.' },
	{ word: 'meerdere', level: 3, min: 2, max: 3, noteNl: 'Meer dan één, geen aantal.' },
	{ word: 'diverse', level: 3, min: 2, max: 4, noteNl: 'Als "een aantal".' },
	{ word: 'sommige', level: 2, min: 1, max: 3, noteNl: 'Een minderheid.' },
	{ word: 'enkele', level: 2, min: 1, max: 2, noteNl: 'Een paar.' },
	{ word: 'een paar', level: 2, min: 1, max: 2, noteNl: 'Als "enkele".' },
	{ word: 'kleine groep', level: 2, min: 1, max: 2, noteNl: 'Als "enkele", uitdrukkelijk klein.' },
	{ word: 'beperkt aantal', level: 2, min: 1, max: 2, noteNl: 'Als "kleine groep".' },
	{ word: 'geen', level: 0, min: 0, max: 0, noteNl: 'Niemand.' }
];

const BY_WORD = new Map(TABLE.map((q) => [q.word, q]));

export const QUANTIFIER_TABLE = TABLE;

/** The reading of a respondent quantifier, or null for a word the table does not know (or a count). */
export function readQuantifier(word: string | null | undefined): QuantifierReading | null {
	if (!word) return null;
	return BY_WORD.get(word.trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/**
 * A real count placed on the same scale, so that counted and worded trajectories sit on one axis: one person is
 * "één"; a share of the conversations held takes the step whose lower edge it reaches.
 */
export const SHARE_CUTS: readonly { readonly level: HeardLevel; readonly from: number }[] = [
	{ level: 6, from: 0.9 },
	{ level: 5, from: 0.5 },
	{ level: 4, from: 0.3 },
	{ level: 3, from: 0.15 },
	{ level: 2, from: 0 }
];

export function levelOfShare(share: number, k: number): HeardLevel {
	if (k <= 0) return 0;
	if (k === 1) return 1;
	return SHARE_CUTS.find((c) => share >= c.from)?.level ?? 2;
}

/** Distinct people without a total to set them against: one is "één", a handful "enkelen", more "een aantal". */
export function levelOfPeople(k: number): HeardLevel {
	if (k <= 0) return 0;
	if (k === 1) return 1;
	return k < 5 ? 2 : 3;
}
