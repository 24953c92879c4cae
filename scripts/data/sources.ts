/**
 * The upstream files the build reads (under data/sources, copied unchanged from ../shared/data) and the
 * out/sources.csv catalogue: one row per source table, with the repository copy it came through.
 */
export const FILES = {
	boundaries2025: 'boundaries/gemeente_2025_simplified.geojson',
	crime2010: 'crime/misdrijven_totaal_gemeente_2010_2020_83648NED.csv',
	crime2022geo: 'crime/crime_2022_gemeente_83648NED.geojson',
	crime47013: 'crime/misdrijven_totaal_gemeente_2022_2023_47013NED.csv',
	gemeenten2024: 'gemeenten/gemeenten_2024_code_naam_provincie_bevolking.csv',
	kwb2019: 'kwb/kwb2019_gemeente_bevolking.csv',
	kwb2021: 'kwb/kwb2021_gemeente_flat.csv',
	kwb2024: 'kwb/kwb2024_gemeente_wijk_basis.csv',
	lbmGemeente: 'leefbaarometer/lbm2_dimensiescore_gemeente_stand.csv',
	lbmWijk: 'leefbaarometer/lbm2_dimensiescore_wijk_stand.csv'
} as const;

export const CREDIT =
	'Bronnen: CBS open data (CC BY 4.0); Politie/CBS; Leefbaarometer 2.0 (Ministerie van BZK / RIGO); ' +
	'PDOK/CBS gebiedsindelingen.';

export interface SourceRow {
	readonly source_id: string;
	readonly publisher: string;
	readonly table_id: string;
	readonly title: string;
	readonly licence: string;
	readonly url: string;
	readonly via: string;
	readonly caveat_nl: string;
}

const CBS_LICENCE = 'CC BY 4.0';

