/** SQL the import forms need beyond the import context. */
import { statement, type Statement } from '../sql';

export interface IndicatorKeyRow extends Record<string, unknown> {
	area_code: string;
	period: number;
}

/** The (area, period) pairs an indicator has values for: a further year must not repeat one. */
export function indicatorKeys(indicatorId: string): Statement {
	return statement('SELECT area_code, period FROM indicator_values WHERE indicator_id = ?', [indicatorId]);
}
