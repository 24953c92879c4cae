/**
 * Which gemeente a region label in a user's file means: a CBS code (GM0308, also the open-data form "GM0308  ")
 * or a name through the name table (area_names: current names, former names, spelling variants). Rows for the
 * country, landsdelen, provinces, police regions and COROP areas are set aside, as are former gemeenten whose
 * figures cannot simply be moved to today's (merged or split); unknown labels are listed.
 */
import { matchName, type NameIndex } from '$lib/schema/names';
import { normaliseAreaCode, normaliseAreaName } from '$lib/schema/normalise';
import { phrase, type Phrase } from './problems';

export type RegionVerdict =
	| { readonly kind: 'gemeente'; readonly code: string }
	| { readonly kind: 'area'; readonly code: string }
	| { readonly kind: 'aggregate'; readonly label: string }
	| { readonly kind: 'former'; readonly label: string; readonly note: Phrase }
	| { readonly kind: 'unknown'; readonly label: Phrase };

const AGGREGATE_SUFFIX = /\((ld|pv|re|cr|co|lg|gg|rp)\)\s*$/i;
// The Veiligheidsmonitor reports small gemeenten per police unit, district or basisteam (by name in a StatLine
// download; their codes were not verified here, so names decide).
const POLICE_AREA = /^(politie-?eenheid|eenheid|politieregio|regionale eenheid|district|basisteam|veiligheidsregio)\b/i;
const AGGREGATE_CODE = /^(NL\d{2}|LD\d{2}|PV\d{2}|RE\d{2}|CR\d{2}|CO\d{2}|RP\d{2})$/i;
const AGGREGATE_NAMES = new Set(
	[
		'nederland',
		'noord-nederland',
		'oost-nederland',
		'west-nederland',
		'zuid-nederland',
		'groningen (pv)',
		'friesland',
		'fryslan',
		'drenthe',
		'overijssel',
		'flevoland',
		'gelderland',
		'noord-holland',
		'zuid-holland',
		'zeeland',
		'noord-brabant',
		'limburg'
	].map(normaliseAreaName)
);

export function classifyRegion(label: string, names: NameIndex, gemeenten: ReadonlySet<string>): RegionVerdict {
	const raw = label.trim();
	const code = normaliseAreaCode(raw);
	if (code) {
		if (code.startsWith('GM')) return gemeenten.has(code) ? { kind: 'gemeente', code } : { kind: 'former', label: raw, note: phrase('import.phrase.region.notIn2025') };
		return { kind: 'area', code };
	}
	if (AGGREGATE_SUFFIX.test(raw) || AGGREGATE_CODE.test(raw) || POLICE_AREA.test(raw.trim()) || AGGREGATE_NAMES.has(normaliseAreaName(raw))) return { kind: 'aggregate', label: raw };
	const m = matchName(names, raw);
	if (m.kind === 'match') {
		const e = m.entry;
		if ((e.status === 'current' || e.status === 'renamed') && e.code && gemeenten.has(e.code)) return { kind: 'gemeente', code: e.code };
		// The name table's note is data (Dutch, as CBS writes it); only the fallback is ours to translate.
		return { kind: 'former', label: raw, note: e.note || phrase('import.phrase.region.status', { status: e.status }) };
	}
	if (m.kind === 'ambiguous') return { kind: 'unknown', label: phrase('import.phrase.region.ambiguous', { label: raw }) };
	return { kind: 'unknown', label: raw };
}
