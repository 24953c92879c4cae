/**
 * The front page's story at build time, from the gemeente pages' own gap (gapPage) and Movisie's programme
 * conclusions, so it reads before DuckDB starts and says what those pages say.
 */
import { frontStory, type FrontStory } from '$lib/views/front';
import { documentsOf } from '$lib/views/documents';
import { gapPage } from './gap';
import { programmeFindings } from './programme';
import { readShippedTable } from './static';
import { themeNames } from './themes';

export interface FrontPage {
	readonly story: FrontStory;
	/** Theme labels for the themes the story names, in both languages. */
	readonly themes: Record<string, { nl: string; en: string }>;
}

export function frontPage(): FrontPage {
	const names = new Map(readShippedTable('gemeenten').map((g) => [g.code, g.name]));
	const themes = themeNames();
	const trajectories = readShippedTable('trajectories')
		.map((t) => t.gemeente_code)
		.flatMap((code) => {
			const page = gapPage(code);
			return page ? [{ code, page }] : [];
		})
		.map(({ code, page }) => ({
			code,
			name: names.get(code) ?? code,
			title: page.trajectory.title,
			question: page.trajectory.question,
			sourceComplete: page.trajectory.sourceComplete,
			documents: documentsOf(page.trajectory.sourceRef),
			conversations: page.trajectory.conversationsHeld,
			rows: page.gap.all
		}))
		.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
	const programme = programmeFindings().map((f) => ({ ...f, documents: documentsOf(f.sourceRef) }));
	const story = frontStory(trajectories, programme, (id) => themes[id]?.nl ?? id);
	const used = new Set([...story.cards.flatMap((c) => [...c.headline.map((h) => h.themeId), ...Object.values(c.named).flat()]), ...story.recurring.map((r) => r.themeId), ...story.programme.map((p) => p.themeId)]);
	return { story, themes: Object.fromEntries([...used].map((id) => [id, themes[id] ?? { nl: id, en: id }])) };
}
