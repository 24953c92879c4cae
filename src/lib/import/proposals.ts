/**
 * First guesses for the coded-findings form: a theme for each code, a respondent group for each document group, the
 * gemeente the file is about. Each is a proposal the user sees and can change; where the words do not decide, the
 * answer is "none" and the form asks, because a default nobody notices is worse than a question. Pure; tested.
 */
import type { CodeMapping } from './findingsPlan';

/** The respondent groups of data/SCHEMA.md, in the order the form lists them. */
export const RESPONDENT_GROUPS = [
	'inwoner',
	'jongere',
	'ouder',
	'ondernemer',
	'initiatiefnemer',
	'professional',
	'maatschappelijke_organisatie',
	'politie_handhaving',
	'onderwijs',
	'ambtenaar',
	'bestuurder'
] as const;
export type RespondentGroup = (typeof RESPONDENT_GROUPS)[number];

const fold = (s: string) =>
	s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

const words = (s: string) => fold(s).split(' ').filter(Boolean);

// ---------------------------------------------------------------------------------------------------------------
// Code → theme

const STOP = new Set(
	(
		'de het een en of in van voor met op aan bij over naar om te door als dat die dit is zijn er niet geen ook wel ' +
		'hun hen zij ze wij we je u uw onze ons hoe wat wie waar wanneer vooral zoals tot uit al nog maar dan the a an ' +
		'and or of in for to with on at by from as that this is are not no how what who'
	).split(' ')
);

/** Light stemming, enough to let "gemeente" meet "gemeenten" and "jongere" meet "jongeren", never a full stemmer. */
export function stem(word: string): string {
	let w = word;
	if (w.length > 5 && w.endsWith('heden')) return `${w.slice(0, -5)}heid`;
	if (w.length > 4 && w.endsWith('en')) w = w.slice(0, -2);
	else if (w.length > 4 && (w.endsWith('s') || w.endsWith('e'))) w = w.slice(0, -1);
	if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
	return w;
}

/** The words that carry meaning: folded, stop words dropped, lightly stemmed. */
export function meaningWords(text: string): string[] {
	return [...new Set(words(text).filter((w) => !STOP.has(w) && !/^\d+$/.test(w)).map(stem))];
}

/** 1 for the same word; less for one inside a compound of the other ("overlast" in "jeugdoverlast"); 0 otherwise. */
function wordMatch(a: string, b: string): number {
	if (a === b) return 1;
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	return short.length >= 5 && (long.startsWith(short) || long.endsWith(short)) ? 0.8 : 0;
}

function coverage(code: readonly string[], target: readonly string[]): number[] {
	return code.map((c) => Math.max(0, ...target.map((t) => wordMatch(c, t))));
}

const CLEAR_MARGIN = 0.25;

export interface ThemeText {
	readonly id: string;
	readonly nl: string;
	readonly en: string;
	readonly definitionNl?: string;
	readonly definitionEn?: string;
}

/**
 * The theme whose label (first) and definition (second) carry the code's meaning-bearing words, or null when none
 * does clearly or two nearly equally: at least half the code's words must be found, one of them in the label or all in
 * the definition, and the best theme must beat the next.
 */
export function matchTheme(code: string, themes: readonly ThemeText[]): string | null {
	const c = fold(code);
	const exact = themes.find((t) => fold(t.id.replace(/_/g, ' ')) === c || fold(t.nl) === c || fold(t.en) === c);
	if (exact) return exact.id;
	const cw = meaningWords(code);
	if (cw.length === 0) return null;
	const scored = themes
		.map((t) => {
			const label = coverage(cw, [...meaningWords(t.nl), ...meaningWords(t.en), ...meaningWords(t.id.replace(/_/g, ' '))]);
			const definition = coverage(cw, [...meaningWords(t.definitionNl ?? ''), ...meaningWords(t.definitionEn ?? '')]);
			const found = cw.map((_, i) => Math.max(label[i]!, 0.6 * definition[i]!));
			const inLabel = label.filter((x) => x > 0).length;
			const share = found.filter((x) => x > 0).length / cw.length;
			// The label speaks louder than the definition, and a label the code covers whole beats one it touches:
			// "Overlast van jongeren" is "Jeugdoverlast" more than "Overlast (algemeen, buren)".
			const labelWords = meaningWords(t.nl);
			const labelCovered = coverage(labelWords, cw).reduce((a, b) => a + b, 0) / Math.max(1, labelWords.length);
			const score = found.reduce((a, b) => a + b, 0) / cw.length + inLabel / cw.length + labelCovered;
			return { id: t.id, score: share >= 0.5 && (inLabel > 0 || share === 1) ? score : 0 };
		})
		.filter((s) => s.score > 0)
		.sort((a, b) => b.score - a.score);
	const [best, next] = scored;
	// A near tie is no answer: "Jongeren" names three themes about young people, none more than the others.
	if (!best || (next && next.score > best.score - CLEAR_MARGIN)) return null;
	return best.id;
}

/** A first guess for a code: what the user linked it to before, else a theme its words name. */
export function guessTheme(code: string, themes: readonly ThemeText[], remembered: Readonly<Record<string, CodeMapping>>): CodeMapping {
	if (remembered[code]) return remembered[code]!;
	return { themeId: matchTheme(code, themes), stance: 'problem' };
}

// ---------------------------------------------------------------------------------------------------------------
// Document group → respondent group

