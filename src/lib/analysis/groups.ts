/**
 * Conversations by respondent group, with small cells merged so that no group of fewer than kMin people is shown.
 * The smallest cells go into "overig" until it holds at least kMin; if even all cells together hold fewer than
 * kMin, nothing is broken down at all.
 */
import type { ConversationRow } from './types';

export type GroupCell =
	| { readonly kind: 'group'; readonly group: string; readonly n: number }
	| { readonly kind: 'other'; readonly groups: number; readonly n: number }
	| { readonly kind: 'suppressed'; readonly groups: number };

export const DEFAULT_K_MIN = 5;

export function groupBreakdown(conversations: readonly ConversationRow[], kMin = DEFAULT_K_MIN): GroupCell[] {
	const counted = conversations
		.filter((c) => c.n_conversations !== null && c.n_conversations > 0)
		.map((c) => ({ group: c.respondent_group, n: c.n_conversations! }))
		.sort((a, b) => a.n - b.n || a.group.localeCompare(b.group));
	const total = counted.reduce((s, c) => s + c.n, 0);
	if (counted.length === 0) return [];
	if (total < kMin) return [{ kind: 'suppressed', groups: counted.length }];

	const small = counted.filter((c) => c.n < kMin);
	const shown = counted.filter((c) => c.n >= kMin);
	let other = small.reduce((s, c) => s + c.n, 0);
	let merged = small.length;
	// Merge the smallest shown cells until "overig" is itself large enough (and never leave it at one cell, which
	// would show that group's count under another name).
	while (merged > 0 && (other < kMin || merged === 1) && shown.length > 0) {
		other += shown.shift()!.n;
		merged++;
	}
	const cells: GroupCell[] = shown
		.sort((a, b) => b.n - a.n || a.group.localeCompare(b.group))
		.map((c) => ({ kind: 'group', group: c.group, n: c.n }));
	if (merged > 0) cells.push(other >= kMin ? { kind: 'other', groups: merged, n: other } : { kind: 'suppressed', groups: merged });
	return cells;
}
