/**
 * out/indicators.csv: one row per indicator. Labels, units, directions and texts live here; source_ids and periods
 * are read off the values, so the catalogue cannot promise what the data does not hold.
 */
import { lensOf } from '../../src/lib/analysis/lens';
import { sortBy, yearRanges, type Cell } from './io';
import type { Value } from './model';

export const INDICATOR_FIELDS = ['indicator_id', 'label_nl', 'label_en', 'unit', 'direction', 'lens', 'area_level', 'source_ids', 'periods', 'description_nl', 'description_en', 'caveat_nl'];

interface Def {
	label_nl: string;
	label_en: string;
	/** SCHEMA units, plus per_km2 for the two densities (the SCHEMA list has no unit for them). */
	unit: 'count' | 'per_1000' | 'percent' | 'score' | 'euro_1000' | 'km2' | 'persons' | 'class' | 'per_km2';
	direction: 'higher_worse' | 'lower_worse' | 'neutral';
	area_level: 'gemeente' | 'wijk';
	description_nl: string;
	description_en: string;
	caveat_nl: string;
	/** Sources used for a denominator or base year, listed in source_ids next to the values' own sources. */
	also?: string[];
}

const NLSTAT = 'Door nlstat berekend uit CBS-aantallen in KWB 2021 (aantal / inwoners, afgerond op 2 decimalen); CBS rondt de aantallen zelf af.';
const KWB_DIRECT = 'Rechtstreeks uit CBS KWB 2021 (85039NED) via de nlstat-kopie.';
const MERGED = 'Gemeenten die na 1 januari 2021 zijn samengevoegd ontbreken, behalve waar het cijfer met inwonersgewichten te combineren is.';
const INCOME = 'Inkomenscijfers in de KWB lopen enkele jaren achter op het peiljaar van de editie.';
const LBM_CAVEAT =
	'Leefbaarometer 2.0 (niet 3.0): een voorspelmodel, afwijking van een landelijke referentie, geen oordeel van bewoners en geen oorzaak. ' +
	'Alle jaren in de indeling van 2016; gemeenten die sindsdien veranderden ontbreken. Wijkcodes van 2016 komen niet overeen met de wijken van nu.';

const lbm = (dim: string, dimEn: string): Def => ({
	label_nl: `Leefbaarometer 2.0: ${dim}`,
	label_en: `Leefbaarometer 2.0: ${dimEn}`,
	unit: 'score',
	direction: 'lower_worse',
	area_level: 'wijk',
	description_nl: `Score ${dim} (afwijking van het landelijk gemiddelde; negatief = minder leefbaar). Voor gemeenten en wijken (area_level wijk = fijnste niveau).`,
	description_en: `Score ${dimEn} (deviation from the national reference; negative = less liveable). For gemeenten and wijken (area_level wijk = finest level).`,
	caveat_nl: LBM_CAVEAT
});

const kwb = (label_nl: string, label_en: string, unit: Def['unit'], direction: Def['direction'], how: string, extra = ''): Def => ({
	label_nl,
	label_en,
	unit,
	direction,
	area_level: 'gemeente',
	description_nl: `${label_nl} (KWB 2021). ${how}`,
	description_en: `${label_en} (CBS key figures 2021).`,
	caveat_nl: `${MERGED}${extra ? ` ${extra}` : ''}`
});

