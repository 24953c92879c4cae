/**
 * A chart as a file that stands on its own: the drawn SVG(s) with the title above and the caption (which names the
 * sources) and the date below, so a saved image keeps its context in a report or a slide. Composition is pure text
 * and tested; only `toPng` needs a browser.
 */
export interface ExportPart {
	/** Markup of one <svg> Plot drew (a chart with a legend has two). */
	readonly markup: string;
	readonly width: number;
	readonly height: number;
}

export interface ExportMeta {
	readonly title: string;
	readonly caption: string;
	/** e.g. "Kloofmeter · 28 november 2026". */
	readonly footer: string;
}

const PAD = 16;
const TITLE_SIZE = 18;
const TEXT_SIZE = 12;
const LINE = 1.35;

export function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Greedy word wrap at roughly `maxChars` per line (the image has no layout engine to do it). */
export function wrapText(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && (line + ' ' + word).length > maxChars) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

export function composeSvg(parts: readonly ExportPart[], meta: ExportMeta): string {
	const width = Math.max(480, ...parts.map((p) => p.width)) + 2 * PAD;
	const chars = Math.floor((width - 2 * PAD) / (TITLE_SIZE * 0.55));
	const titleLines = wrapText(meta.title, chars);
	const captionLines = wrapText(meta.caption, Math.floor((width - 2 * PAD) / (TEXT_SIZE * 0.55)));
	let y = PAD;
	const out: string[] = [];
	const text = (lines: string[], size: number, weight: number, fill: string) => {
		for (const l of lines) {
			y += size * LINE;
			out.push(`<text x="${PAD}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(l)}</text>`);
		}
	};
	text(titleLines, TITLE_SIZE, 700, '#111827');
	y += PAD / 2;
	for (const p of parts) {
		const inner = p.markup.replace(/^<svg\b/, `<svg x="${PAD}" y="${y.toFixed(1)}"`);
		out.push(inner);
		y += p.height + PAD / 2;
	}
	text(captionLines, TEXT_SIZE, 400, '#374151');
	text([meta.footer], TEXT_SIZE, 600, '#374151');
	y += PAD;
	const height = Math.ceil(y);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">`,
		`<rect width="100%" height="100%" fill="white"/>`,
		...out,
		'</svg>'
	].join('\n');
}

/** A file name from the title: lower case, ASCII, dashes; the date keeps versions apart. */
export function exportFileName(title: string, isoDate: string, ext: 'svg' | 'png' | 'csv'): string {
	const slug = title
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60);
	return `kloofmeter-${slug || 'grafiek'}-${isoDate}.${ext}`;
}

/** Rasterises the composed SVG at twice its size, so the image stays sharp on a projector. */
export async function toPng(svg: string, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = new Image();
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.ceil(img.width * scale);
		canvas.height = Math.ceil(img.height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('Geen tekenvlak beschikbaar voor PNG.');
		ctx.scale(scale, scale);
		ctx.drawImage(img, 0, 0);
		return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG kon niet worden gemaakt.'))), 'image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}
