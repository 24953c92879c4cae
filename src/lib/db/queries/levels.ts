/** The area level of a values row (schema/tables.ts valueLevelOf) as a condition on its area_code. */
import type { ValueLevel } from '../../schema/tables';

export function valueLevelIs(level: ValueLevel): string {
	return `${level === 'gemeente' ? '' : 'NOT '}starts_with(area_code, 'GM')`;
}
