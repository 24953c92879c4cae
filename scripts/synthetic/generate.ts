/**
 * Synthetic data for tests and benchmarks only, never shipped: wijk/buurt-level indicator values and many
 * trajectories with findings, all driven by one latent "problem" factor per gemeente so the gap analysis has
 * structure to find. Every row is marked: indicator ids start with `syn_` and cite source `synthetic`, area codes
 * are made up, trajectory ids start with `syn_`, finding ids with `SYN-`, paraphrases with "[synthetisch]".
 */
import { lensOf } from '../../src/lib/analysis/lens';
import { speakerOf } from '../../src/lib/analysis/perceived';
import { TABLE_SPECS } from '../../src/lib/schema/tables';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, readText, formatNumber } from '../data/io';
import { mulberry32, normal } from './random';
import { CsvWriter } from './writer';

export interface SyntheticOptions {
	readonly scale: number;
	readonly seed: number;
	readonly outDir: string;
	readonly root: string;
}

const INDICATORS = [
	['syn_misdrijven_per_1000', 'per_1000', 'higher_worse', 45, 15],
	['syn_overlast_per_1000', 'per_1000', 'higher_worse', 20, 8],
	['syn_onveilig_pct', 'percent', 'higher_worse', 30, 8],
	['syn_lbm_totaal', 'score', 'lower_worse', 0, 0.1],
	['syn_lbm_veiligheid', 'score', 'lower_worse', 0, 0.08],
	['syn_lbm_fysiek', 'score', 'lower_worse', 0, 0.05],
	['syn_laag_inkomen_pct', 'percent', 'higher_worse', 8, 3],
	['syn_jeugdzorg_pct', 'percent', 'higher_worse', 10, 3],
	['syn_jongeren_pct', 'percent', 'neutral', 12, 2],
	['syn_huur_pct', 'percent', 'neutral', 35, 12]
] as const;
const PERIODS = [2019, 2020, 2021, 2022, 2023];
const GROUPS = ['inwoner', 'jongere', 'ouder', 'ondernemer', 'professional', 'maatschappelijke_organisatie', 'ambtenaar'];
const QUANTIFIERS = ['', '', '', 'veel', 'enkele', 'merendeel', 'sommige'];
const STANCES = ['problem', 'problem', 'problem', 'strength', 'solution'];
/** Values per area: indicators × periods. Scale 1 ≈ 70,000 values and 2,000 findings. */
const AREAS_PER_GEMEENTE_AT_SCALE_1 = 4;
const TRAJECTORIES_AT_SCALE_1 = 20;
const FINDINGS_PER_TRAJECTORY = 100;

export interface SyntheticResult {
	readonly files: Record<string, number>;
}