/** Words (Dutch and English) that say who a group is; the longest word found in a name decides. */
const GROUP_WORDS: Record<RespondentGroup, readonly string[]> = {
	inwoner: ['inwoner', 'bewoner', 'buurtbewoner', 'wijkbewoner', 'burger', 'huurder', 'ouderen', 'senioren', 'resident', 'citizen'],
	jongere: ['jongere', 'jongeren', 'jeugd', 'jongvolwassen', 'tiener', 'kinderen', 'leerling', 'scholier', 'youth', 'young'],
	ouder: ['ouder', 'ouders', 'vader', 'moeder', 'parent'],
	ondernemer: ['ondernemer', 'winkelier', 'middenstand', 'horeca', 'bedrijf', 'bedrijven', 'business', 'shopkeeper', 'entrepreneur'],
	initiatiefnemer: ['initiatiefnemer', 'bewonersinitiatief', 'vrijwilliger', 'sleutelfiguur', 'volunteer'],
	professional: ['professional', 'jongerenwerk', 'jongerenwerker', 'welzijn', 'hulpverlen', 'hulpverlener', 'zorg', 'zorgverlener', 'sociaal werk', 'wijkteam', 'jeugdteam', 'buurtteam', 'opbouwwerk', 'maatschappelijk werk', 'ggd', 'youth worker', 'social worker'],
	maatschappelijke_organisatie: ['organisatie', 'organisaties', 'stichting', 'vereniging', 'corporatie', 'woningcorporatie', 'kerk', 'moskee', 'sportclub', 'organisation', 'organization'],
	politie_handhaving: ['politie', 'wijkagent', 'agent', 'boa', 'handhaving', 'handhaver', 'police', 'enforcement'],
	onderwijs: ['school', 'scholen', 'onderwijs', 'docent', 'leraar', 'leraren', 'leerkracht', 'mentor', 'teacher', 'education'],
	ambtenaar: ['gemeente', 'ambtenaar', 'ambtenaren', 'beleidsmedewerker', 'wijkregisseur', 'wijkmanager', 'gebiedsregisseur', 'municipality', 'council staff', 'civil servant'],
	bestuurder: ['bestuur', 'bestuurder', 'wethouder', 'burgemeester', 'gemeenteraad', 'raad', 'raadslid', 'raadsleden', 'college', 'mayor', 'alderman', 'councillor']
};

const GROUP_INDEX = Object.entries(GROUP_WORDS).flatMap(([group, list]) => list.map((w) => ({ group: group as RespondentGroup, word: w })));

/**
 * The respondent group a group name (or a document name) means, or '' when its words name none or name several
 * ("Gemeente" is ambtenaar, "Jongerenwerk" professional, "Ouders en jongeren" asks).
 */
export function guessGroup(name: string): RespondentGroup | '' {
	const text = ` ${fold(name)} `;
	const tokens = fold(name).split(' ').filter(Boolean);
	const found = new Set<RespondentGroup>();
	for (const token of tokens) {
		// The longest group word a token starts or ends with decides it: "jeugdteam" is a team, not youth.
		let best: { group: RespondentGroup; length: number } | null = null;
		for (const { group, word } of GROUP_INDEX) {
			if (word.includes(' ')) continue;
			const hit = token === word || (word.length >= 4 && (token.startsWith(word) || token.endsWith(word)));
			if (hit && (!best || word.length > best.length)) best = { group, length: word.length };
		}
		if (best) found.add(best.group);
	}
	for (const { group, word } of GROUP_INDEX) if (word.includes(' ') && text.includes(` ${word} `)) found.add(group);
	return found.size === 1 ? [...found][0]! : '';
}

// ---------------------------------------------------------------------------------------------------------------
// The gemeente of a file

export interface GemeenteForms {
	readonly code: string;
	readonly name: string;
	readonly forms?: readonly string[];
}

export interface GemeenteProposal {
	readonly code: string;
	/** Where it was read: the file's name, or the document names. */
	readonly from: 'file' | 'documents';
}

const nameWords = (s: string) => ` ${fold(s.replace(/\s*\((gemeente|gem\.|gm)\)\s*$/i, ''))} `;

/**
 * The one gemeente the file's name names (any known name form, as whole words), else the one the document names
 * name; null when none does or several do.
 */
export function proposeGemeente(fileName: string, documents: readonly string[], gemeenten: readonly GemeenteForms[]): GemeenteProposal | null {
	const forms = gemeenten.flatMap((g) => [g.name, ...(g.forms ?? [])].map((f) => ({ code: g.code, key: nameWords(f) })).filter((f) => f.key.trim().length >= 2));
	// A form that two gemeenten share ("Bergen") names neither.
	const owners = new Map<string, Set<string>>();
	for (const f of forms) owners.set(f.key, (owners.get(f.key) ?? new Set()).add(f.code));
	const unique = forms.filter((f) => owners.get(f.key)!.size === 1);
	const named = (text: string) => {
		const t = nameWords(text.replace(/\.[a-z0-9]{1,5}$/i, ''));
		return new Set(unique.filter((f) => t.includes(f.key)).map((f) => f.code));
	};
	const inFile = named(fileName);
	if (inFile.size === 1) return { code: [...inFile][0]!, from: 'file' };
	if (inFile.size > 1) return null;
	const inDocs = new Set(documents.flatMap((d) => [...named(d)]));
	return inDocs.size === 1 ? { code: [...inDocs][0]!, from: 'documents' } : null;
}
