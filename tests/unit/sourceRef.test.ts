import { describe, expect, it } from 'vitest';
import { isInternalId, readableRef } from '../../src/lib/views/sourceRef';

describe('an import’s reference as a reader sees it', () => {
	it('names the file and row the user gave, not the stored form', () => {
		expect(readableRef('import:gesprekken zutphen.csv#rij 12')).toBe('eigen import gesprekken zutphen.csv, rij 12');
		expect(readableRef('import:gesprekken.csv', 'en')).toBe('own import gesprekken.csv');
	});
	it('leaves other references and their absence alone', () => {
		expect(readableRef('seed:004#5.2.1')).toBe('seed:004#5.2.1');
		expect(readableRef(null)).toBe(null);
	});
	it('knows the ids Kloofmeter makes for imported rows', () => {
		expect(isInternalId('eigen_imp123-0001')).toBe(true);
		expect(isInternalId('MF-001')).toBe(false);
	});
});
