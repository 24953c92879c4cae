/** Strings of the overview (/). Merged into the one dictionary in messages.ts. */
export const nl = {
	'overview.loaded':
		'Geladen: {indicators} indicatoren met {values} waarden, en {trajectories} veldtrajecten met {findings} bevindingen in {themes} thema’s.',
	'overview.indicator': 'Indicator op de kaart',
	'overview.period': 'Jaar',
	'overview.map.title': '{label}, {period}',
	'overview.map.caption':
		'Vijf klassen met elk een vijfde van de gemeenten. {direction} Wit met stippellijn: geen cijfer. Zwart omlijnd: gemeenten met een veldtraject. Bron: {sources}.',
	'overview.map.missing': 'geen cijfer',
	'overview.map.direction.higher_worse': 'Donkerder is ongunstiger (een hoger cijfer).',
	'overview.map.direction.lower_worse': 'Donkerder is ongunstiger (een lager cijfer).',
	'overview.map.direction.neutral': 'Donkerder is een hoger cijfer; deze indicator heeft geen gunstige of ongunstige richting.',
	'overview.map.summary': '{with} van de {total} gemeenten hebben een cijfer; de middelste waarde is {median}.',
	'overview.strip.title': 'Dezelfde cijfers per provincie',
	'overview.strip.caption': 'Elke stip is een gemeente (indeling 2025). Oranje: gemeenten met een veldtraject en de gezochte gemeente.',
	'overview.search': 'Zoek een gemeente op de kaart',
	'overview.strip.summary': 'Van {low} in {lowName} tot {high} in {highName}.',
	'overview.selected.value': '{name}: {value}',
	'overview.selected.rank': 'plaats {rank} van {n} (1 = hoogste cijfer)',
	'overview.selected.open': 'Naar de pagina van {name}',
	'overview.selected.clear': 'Wis',
	'overview.table.gemeente': 'Gemeente',
	'overview.table.province': 'Provincie',
	'overview.table.value': 'Waarde'
} as const;

export const en: Record<keyof typeof nl, string> = {
	'overview.loaded': 'Loaded: {indicators} indicators with {values} values, and {trajectories} field trajectories with {findings} findings in {themes} themes.',
	'overview.indicator': 'Indicator on the map',
	'overview.period': 'Year',
	'overview.map.title': '{label}, {period}',
	'overview.map.caption':
		'Five classes, each holding a fifth of the municipalities. {direction} White with dotted outline: no figure. Outlined in black: municipalities with a field trajectory. Source: {sources}.',
	'overview.map.missing': 'no figure',
	'overview.map.direction.higher_worse': 'Darker is less favourable (a higher figure).',
	'overview.map.direction.lower_worse': 'Darker is less favourable (a lower figure).',
	'overview.map.direction.neutral': 'Darker is a higher figure; this indicator has no favourable or unfavourable direction.',
	'overview.map.summary': '{with} of the {total} municipalities have a figure; the median is {median}.',
	'overview.strip.title': 'The same figures by province',
	'overview.strip.caption': 'Each dot is a municipality (2025 boundaries). Orange: municipalities with a field trajectory and the one searched for.',
	'overview.search': 'Find a municipality on the map',
	'overview.strip.summary': 'From {low} in {lowName} to {high} in {highName}.',
	'overview.selected.value': '{name}: {value}',
	'overview.selected.rank': 'rank {rank} of {n} (1 = highest figure)',
	'overview.selected.open': 'Go to the page of {name}',
	'overview.selected.clear': 'Clear',
	'overview.table.gemeente': 'Municipality',
	'overview.table.province': 'Province',
	'overview.table.value': 'Value'
};
