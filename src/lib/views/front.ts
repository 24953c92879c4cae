/**
 * The front page's story: per trajectory what weighed most in what was heard and what the figures say about it,
 * what recurs across the trajectories, and a few of Movisie's own conclusions kept apart from what Kloofmeter counts.
 * `frontStory` runs at build time on the gemeente pages' own gap rows and keeps no text, so the page can switch
 * language; the text functions below turn it into words. Pure, tested in tests/unit/views.front.test.ts.
 */
import { DEFAULT_THRESHOLDS, isHeard, type GapClass, type Thresholds } from '$lib/analysis/classify';
import type { ThemeGap } from '$lib/analysis/gap';
import type { Assessment, SpeakerHeard } from '$lib/analysis/perceived';
import type { SourceDocument } from '$lib/views/documents';
import type { MessageKey } from '$lib/i18n/messages';
import { classLabel, type Labels } from './compare';
import { heardThemes } from './deck';
import { joinAnd } from './lists';
import { speakerEntry } from './heard';

/** How many themes a card names: enough to tell the story, few enough to read at a glance. */
export const HEADLINE_SIZE = 3;
/** How many of Movisie's own conclusions the front page quotes; /vergelijk has them all. */
export const PROGRAMME_PICKS = 2;

/** What a trajectory card says about the trajectory itself, before its themes. */
interface TrajectoryHead {
	readonly code: string;
	readonly name: string;
	readonly title: string;
	readonly question: string | null;
	readonly sourceComplete: boolean;
	readonly documents: readonly SourceDocument[];
	/** Conversations held, where the report counts them (never a count under k: gapPage withholds it). */
	readonly conversations: number | null;
}

export interface FrontTrajectory extends TrajectoryHead {
	/** The gemeente page's gap rows against all gemeenten (its default reference set). */
	readonly rows: readonly ThemeGap[];
}

export interface HeadlineTheme {
	readonly themeId: string;
	readonly heard: boolean;
	/** Who said it and in which words; the researchers are told apart in `byResearchers` and `assessments`. */
	readonly speakers: readonly SpeakerHeard[];
	readonly byResearchers: boolean;
	readonly assessments: readonly Assessment[];
	readonly gapClass: GapClass;
	readonly uncertain: boolean;
}

/** The classes a card names theme by theme; themes heard without any figure are counted instead. */
export const NAMED_CLASSES = ['confirmed', 'perception_gap', 'blind_spot'] as const;

export interface FrontCard extends TrajectoryHead {
	readonly headline: readonly HeadlineTheme[];
	/** Every theme heard, whether or not the headline names it. */
	readonly heardCount: number;
	/** Every in-question theme by what the figures say, so the card never hides a gap the headline has no room for. */
	readonly named: Readonly<Record<(typeof NAMED_CLASSES)[number], readonly string[]>>;
	readonly heardWithoutFigures: number;
}

export interface RecurringTheme {
	readonly themeId: string;
	/** Names of the gemeenten where it was heard, in Dutch alphabetical order. */
	readonly gemeenten: readonly string[];
}

export interface ProgrammePick {
	readonly themeId: string;
	readonly paraphrase: string;
	readonly documents: readonly SourceDocument[];
}

export interface FrontStory {
	readonly cards: readonly FrontCard[];
	readonly recurring: readonly RecurringTheme[];
	readonly programme: readonly ProgrammePick[];
}

export interface ProgrammeInput {
	readonly themeId: string;
	readonly stance: string;
	readonly paraphrase: string;
	readonly documents: readonly SourceDocument[];
	readonly id: string;
}

/**
 * The story from the trajectories' gap rows. The order of the headline is the deck's (`heardThemes`), with Dutch
 * labels breaking ties, so both languages name the same themes.
 */
export function frontStory(trajectories: readonly FrontTrajectory[], programme: readonly ProgrammeInput[], themeNl: (id: string) => string, thresholds: Thresholds = DEFAULT_THRESHOLDS): FrontStory {
	// heardThemes reads only the theme labels and the locale of its labels.
	const order: Labels = { locale: 'nl', t: (key) => key, theme: themeNl };
	const cards = trajectories.map((tr): FrontCard => {
		const heard = tr.rows.filter((r) => isHeard(r.perceived, thresholds));
		const ordered = heardThemes(tr.rows, order, thresholds);
		const named = (c: GapClass) => ordered.concat(tr.rows.filter((r) => !r.perceived.raised)).filter((r) => r.classification.gapClass === c).map((r) => r.themeId);
		return {
			code: tr.code,
			name: tr.name,
			title: tr.title,
			question: tr.question,
			sourceComplete: tr.sourceComplete,
			documents: tr.documents,
			conversations: tr.conversations,
			headline: ordered.slice(0, HEADLINE_SIZE).map((r) => ({
				themeId: r.themeId,
				heard: isHeard(r.perceived, thresholds),
				speakers: r.perceived.speakers.filter((s) => s.speaker !== 'onderzoekers'),
				byResearchers: r.perceived.byResearchers,
				assessments: r.perceived.assessments,
				gapClass: r.classification.gapClass,
				uncertain: r.classification.uncertain
			})),
			heardCount: heard.length,
			named: { confirmed: named('confirmed'), perception_gap: named('perception_gap'), blind_spot: named('blind_spot') },
			heardWithoutFigures: heard.filter((r) => r.classification.gapClass === 'no_measurement').length
		};
	});
	const recurring = recurringHeard(trajectories, thresholds);
	const weight = new Map(recurring.map((r) => [r.themeId, r.gemeenten.length]));
	const picks = programme
		.filter((p) => p.stance === 'problem' && weight.has(p.themeId))
		.sort((a, b) => weight.get(b.themeId)! - weight.get(a.themeId)! || a.id.localeCompare(b.id))
		.slice(0, PROGRAMME_PICKS)
		.map(({ themeId, paraphrase, documents }) => ({ themeId, paraphrase, documents }));
	return { cards, recurring, programme: picks };
}