export const DEFS: Record<string, Def> = {
	misdrijven_totaal: {
		label_nl: 'Geregistreerde misdrijven',
		label_en: 'Registered crimes',
		unit: 'count',
		direction: 'higher_worse',
		area_level: 'gemeente',
		description_nl: 'Totaal geregistreerde misdrijven. 2010-2020 CBS 83648NED (op naam, aantallen afgerond op 5; bij volledige samenvoegingen opgeteld over de voorgangers); 2022-2023 Politie 47013NED in de huidige indeling.',
		description_en: 'Total registered crimes. 2010-2020 CBS 83648NED (summed over predecessors for full mergers); 2022-2023 Police 47013NED.',
		caveat_nl: 'De bronnen verschillen iets: voor 2022 wijken CBS (83648NED) en Politie (47013NED) gewoonlijk enkele procenten af; 2023 is voorlopig. 2021 ontbreekt in de bronnen.'
	},
	misdrijven_per_1000: {
		label_nl: 'Geregistreerde misdrijven per 1.000 inwoners',
		label_en: 'Registered crimes per 1,000 inhabitants',
		unit: 'per_1000',
		direction: 'higher_worse',
		area_level: 'gemeente',
		description_nl: 'CBS-ratio (83648NED, noemer: inwoners op 1 januari van het jaar) voor 2010-2020 en 2022. Samengevoegde gemeenten 2019: opgeteld aantal / opgetelde inwoners 1-1-2019 (KWB 2019). 2023: aantal Politie 47013NED / inwoners 1-1-2024 (KWB 2024).',
		description_en: 'CBS rate (83648NED, denominator: population on 1 January) for 2010-2020 and 2022; 2023 computed as Police 47013NED count / population on 1 January 2024 (KWB 2024).',
		also: ['cbs_84583ned', 'cbs_85984ned'],
		caveat_nl: '2023 is een benadering: de inwoners op 1 januari 2023 ontbreken, de noemer is die van 1 januari 2024 (de ratio valt daardoor iets lager uit); voorlopig. Ratio’s zijn onrustig bij kleine gemeenten; niet gemiddeld over samengevoegde gemeenten.'
	},
	lbm_totaal: lbm('totaalscore', 'total score'),
	lbm_woningen: lbm('woningvoorraad', 'housing stock'),
	lbm_bewoners: lbm('bewoners', 'residents'),
	lbm_voorzieningen: lbm('voorzieningen', 'amenities'),
	lbm_veiligheid: lbm('veiligheid', 'safety'),
	lbm_fysiek: lbm('fysieke omgeving', 'physical environment'),
	bevolking: {
		label_nl: 'Inwoners',
		label_en: 'Inhabitants',
		unit: 'persons',
		direction: 'neutral',
		area_level: 'gemeente',
		description_nl: 'Inwoners op 1 januari (KWB 2019, 2021, 2024). Bij volledige samenvoegingen opgeteld over de voorgangers.',
		description_en: 'Inhabitants on 1 January (KWB 2019, 2021, 2024), summed over predecessors for full mergers.',
		caveat_nl: 'Gemeenten die een deel van een gesplitste gemeente kregen (Haaren, 2021) ontbreken voor 2019.'
	},
	bevolkingsgroei_pct: {
		label_nl: 'Bevolkingsgroei sinds 2019 (%)',
		label_en: 'Population growth since 2019 (%)',
		unit: 'percent',
		direction: 'neutral',
		area_level: 'gemeente',
		description_nl: 'Groei van het aantal inwoners van 1 januari 2019 (basisjaar, KWB 2019; voorgangers opgeteld) tot 1 januari 2024 (KWB 2024), in procenten. Periode 2024.',
		description_en: 'Growth of inhabitants from 1 January 2019 (base year) to 1 January 2024, percent.',
		also: ['cbs_84583ned'],
		caveat_nl: 'Ontbreekt voor Boxtel, Oisterwijk, Tilburg en Vught (kregen in 2021 een deel van Haaren).'
	},
	jongeren_15_24_pct: kwb('Aandeel inwoners 15-24 jaar (%)', 'Share of inhabitants aged 15-24 (%)', 'percent', 'neutral', NLSTAT),
	kinderen_0_14_pct: kwb('Aandeel inwoners 0-14 jaar (%)', 'Share of inhabitants aged 0-14 (%)', 'percent', 'neutral', NLSTAT),
	ouderen_65plus_pct: kwb('Aandeel inwoners 65 jaar en ouder (%)', 'Share of inhabitants aged 65+ (%)', 'percent', 'neutral', NLSTAT),
	eenpersoonshuishoudens_pct: kwb('Aandeel eenpersoonshuishoudens (%)', 'Share of single-person households (%)', 'percent', 'neutral', 'Door nlstat berekend: eenpersoonshuishoudens / alle huishoudens (KWB 2021).'),
	huishoudgrootte_gem: kwb('Gemiddelde huishoudensgrootte', 'Average household size', 'persons', 'neutral', KWB_DIRECT),
	laag_inkomen_pct: kwb('Huishoudens met een laag inkomen (%)', 'Households with a low income (%)', 'percent', 'higher_worse', KWB_DIRECT, INCOME),
	sociaal_minimum_pct: kwb('Huishoudens tot of rond het sociaal minimum (%)', 'Households at or around the social minimum (%)', 'percent', 'higher_worse', KWB_DIRECT, INCOME),
	bijstand_per_1000: kwb('Personen met bijstand per 1.000 inwoners', 'Persons on social assistance per 1,000 inhabitants', 'per_1000', 'higher_worse', 'Door nlstat berekend: personen met bijstand / inwoners × 1.000 (KWB 2021); nlstat laat 0 weg.'),
	jeugdzorg_pct: kwb('Jongeren met jeugdzorg (%)', 'Young people receiving youth care (%)', 'percent', 'higher_worse', KWB_DIRECT),
	wmo_per_1000: kwb('Wmo-cliënten per 1.000 inwoners', 'Wmo clients per 1,000 inhabitants', 'per_1000', 'neutral', KWB_DIRECT),
	huurwoningen_pct: kwb('Aandeel huurwoningen (%)', 'Share of rented dwellings (%)', 'percent', 'neutral', KWB_DIRECT),
	sociale_huur_pct: kwb('Aandeel woningen van een woningcorporatie (%)', 'Share of dwellings owned by housing associations (%)', 'percent', 'neutral', `${KWB_DIRECT} Percentage van de hele woningvoorraad, niet van de huurwoningen.`),
	woz_gem: kwb('Gemiddelde WOZ-waarde (× € 1.000)', 'Average WOZ value (× € 1,000)', 'euro_1000', 'neutral', KWB_DIRECT),
	inkomen_per_inwoner: kwb('Gemiddeld inkomen per inwoner (× € 1.000)', 'Average income per inhabitant (× € 1,000)', 'euro_1000', 'lower_worse', KWB_DIRECT, INCOME),
	stedelijkheid: kwb('Mate van stedelijkheid (1 = zeer sterk … 5 = niet)', 'Degree of urbanisation (1 = very strong … 5 = none)', 'class', 'neutral', KWB_DIRECT),
	adressendichtheid: kwb('Omgevingsadressendichtheid (adressen per km²)', 'Address density (addresses per km²)', 'per_km2', 'neutral', 'CBS Omgevingsadressendichtheid_117; in de nlstat-kopie ten onrechte "Population density" genoemd.'),
	bevolkingsdichtheid: {
		label_nl: 'Bevolkingsdichtheid (inwoners per km² land)',
		label_en: 'Population density (inhabitants per km² land)',
		unit: 'per_km2',
		direction: 'neutral',
		area_level: 'gemeente',
		description_nl: 'CBS KWB 2024, Bevolkingsdichtheid: inwoners op 1 januari 2024 per km² land.',
		description_en: 'CBS key figures 2024: inhabitants per km² of land, 1 January 2024.',
		caveat_nl: ''
	}
};

export function catalogueCells(values: readonly Value[]): Cell[][] {
	const ids = Object.keys(DEFS);
	for (const v of values) if (!DEFS[v.indicator_id]) throw new Error(`Indicator ${v.indicator_id} heeft geen catalogusregel`);
	return sortBy(ids, (id) => id).map((id) => {
		const d = DEFS[id]!;
		const own = values.filter((v) => v.indicator_id === id);
		const sources = [...new Set([...own.map((v) => v.source_id), ...(d.also ?? [])])].sort().join(';');
		return [id, d.label_nl, d.label_en, d.unit, d.direction, lensOf({ indicator_id: id, direction: d.direction }), d.area_level, sources, yearRanges(own.map((v) => v.period)), d.description_nl, d.description_en, d.caveat_nl];
	});
}
