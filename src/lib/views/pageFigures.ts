/**
 * The figure facts of a trajectory gemeente, from the same rows and the same positions as its gemeente page, so the
 * deck and the one-page summary print the page's numbers. Pure over the tables' rows: at build time for a shipped
 * trajectory, in the browser (DuckDB rows) for an imported one.
 */
import { figureFact, type FigureFact } from '$lib/analysis/figureFacts';
import { COUNT_OF } from '$lib/analysis/trend';
import type { ValueRow } from '$lib/analysis/types';
import type { GapPage, ReadTable } from './gapPage';

export function figureFacts(read: ReadTable, code: string, gap: GapPage): Record<string, FigureFact> {
	const gemeenten = new Set(read('gemeenten').map((g) => g.code));
	const directions = new Map(read('indicators').map((i) => [i.indicator_id, i.direction]));
	const positions = new Map(gap.gap.all.flatMap((r) => r.measured.positions).filter((p) => p.role !== 'context').map((p) => [p.indicatorId, p]));
	const wanted = new Set([...positions.keys(), ...[...positions.keys()].map((id) => COUNT_OF[id]).filter((id): id is string => !!id)]);
	const byIndicator = new Map<string, ValueRow[]>();
	for (const v of read('indicator_values')) {
		if (!wanted.has(v.indicator_id) || !gemeenten.has(v.area_code)) continue;
		const list = byIndicator.get(v.indicator_id) ?? [];
		list.push(v);
		byIndicator.set(v.indicator_id, list);
	}
	const peers = new Set(gap.peers.map((p) => p.code));
	const out: Record<string, FigureFact> = {};
	for (const [id, position] of positions) {
		const countId = COUNT_OF[id];
		const fact = figureFact({
			position,
			direction: directions.get(id) ?? 'neutral',
			code,
			values: byIndicator.get(id) ?? [],
			peers,
			counts: countId ? (byIndicator.get(countId) ?? []).filter((v) => v.area_code === code) : undefined
		});
		if (fact) out[id] = fact;
	}
	return out;
}