/** Themes heard in two or more trajectories, most widely shared first, then by theme id for a stable order. */
function recurringHeard(trajectories: readonly FrontTrajectory[], thresholds: Thresholds): RecurringTheme[] {
	const where = new Map<string, Set<string>>();
	for (const tr of trajectories)
		for (const r of tr.rows) {
			if (!isHeard(r.perceived, thresholds)) continue;
			if (!where.has(r.themeId)) where.set(r.themeId, new Set());
			where.get(r.themeId)!.add(tr.name);
		}
	return [...where.entries()]
		.filter(([, names]) => names.size >= 2)
		.map(([themeId, names]) => ({ themeId, gemeenten: [...names].sort((a, b) => a.localeCompare(b, 'nl')) }))
		.sort((a, b) => b.gemeenten.length - a.gemeenten.length || a.themeId.localeCompare(b.themeId));
}

const list = (items: readonly string[], l: Labels) => joinAnd(items, l.locale);

/** The topic of a trajectory from its title ("Baarn: aanpak en preventie …" → "Aanpak en preventie …"). */
export function topicOf(card: Pick<FrontCard, 'title' | 'name'>): string {
	const rest = card.title.startsWith(`${card.name}:`) ? card.title.slice(card.name.length + 1).trim() : card.title;
	return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * The question in short: its first clause, without asides in brackets. The full question is on the gemeente page,
 * which the card links to.
 */
export function shortQuestion(question: string | null): string | null {
	if (!question) return null;
	let depth = 0;
	let out = '';
	for (const ch of question) {
		if (ch === '(') depth++;
		else if (ch === ')') depth = Math.max(0, depth - 1);
		else if (depth === 0) {
			if (ch === ',' || ch === ';' || ch === '?') break;
			out += ch;
		}
	}
	return `${out.replace(/\s+/g, ' ').trim()}?`;
}

/** How widely, in the report's words, and by whom: "inwoners: “rode draad”; de onderzoekers: de kern van de zaak". */
export function heardWords(h: HeadlineTheme, l: Labels): string {
	const people = h.speakers.map((s) => speakerEntry(s, l));
	const researchers = h.assessments.length
		? h.assessments.map((a) => l.t(`gap.assessment.${a}` as MessageKey))
		: h.byResearchers
			? [l.t(people.length ? 'front.researchersToo' : 'front.researchersOnly')]
			: [];
	return [...people, ...researchers].join('; ');
}

/**
 * What the figures say about a headline theme, in the class words the whole app uses; "onzeker" as the gemeente page
 * marks it, not where the class itself already says the extent is unknown.
 */
export function figureWords(h: HeadlineTheme, l: Labels): string {
	const uncertain = h.uncertain && h.gapClass !== 'mentioned' && h.gapClass !== 'too_few';
	return classLabel(h.gapClass, l) + (uncertain ? ` (${l.t('front.uncertain')})` : '');
}

/** Every theme heard set against the figures: the named classes by theme, the ones without figures counted. */
export function figureLines(card: FrontCard, l: Labels): string[] {
	if (card.heardCount === 0 && NAMED_CLASSES.every((c) => card.named[c].length === 0)) return [l.t('front.figures.nothingHeard')];
	const lines = NAMED_CLASSES.filter((c) => card.named[c].length > 0).map((c) => `${classLabel(c, l)}: ${list(card.named[c].map(l.theme), l)}.`);
	const n = card.heardWithoutFigures;
	if (n > 0)
		lines.push(
			n < card.heardCount
				? l.t('front.figures.noneSome', { n, heard: card.heardCount })
				: l.t(card.heardCount === 1 ? 'front.figures.noneOne' : 'front.figures.noneAll', { heard: card.heardCount })
		);
	return lines;
}

/** Said on the card when its only sources are an article or a summary: their silence is not "not heard". */
export function partialNote(card: Pick<FrontCard, 'sourceComplete' | 'documents'>, l: Labels): string | null {
	if (card.sourceComplete) return null;
	return l.t('front.card.partial', { kinds: list(card.documents.map((d) => l.t(`front.kind.${d.kind}` as MessageKey)), l) });
}

export function documentTitles(documents: readonly SourceDocument[]): string {
	return documents.map((d) => d.title).join('; ');
}

export function recurringLine(r: RecurringTheme, l: Labels): string {
	return l.t('front.recurring.item', { theme: l.theme(r.themeId), names: list(r.gemeenten, l) });
}
