/** Strings for outliers said aloud (analysis/outliers.ts): map, strip, ranking and the method page. */
export const nl = {
	'outliers.jump': '{count} in {period} tegen {against}: een sprong in één jaar',
	'outliers.small': 'berekend op {inhabitants} inwoners: een kleine noemer',
	'outliers.and': 'en',
	'outliers.label': 'Let op',
	'outliers.value': 'Waarde',
	'outliers.heading': 'Uitschieters',
	'outliers.item': '{name}: {value} ({note}).',
	'outliers.clipped': 'De as van de strook loopt niet tot zo’n waarde mee; die staat aan de rand, met het echte cijfer erbij.',
	'outliers.rank': 'let op: {note}'
};

export const en: Record<keyof typeof nl, string> = {
	'outliers.jump': '{count} in {period} against {against}: a jump in one year',
	'outliers.small': 'computed on {inhabitants} inhabitants: a small denominator',
	'outliers.and': 'and',
	'outliers.label': 'Note',
	'outliers.value': 'Value',
	'outliers.heading': 'Outliers',
	'outliers.item': '{name}: {value} ({note}).',
	'outliers.clipped': 'The strip’s axis does not stretch to such a value; it sits at the edge, with its real figure written.',
	'outliers.rank': 'note: {note}'
};
