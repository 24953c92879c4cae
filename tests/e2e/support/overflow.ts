import type { Page } from '@playwright/test';

export interface Overflow {
	readonly scrollWidth: number;
	readonly clientWidth: number;
	/** Elements whose right edge lies outside the viewport and that no scrolling box of their own contains. */
	readonly sticking: readonly string[];
}

/**
 * Whether the page scrolls sideways, and which elements stick out of the viewport. An element inside a box that
 * scrolls or clips horizontally (a wide table in its own scroller) is that box's business, not the page's.
 */
export function measureOverflow(page: Page): Promise<Overflow> {
	return page.evaluate(() => {
		const doc = document.scrollingElement!;
		const width = doc.clientWidth;
		const clipped = (el: Element): boolean => {
			for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
				const ox = getComputedStyle(p).overflowX;
				if (ox === 'auto' || ox === 'scroll' || ox === 'hidden' || ox === 'clip') return true;
			}
			return false;
		};
		const describe = (el: Element): string => {
			const id = el.id ? `#${el.id}` : '';
			const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
			const r = el.getBoundingClientRect();
			return `${el.tagName.toLowerCase()}${id}${cls} [${Math.round(r.left)}–${Math.round(r.right)}] ${(el.textContent ?? '').trim().slice(0, 40)}`;
		};
		const sticking: string[] = [];
		for (const el of document.body.querySelectorAll('*')) {
			const r = el.getBoundingClientRect();
			if (r.width === 0 || r.height === 0) continue;
			// The right edge only: in a left-to-right page only that scrolls, and the skip link waits at left: -999px.
			if (r.right > width + 1 && !clipped(el) && getComputedStyle(el).visibility !== 'hidden') {
				// Report the outermost offender only: its children stick out with it.
				if (el.parentElement && sticking.length && el.parentElement.closest('[data-overflow-reported]')) continue;
				el.setAttribute('data-overflow-reported', '');
				sticking.push(describe(el));
			}
		}
		for (const el of document.querySelectorAll('[data-overflow-reported]')) el.removeAttribute('data-overflow-reported');
		return { scrollWidth: doc.scrollWidth, clientWidth: width, sticking };
	});
}

/**
 * The smallest text in the page's charts as it is seen: the font size times the scale at which the SVG is drawn
 * (a 1200 px chart shrunk into 340 px shows its 12 px text at 3.4 px).
 */
export function smallestChartText(page: Page): Promise<{ size: number; text: string } | null> {
	return page.evaluate(() => {
		let smallest: { size: number; text: string } | null = null;
		for (const svg of document.querySelectorAll<SVGSVGElement>('.chart-plot svg')) {
			if (svg.parentElement?.closest('svg')) continue;
			const drawn = Number(svg.getAttribute('width'));
			const box = svg.getBoundingClientRect();
			if (!drawn || box.width === 0) continue;
			const scale = box.width / drawn;
			for (const text of svg.querySelectorAll('text')) {
				if (!text.textContent?.trim()) continue;
				const size = parseFloat(getComputedStyle(text).fontSize) * scale;
				if (!smallest || size < smallest.size) smallest = { size, text: text.textContent.trim().slice(0, 40) };
			}
		}
		return smallest;
	});
}
