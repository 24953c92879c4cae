/**
 * The name an imported figure is proposed under. StatLine puts the download in the title ("…; soort misdrijf,
 * gemeente 2026" for figures of 2022 and 2023, or "(download 12-03-2024)"): that is when the file was fetched, not
 * what it measures, and it must not become the indicator's name. A trailing year is dropped only when it is later
 * than every period the file holds; an edition year ("Kerncijfers wijken en buurten 2024" with 2024 figures) stays.
 */
const DOWNLOAD = /\s*[;,(]?\s*(?:ge)?download(?:ed)?(?:\s+(?:op|on))?\s*:?\s*[\d\s./-]*\)?\s*$/i;
const DATE = /\s*[;,(]\s*\d{1,2}[-./]\d{1,2}[-./]\d{4}\)?\s*$/;
const YEAR = /\s*[;,]?\s+((?:19|20)\d\d)\s*$/;

export function cleanStatlineTitle(title: string, periods: readonly number[]): string {
	let t = title.trim().replace(DOWNLOAD, '').replace(DATE, '');
	const year = YEAR.exec(t);
	if (year && periods.length > 0 && Number(year[1]) > Math.max(...periods)) t = t.slice(0, year.index);
	return t.replace(/[\s;,]+$/, '').trim() || title.trim();
}

/** The proposed name: the file's title without its download stamp, else the file name without its extension. */
export function defaultIndicatorLabel(title: string | null, fileName: string, periods: readonly number[], max = 80): string {
	const base = title ? cleanStatlineTitle(title, periods) : fileName.replace(/\.[^.]+$/, '');
	return base.slice(0, max);
}
