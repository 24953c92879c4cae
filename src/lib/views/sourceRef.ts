/**
 * A reference to where a finding or trajectory came from, as a reader should see it. An import's reference is
 * stored as `import:<file>#rij <n>`; the reader sees the file they gave and the row, not the storage form. Other
 * references (the seed documents) are left as they are here.
 */
import { isOwnId } from '$lib/schema/ids';

export function readableRef(ref: string | null, locale: 'nl' | 'en' = 'nl'): string | null {
	if (ref === null) return null;
	const m = /^import:(.*?)(?:#rij (\d+))?$/.exec(ref);
	if (!m) return ref;
	const own = locale === 'nl' ? 'eigen import' : 'own import';
	const row = locale === 'nl' ? 'rij' : 'row';
	return m[2] ? `${own} ${m[1]}, ${row} ${m[2]}` : `${own} ${m[1]}`;
}

/** Ids the app makes for imported rows ("eigen_imp…") say nothing to a reader. */
export const isInternalId = isOwnId;
