import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../src/lib/analysis/classify';
import { NO_FILTERS } from '../../src/lib/schema/filters';
import { filtersFromParams, filtersToParams, referenceFromParams, thresholdsFromParams } from '../../src/lib/state/params';

const p = (s: string) => new URLSearchParams(s);

describe('selections in the query string', () => {
	it('reads filters, with Dutch stance names, and writes them back without defaults', () => {
		const f = filtersFromParams(p('groep=inwoner&houding=oplossing&bron=interview&jaar=2021'));
		expect(f).toEqual({ group: 'inwoner', stance: 'solution', sourceType: 'interview', year: 2021 });
		expect(filtersToParams(f)).toEqual({ groep: 'inwoner', houding: 'oplossing', bron: 'interview', jaar: '2021' });
		expect(filtersToParams(NO_FILTERS)).toEqual({ groep: null, houding: null, bron: null, jaar: null });
	});
	it('falls back to the defaults on anything unreadable', () => {
		expect(filtersFromParams(p('houding=boos&jaar=twintig&groep='))).toEqual(NO_FILTERS);
		expect(thresholdsFromParams(p('gehoord=150&hoog=abc'))).toEqual(DEFAULT_THRESHOLDS);
		// "niet" would make every theme heard: not a threshold.
		expect(thresholdsFromParams(p('gehoord=niet'))).toEqual(DEFAULT_THRESHOLDS);
		expect(referenceFromParams(p('referentie=iets'))).toBe('all');
	});
	it('reads the heard threshold as a step of the scale, "high" as a whole percentage, and the peer reference set', () => {
		expect(thresholdsFromParams(p('gehoord=een_aantal&hoog=50'))).toMatchObject({ heardLevel: 3, high: 0.5 });
		expect(thresholdsFromParams(p('gehoord=rode_draad'))).toMatchObject({ heardLevel: 6 });
		expect(referenceFromParams(p('referentie=peers'))).toBe('peers');
	});
});
