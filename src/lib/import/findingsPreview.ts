/**
 * What the coded-findings form shows before anything is kept: the file's document groups with their documents, and
 * how many conversations each respondent group will count under the current choices. Pure; tested in Node.
 */
import type { FindingsAnalysis } from './findingsPlan';
import { guessGroup } from './proposals';

export interface FileGroup {
	/** The group as the file names it; null for documents the file puts in no group. */
	readonly name: string | null;
	readonly documents: readonly string[];
}

/** The documents by the group the file puts them in, in the file's group order (by name), ungrouped last. */
export function fileGroups(a: Pick<FindingsAnalysis, 'documents' | 'documentGroups'>): FileGroup[] {
	const by = new Map<string | null, string[]>();
	for (const d of a.documents) {
		const g = a.documentGroups[d] ?? null;
		by.set(g, [...(by.get(g) ?? []), d]);
	}
	return [...by.entries()]
		.sort(([x], [y]) => (x === null ? 1 : y === null ? -1 : x.localeCompare(y, 'nl')))
		.map(([name, documents]) => ({ name, documents }));
}

/**
 * A respondent group for every document: from its file group's name where the file has one, else from its own
 * name; '' where neither says (the form then asks).
 */
export function proposedGroups(a: Pick<FindingsAnalysis, 'documents' | 'documentGroups'>): Record<string, string> {
	return Object.fromEntries(a.documents.map((d) => [d, guessGroup(a.documentGroups[d] ?? '') || guessGroup(d)]));
}

export interface GroupCount {
	readonly group: string;
	readonly conversations: number;
}

/** One document is one conversation: the count per respondent group, largest first, and the documents not yet assigned. */
export function conversationsByGroup(documents: readonly string[], groups: Readonly<Record<string, string>>): { counts: GroupCount[]; unassigned: number } {
	const counts = new Map<string, number>();
	let unassigned = 0;
	for (const d of documents) {
		const g = (groups[d] ?? '').trim();
		if (g === '') unassigned++;
		else counts.set(g, (counts.get(g) ?? 0) + 1);
	}
	return {
		counts: [...counts.entries()].map(([group, conversations]) => ({ group, conversations })).sort((a, b) => b.conversations - a.conversations || a.group.localeCompare(b.group)),
		unassigned
	};
}
