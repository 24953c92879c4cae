import { indicatorCatalogue, shippedRowCounts, sourceList } from '$lib/server/catalogue';
import { TABLE_NAMES } from '$lib/schema/tables';

export function load() {
	const counts = shippedRowCounts(TABLE_NAMES);
	// A table the build did not write (e.g. no coded findings yet) is not offered for loading.
	const tables = TABLE_NAMES.filter((n) => counts[n]! > 0);
	return { catalogue: indicatorCatalogue(), sources: sourceList(), tables, counts };
}
