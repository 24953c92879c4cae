import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS, documentRef, documentTitle } from '../../src/lib/views/documents';

const seedText = (id: string) => {
	const file = readdirSync('data/seeds').find((f) => f.startsWith(`${id}_`))!;
	return readFileSync(`data/seeds/${file}`, 'utf8').replace(/\s+/g, ' ');
};
const refs = (file: string) => readFileSync(file, 'utf8').match(/seed:\d{3}(#[\w.-]+)?/g) ?? [];

describe('document references for readers', () => {
	it('names each document by a title and headings that occur in the document itself', () => {
		for (const [id, doc] of Object.entries(DOCUMENTS)) {
			const text = seedText(id).toLowerCase();
			expect(text, id).toContain(doc.title.toLowerCase());
			for (const heading of Object.values(doc.sections ?? {})) expect(text, `${id}: ${heading}`).toContain(heading.toLowerCase());
		}
	});
	it('turns every reference in the coded data into words, with no seed id left', () => {
		const all = ['data/coded/findings.csv', 'data/coded/trajectories.csv', 'data/coded/programme_findings.csv', 'data/coded/conversations.csv'].flatMap(refs);
		expect(all.length).toBeGreaterThan(50);
		for (const ref of new Set(all)) {
			const nl = documentRef(ref, 'nl');
			expect(nl, ref).not.toMatch(/seed:|#/);
			expect(documentRef(ref, 'en'), ref).not.toMatch(/seed:|#/);
		}
		expect(documentRef('seed:004#5.2.1', 'nl')).toBe('Eindrapportage gemeente Montfoort (eindrapport van Movisie), paragraaf 5.2.1');
		expect(documentRef('seed:003#verhalen;seed:000#baarn', 'nl')).toBe(
			'Movisie ondersteunt gemeente Baarn bij aanpak drugsproblematiek (artikel van Movisie), “De verhalen in Baarn”; Movisie Uitvoering: voorbeeldtrajecten (webpagina van Movisie), “Gemeente Baarn”'
		);
		expect(documentRef('seed:004#3;seed:004#2;seed:004#4;seed:000#montfoort', 'nl')).toBe(
			'Eindrapportage gemeente Montfoort (eindrapport van Movisie), paragrafen 2, 3 en 4; Movisie Uitvoering: voorbeeldtrajecten (webpagina van Movisie), “Gemeente Montfoort”'
		);
		expect(documentTitle('seed:004#5.1')).toBe('Eindrapportage gemeente Montfoort');
	});
});
