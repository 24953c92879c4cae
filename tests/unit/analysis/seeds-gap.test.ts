/**
 * The seed gemeenten's stories, as the shipped data and the method tell them. The reports say that in Montfoort and
 * Lansingerland residents' experience ran ahead of the registered figures: the method must show that as a
 * perception gap, and show the themes the figures cannot see as blind spots in the figures.
 */
import { describe, expect, it } from 'vitest';
import { gapPage } from '../../../src/lib/data/gap.server';

const klass = (code: string, theme: string, set: 'all' | 'peers' = 'all') =>
	gapPage(code)!.gap[set].find((g) => g.themeId === theme)?.classification.gapClass;

describe('the gap for the seed gemeenten', () => {
	it('has no gap for a gemeente without a trajectory', () => {
		expect(gapPage('GM0014')).toBeNull();
	});
	it('Montfoort: youth nuisance heard but not in the figures; trust in the gemeente a blind spot in the figures', () => {
		expect(klass('GM0335', 'jeugdoverlast')).toBe('perception_gap');
		expect(klass('GM0335', 'vandalisme_bedreiging')).toBe('perception_gap');
		expect(klass('GM0335', 'vertrouwen_gemeente')).toBe('no_measurement');
	});
	it('Montfoort among its peers: the same crime rate ranks high, and the class changes with the reference set', () => {
		const peers = gapPage('GM0335')!.gap.peers.find((g) => g.themeId === 'jeugdoverlast')!;
		expect(peers.measured.positions.find((p) => p.indicatorId === 'misdrijven_per_1000')!.referenceSize).toBe(11);
		expect(klass('GM0335', 'jeugdoverlast', 'peers')).toBe('confirmed');
	});
	it('Baarn: drugs heard widely, and no indicator can see it', () => {
		expect(klass('GM0308', 'drugs')).toBe('no_measurement');
	});
	it('Lansingerland: youth nuisance heard, the registered figures low', () => {
		expect(klass('GM1621', 'jeugdoverlast')).toBe('perception_gap');
	});
});