export const SOURCES: readonly SourceRow[] = [
	{
		source_id: 'cbs_83648ned_2010_2020',
		publisher: 'CBS',
		table_id: '83648NED',
		title: 'Geregistreerde criminaliteit; soort misdrijf, regio (Misdrijven, totaal; gemeenten 2010-2020)',
		licence: CBS_LICENCE,
		url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/83648NED',
		via: 'MarkYonan238/Dashboard-Misdrijven voorspelmodel.csv @59a5d1a2ef296f888c9cb1befc25e52a31e2a5b6',
		caveat_nl:
			'Op gemeentenaam, niet op code; elk jaar in de indeling van dat jaar. De kopie bevat niet alle gemeenten ' +
			'(o.a. Almere, Breda, Utrecht ontbreken) en schrijft ontbrekende waarden als 0; die tellen hier als ontbrekend. ' +
			'CBS rondt aantallen af op vijftallen.'
	},
	{
		source_id: 'cbs_83648ned_2022',
		publisher: 'CBS',
		table_id: '83648NED',
		title: 'Geregistreerde criminaliteit; soort misdrijf, regio (Misdrijven, totaal; gemeenten 2022)',
		licence: CBS_LICENCE,
		url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/83648NED',
		via: 'Matthijsvz88/Dashboard-crime-NL data/dataframe.geojson @4c4ad10d22a5501b49a54aaeba4214e059833417',
		caveat_nl:
			'Indeling van 1 januari 2022 (345 gemeenten, Weesp nog apart). Of 2022 bij het kopiëren al definitief was, ' +
			'is onbekend.'
	},
	{
		source_id: 'politie_47013ned',
		publisher: 'Politie / CBS',
		table_id: '47013NED',
		title: 'Geregistreerde misdrijven en aangiften; soort misdrijf, gemeente (Totaal misdrijven, 2022-2023)',
		licence: CBS_LICENCE,
		url: 'https://data.politie.nl/#/Politie/nl/dataset/47013NED',
		via: 'Sophie-Thoolen/Group-1-7---Criminaliteit-en- data/misdrijven_2022_2023.csv @cfedc37845edda6bee3bd5d2cb4dc100ea31a32b',
		caveat_nl:
			'Op naam, in de huidige indeling. Politiecijfers worden na afloop van een jaar nog bijgewerkt en wijken daardoor ' +
			'iets af van CBS 83648NED; 2023 geldt hier als voorlopig.'
	},
	{
		source_id: 'cbs_84583ned',
		publisher: 'CBS',
		table_id: '84583NED',
		title: 'Kerncijfers wijken en buurten 2019 (gemeenten: bevolking)',
		licence: CBS_LICENCE,
		url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/84583NED',
		via: 'ujjwalx/dsa2022 kwb-2019.csv @6e65c95c96b707b1ab2f53365074e9fb3467531c',
		caveat_nl: 'Indeling 2019 (355 gemeenten); inwoners op 1 januari 2019.'
	},
	{
		source_id: 'cbs_85039ned',
		publisher: 'CBS',
		table_id: '85039NED',
		title: 'Kerncijfers wijken en buurten 2021 (gemeenten)',
		licence: CBS_LICENCE,
		url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/85039NED',
		via: 'RishikeshGovind/nlstat data/nl_data.json @31442b1232d12fa414b7686c7e38960eba755dc0 (platgeslagen tot kwb2021_gemeente_flat.csv)',
		caveat_nl:
			'Indeling 2021 (352 gemeenten). Een deel van de percentages is door nlstat berekend uit CBS-aantallen ' +
			'(afgerond op 2 decimalen); de kolom "Population density" is de omgevingsadressendichtheid.'
	},
	{
		source_id: 'cbs_85984ned',
		publisher: 'CBS',
		table_id: '85984NED',
		title: 'Kerncijfers wijken en buurten 2024 (gemeenten en wijken: inwoners, oppervlakte, dichtheid)',
		licence: CBS_LICENCE,
		url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/85984NED',
		via:
			'niquedegraaff/Wikipedia-Generator-CBS-Kerncijfers-Wijken-en-Buurten 2024/cbs_data/stripped_filtered_data_2024.json ' +
			'@5598198273babd9816e156b4eeb43626f351a17f (als csv: kwb2024_gemeente_wijk_basis.csv)',
		caveat_nl: 'Indeling 2024 (= 2025, 342 gemeenten); inwoners op 1 januari 2024; oppervlakte in hectare.'
	},
	{
		source_id: 'cbs_gemeenten_2024',
		publisher: 'CBS',
		table_id: '',
		title: 'Gemeenten 2024: code, naam, provincie',
		licence: CBS_LICENCE,
		url: 'https://www.cbs.nl/nl-nl/onze-diensten/methoden/classificaties/overig/gemeentelijke-indelingen-per-jaar',
		via: 'Lars-Janssen/Lars-Janssen.github.io gdf.csv @935c4436aed77738b9b47aaa936d2615c3956ccc',
		caveat_nl: 'Alleen code, naam en provincie gebruikt; de kolom Bevolkingsdichtheid is een eigen bewerking van de repository.'
	},
	{
		source_id: 'pdok_gemeente_2025',
		publisher: 'PDOK / CBS',
		table_id: 'gemeente_gegeneraliseerd',
		title: 'CBS gebiedsindelingen: gemeentegrenzen 2025 (sterk vereenvoudigd)',
		licence: CBS_LICENCE,
		url: 'https://service.pdok.nl/cbs/gebiedsindelingen/2025/wfs/v1_0',
		via: 'Lars-Janssen/Lars-Janssen.github.io gemeente_2025.geojson @935c4436aed77738b9b47aaa936d2615c3956ccc',
		caveat_nl: 'Coördinaten op 3 decimalen (circa 100 m); geschikt voor een overzichtskaart, niet voor metingen.'
	},
	{
		source_id: 'lbm2_2016',
		publisher: 'Ministerie van BZK / RIGO',
		table_id: 'Leefbaarometer 2.0',
		title: 'Leefbaarometer 2.0, dimensiescores gemeente en wijk (meting 2016; jaren 2012, 2014, 2016)',
		licence: 'open data (BZK); kopie: Unlicense',
		url: 'https://www.leefbaarometer.nl',
		via: 'koenkoen1/minorproject data/Gemeente|Wijk/dimensiescore_*(stand).xlsx @86b4d4fcd3ada2fc745a4491067f181372f2b67c',
		caveat_nl:
			'Versie 2.0, niet 3.0: scores zijn afwijkingen van een landelijke referentie volgens een voorspelmodel, geen ' +
			'oordeel van bewoners. Indeling 2016 voor gemeenten én wijken; wijken van 2016 komen niet overeen met die van nu.'
	}
];
