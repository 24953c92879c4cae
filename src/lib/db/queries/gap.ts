/**
 * SQL for the measured side of the gap, so that DuckDB can rank imported figures the way the analysis ranks the
 * shipped ones (src/lib/analysis/measured.ts): direction-aware mid-rank percentile within a reference set.
 */
import { placeholders, statement, type Statement } from '../sql';

export interface PercentileRow extends Record<string, unknown> {
	area_code: string;
	value: number;
	percentile: number;
	reference_size: number;
}

/** Every reference gemeente's percentile on one indicator in one period; `reference` empty = all gemeenten. */
export function indicatorPercentiles(indicatorId: string, period: number, direction: string, reference: readonly string[] = []): Statement {
	const inReference = reference.length === 0 ? 'area_code IN (SELECT code FROM gemeenten)' : `area_code IN (${placeholders(reference.length)})`;
	return statement(
		`WITH ref AS (
		   SELECT area_code, value FROM indicator_values
		    WHERE indicator_id = ? AND period = ? AND ${inReference}
		 ), ranked AS (
		   SELECT area_code, value,
		          (rank() OVER (ORDER BY value) - 1 + (count(*) OVER (PARTITION BY value) - 1) / 2.0)
		            / nullif(count(*) OVER () - 1, 0) AS mid_rank,
		          count(*) OVER () AS reference_size
		     FROM ref
		 )
		 SELECT area_code, value,
		        CASE WHEN ? = 'lower_worse' THEN 1 - mid_rank WHEN ? = 'higher_worse' THEN mid_rank END AS percentile,
		        reference_size
		   FROM ranked
		  ORDER BY area_code`,
		[indicatorId, period, ...reference, direction, direction]
	);
}
