/** The kind of each figure and what a combination of heard and the kinds means (review §2.4), by hand. */
import { describe, expect, it } from 'vitest';
import { lensOf, lensReading } from '../../../src/lib/analysis/lens';

describe('lens', () => {
	it('knows a model from a registration from context, and keeps a recorded lens', () => {
		expect(lensOf({ indicator_id: 'lbm_veiligheid', direction: 'lower_worse' })).toBe('voorspeld');
		expect(lensOf({ indicator_id: 'misdrijven_per_1000', direction: 'higher_worse' })).toBe('geregistreerd');
		expect(lensOf({ indicator_id: 'bevolking', direction: 'neutral' })).toBe('context');
		expect(lensOf({ indicator_id: 'eigen_vm_onveilig', direction: 'higher_worse', lens: 'ervaren' })).toBe('ervaren');
		expect(lensOf({ indicator_id: 'x', direction: 'higher_worse', lens: 'nonsense' })).toBe('geregistreerd');
	});
	it('reads heard and surveyed high but registered low as "breed ervaren, weinig gemeld", never as exaggeration', () => {
		const r = (lens: 'geregistreerd' | 'ervaren' | 'voorspeld', high: boolean) => ({ lens, high });
		expect(lensReading(true, [r('ervaren', true), r('geregistreerd', false)])).toBe('heard_surveyed_not_registered');
		expect(lensReading(true, [r('ervaren', false), r('geregistreerd', false)])).toBe('heard_group_not_shared');
		expect(lensReading(true, [r('ervaren', true), r('geregistreerd', true)])).toBe('heard_all_high');
		expect(lensReading(true, [r('geregistreerd', true)])).toBe('heard_registered_only');
		expect(lensReading(true, [r('geregistreerd', false), r('voorspeld', false)])).toBe('heard_not_in_figures');
		expect(lensReading(true, [r('voorspeld', true)])).toBe('heard_model_only');
		expect(lensReading(false, [r('ervaren', true), r('geregistreerd', false)])).toBe('notheard_surveyed_high');
		expect(lensReading(false, [r('geregistreerd', true)])).toBe('notheard_registered_high');
		expect(lensReading(false, [r('geregistreerd', false)])).toBeNull();
		expect(lensReading(true, [])).toBeNull();
	});
});