export function generateSynthetic(o: SyntheticOptions): SyntheticResult {
	mkdirSync(o.outDir, { recursive: true });
	const random = mulberry32(o.seed);
	const gemeenten = parseCsv(readText(join(o.root, 'data/out/gemeenten.csv'))).rows.map((r) => r.cells);
	const themeIds = parseCsv(readText(join(o.root, 'data/out/themes.csv'))).rows.map((r) => r.cells.theme_id!);
	const latent = new Map(gemeenten.map((g) => [g.code!, normal(random)]));
	const files: Record<string, number> = {};

	// Columns in the order of the shipped tables' specs (src/lib/schema/tables.ts); a test types the output against them.
	const indicators = new CsvWriter(join(o.outDir, 'indicators.csv'), TABLE_SPECS.indicators.map((c) => c.name));
	for (const [id, unit, direction] of INDICATORS) {
		indicators.write([id, `[synthetisch] ${id.slice(4)}`, `[synthetic] ${id.slice(4)}`, unit, direction, lensOf({ indicator_id: id, direction }), 'wijk', 'synthetic', '2019-2023', 'Synthetische testwaarde.', 'Synthetic test value.', 'Synthetisch: niet gemeten.']);
	}
	indicators.close();
	files['indicators.csv'] = indicators.rows;

	const values = new CsvWriter(join(o.outDir, 'indicator_values.csv'), ['indicator_id', 'area_code', 'period', 'value', 'status', 'boundary_year', 'source_id']);
	const areasPerGemeente = Math.max(1, Math.round(AREAS_PER_GEMEENTE_AT_SCALE_1 * o.scale));
	for (const g of gemeenten) {
		const gm = g.code!.slice(2);
		for (let a = 0; a < areasPerGemeente; a++) {
			const area = areasPerGemeente > 99 ? `BU${gm}${String(a).padStart(4, '0')}` : `WK${gm}${String(a).padStart(2, '0')}`;
			const factor = latent.get(g.code!)! + normal(random) * 0.5;
			for (const [id, , direction, base, spread] of INDICATORS) {
				const sign = direction === 'lower_worse' ? -1 : 1;
				for (const [i, period] of PERIODS.entries()) {
					const v = base + sign * spread * (factor + 0.05 * i) + normal(random) * spread * 0.2;
					values.write([id, area, period, formatNumber(Math.round(v * 1000) / 1000), '', 2025, 'synthetic']);
				}
			}
		}
	}
	values.close();
	files['indicator_values.csv'] = values.rows;

	const trajectories = new CsvWriter(join(o.outDir, 'trajectories.csv'), TABLE_SPECS.trajectories.map((c) => c.name));
	const conversations = new CsvWriter(join(o.outDir, 'conversations.csv'), TABLE_SPECS.conversations.map((c) => c.name));
	const findings = new CsvWriter(join(o.outDir, 'findings.csv'), TABLE_SPECS.findings.map((c) => c.name));
	const nTrajectories = Math.max(1, Math.round(TRAJECTORIES_AT_SCALE_1 * o.scale));
	let findingNo = 0;
	for (let t = 0; t < nTrajectories; t++) {
		const g = gemeenten[Math.floor(random() * gemeenten.length)]!;
		const id = `syn_${String(t + 1).padStart(6, '0')}`;
		const year = PERIODS[Math.floor(random() * PERIODS.length)]!;
		// Coded "from its own conversations" (reconstructed false), its question not recorded, its source complete.
		trajectories.write([id, g.code, `[synthetisch] traject ${t + 1}`, '[synthetisch] Wat speelt er?', `${year}-03`, `${year}-06`, year, '', '[synthetisch] gegenereerd', 'synthetic', '', '', '', '', '', '', 'true', 'synthetic', 'false']);
		const groups = GROUPS.filter(() => random() < 0.6);
		const sizes = groups.map(() => 1 + Math.floor(random() * 12));
		groups.forEach((group, i) => conversations.write([id, group, sizes[i], '', '[synthetisch]', 'synthetic']));
		const respondents = sizes.reduce((s, n) => s + n, 0);
		// Gemeenten with a high latent factor hear more problems: the gap analysis has structure to find.
		const pressure = 1 / (1 + Math.exp(-latent.get(g.code!)!));
		for (let f = 0; f < FINDINGS_PER_TRAJECTORY; f++) {
			findingNo++;
			const groupIndex = groups.length ? Math.floor(random() * groups.length) : -1;
			const stance = random() < pressure ? 'problem' : STANCES[Math.floor(random() * STANCES.length)]!;
			const quantifier = QUANTIFIERS[Math.floor(random() * QUANTIFIERS.length)]!;
			findings.write([
				`SYN-${String(findingNo).padStart(7, '0')}`,
				id,
				themeIds[Math.floor(random() * themeIds.length)],
				stance,
				1 + Math.floor(random() * 3),
				'',
				groupIndex >= 0 ? speakerOf({ speaker: null, respondent_group: groups[groupIndex]! }) : 'inwoners',
				groupIndex >= 0 ? groups[groupIndex] : '',
				'interview',
				quantifier ? '' : `SYN-R${String(1 + Math.floor(random() * Math.max(1, respondents))).padStart(3, '0')}`,
				quantifier,
				'',
				'',
				'[synthetisch] gegenereerde bevinding',
				'',
				'synthetic'
			]);
		}
	}
	for (const w of [trajectories, conversations, findings]) w.close();
	files['trajectories.csv'] = trajectories.rows;
	files['conversations.csv'] = conversations.rows;
	files['findings.csv'] = findings.rows;

	writeFileSync(join(o.outDir, 'README.md'), `# Synthetic data: not measured, never shipped\n\nGenerated by \`npm run data:synthetic -- --scale ${o.scale} --seed ${o.seed}\` for tests and benchmarks. Every row is marked: indicator ids start with \`syn_\` and cite source \`synthetic\`; area codes are invented; trajectory ids start with \`syn_\`; finding ids with \`SYN-\`; labels and paraphrases with "[synthetisch]". The gemeenten themselves are the real 342 of 2025 (only their codes are used).\n`);
	return { files };
}

/**
 * A StatLine-style CSV export (title lines, `;`, decimal comma, markers, a Bron footer) of about `megabytes` MB:
 * invented buurt codes (BU + a real gemeente's digits + a made-up number) over the years 2000–2024, so the import
 * reads every row as a value; the title says it is synthetic.
 */
export function generateStatline(o: { megabytes: number; seed: number; outDir: string; root: string }): { path: string; rows: number } {
	mkdirSync(o.outDir, { recursive: true });
	const random = mulberry32(o.seed);
	const gms = parseCsv(readText(join(o.root, 'data/out/gemeenten.csv'))).rows.map((r) => r.cells.code!.slice(2));
	const path = join(o.outDir, `statline_${o.megabytes}.csv`);
	const lines: string[] = ['"[synthetisch] Geregistreerde criminaliteit; buurten"', '"Synthetische export voor de benchmark, geen CBS-cijfers"', '', '"Regio\'s";"Perioden";"Misdrijven per 1000 inwoners (per 1 000 inwoners)"'];
	let bytes = lines.join('\n').length;
	let rows = 0;
	writeFileSync(path, lines.join('\n') + '\n');
	let chunk: string[] = [];
	const target = o.megabytes * 1024 * 1024;
	for (let buurt = 0; bytes < target; buurt++) {
		for (const gm of gms) {
			for (let year = 2000; year <= 2024 && bytes < target; year++) {
				const r = random();
				const cell = r < 0.01 ? '.' : r < 0.015 ? 'x' : (20 + random() * 60).toFixed(1).replace('.', ',');
				const line = `"BU${gm}${String(buurt).padStart(4, '0')}";"${year}";"${cell}"`;
				chunk.push(line);
				bytes += line.length + 1;
				rows++;
				if (chunk.length >= 50_000) {
					appendFileSync(path, chunk.join('\n') + '\n');
					chunk = [];
				}
			}
			if (bytes >= target) break;
		}
	}
	appendFileSync(path, chunk.join('\n') + (chunk.length ? '\n' : '') + '"Bron: CBS (synthetisch)"\n');
	return { path, rows };
}
