/** Strings of the gemeente pages. Merged into the one dictionary in messages.ts. */
export const nl = {
	'gemeente.back': 'Alle gemeenten',
	'gemeente.facts': '{province} · {inhabitants} inwoners (1 januari 2024) · {area} km² land · {density} inwoners per km²',
	'gemeente.noTrajectory.title': 'Nog geen veldtraject',
	'gemeente.noTrajectory.body':
		'Voor deze gemeente zijn geen bevindingen uit gesprekken geladen. Hieronder staat wat de cijfers meten. Heeft u bevindingen uit een eigen traject? Importeer ze op de datapagina; dan verschijnt hier de kloof tussen beleving en cijfers.',
	'gemeente.noTrajectory.import': 'Naar de datapagina',
	'gemeente.profile.title': 'Wat de cijfers meten',
	'gemeente.profile.intro': 'De meest recente waarde van elke indicator voor deze gemeente. Klik op het i-teken voor bron, periode en status.',
	'gemeente.profile.problems': 'Indicatoren met een richting (hoger of lager is ongunstiger)',
	'gemeente.profile.context': 'Kenmerken (geen richting)',
	'gemeente.profile.indicator': 'Indicator',
	'gemeente.profile.value': 'Waarde',
	'gemeente.profile.period': 'Jaar',
	'gemeente.profile.noValue': 'Voor deze gemeente is geen waarde gemeten',
	'provenance.button': 'Herkomst van {label}',
	'provenance.source': 'Bron',
	'provenance.period': 'Periode',
	'provenance.boundary': 'Gemeentelijke indeling',
	'provenance.status': 'Status',
	'provenance.statusUnknown': 'niet vermeld',
	'provenance.licence': 'Licentie',
	'provenance.caveat': 'Let op',
	'provenance.close': 'Sluiten'
} as const;

export const en: Record<keyof typeof nl, string> = {
	'gemeente.back': 'All municipalities',
	'gemeente.facts': '{province} · {inhabitants} inhabitants (1 January 2024) · {area} km² land · {density} inhabitants per km²',
	'gemeente.noTrajectory.title': 'No field trajectory yet',
	'gemeente.noTrajectory.body':
		'No findings from conversations are loaded for this municipality. Below is what the figures measure. Do you have findings from your own trajectory? Import them on the data page; the gap between perception and figures then appears here.',
	'gemeente.noTrajectory.import': 'To the data page',
	'gemeente.profile.title': 'What the figures measure',
	'gemeente.profile.intro': 'The latest value of every indicator for this municipality. Click the i sign for source, period and status.',
	'gemeente.profile.problems': 'Indicators with a direction (higher or lower is less favourable)',
	'gemeente.profile.context': 'Characteristics (no direction)',
	'gemeente.profile.indicator': 'Indicator',
	'gemeente.profile.value': 'Value',
	'gemeente.profile.period': 'Year',
	'gemeente.profile.noValue': 'No value measured for this municipality',
	'provenance.button': 'Provenance of {label}',
	'provenance.source': 'Source',
	'provenance.period': 'Period',
	'provenance.boundary': 'Municipal boundaries',
	'provenance.status': 'Status',
	'provenance.statusUnknown': 'not stated',
	'provenance.licence': 'Licence',
	'provenance.caveat': 'Note',
	'provenance.close': 'Close'
};
