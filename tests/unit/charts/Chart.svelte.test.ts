// @vitest-environment jsdom
/**
 * Chart.svelte's promise (its header): it renders spec(rows, options) and nothing else; the page hands it rows, or
 * null while they are on their way. Each state is read from the DOM a reader gets: loading, empty, error, drawn,
 * and the figure cleaned up when new rows replace it, when the rows go, and when the chart is unmounted.
 */
import * as Plot from '@observablehq/plot';
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Chart from '../../../src/lib/charts/Chart.svelte';
import type { InPlace } from '../../../src/lib/charts/inPlace';
import { nl } from '../../../src/lib/i18n/messages';

interface Point {
	readonly x: number;
	readonly y: number;
}
type Options = { readonly colour: string; readonly width?: number };
type Spec = (rows: readonly Point[], o: Options) => Plot.PlotOptions;

// jsdom has neither: the chart asks whether it is on a phone, and measures its box there.
let phone = false;
const observed: { target: Element; callback: ResizeObserverCallback }[] = [];
beforeEach(() => {
	phone = false;
	observed.length = 0;
	vi.stubGlobal('matchMedia', (query: string) => ({ matches: phone, media: query, addEventListener() {}, removeEventListener() {} }));
	vi.stubGlobal(
		'ResizeObserver',
		class {
			constructor(private readonly callback: ResizeObserverCallback) {}
			observe(target: Element) {
				observed.push({ target, callback: this.callback });
			}
			unobserve() {}
			disconnect() {}
		}
	);
});
afterEach(() => vi.unstubAllGlobals());

/** A box of this width, as the browser would report it. */
function resize(width: number) {
	for (const { target, callback } of observed) callback([{ target, contentRect: { width } } as unknown as ResizeObserverEntry], {} as ResizeObserver);
	flushSync();
}

function setup(initial: { rows: readonly Point[] | null; error?: string | null; inPlace?: InPlace<Point, Options> }) {
	const spec = vi.fn<Spec>((rows, o) => ({ width: o.width ?? 400, height: 200, marks: [Plot.dot(rows, { x: 'x', y: 'y', fill: o.colour })] }));
	const props = $state({ spec, rows: initial.rows, error: initial.error ?? null, options: { colour: '#0072b2' } as Options, title: 'Misdrijven per gemeente', summary: 'Montfoort ligt in het midden.', testid: 'chart-test', inPlace: initial.inPlace });
	const target = document.body.appendChild(document.createElement('main'));
	const component = mount(Chart<Point, Options>, { target, props });
	flushSync();
	const figure = () => target.querySelector('figure')!;
	const drawn = () => [...target.querySelectorAll('.chart-plot svg')].filter((s) => !s.parentElement?.closest('svg'));
	return { props, spec, target, component, figure, drawn };
}

const ROWS: Point[] = [
	{ x: 1, y: 2 },
	{ x: 3, y: 4 }
];

describe('Chart.svelte', () => {
	it('says it is loading while the rows are on their way, and draws nothing', () => {
		const { figure, drawn, spec, target, component } = setup({ rows: null });
		expect(figure().dataset.state).toBe('loading');
		expect(figure().getAttribute('aria-busy')).toBe('true');
		expect(target.querySelector('[role="status"]')?.textContent).toBe(nl['chart.loading']);
		expect(drawn()).toHaveLength(0);
		expect(spec).not.toHaveBeenCalled();
		unmount(component);
	});

	it('says there is nothing to draw when no rows match, and offers no export', () => {
		const { figure, drawn, spec, target, component } = setup({ rows: [] });
		expect(figure().dataset.state).toBe('empty');
		expect(figure().getAttribute('aria-busy')).toBe('false');
		expect(target.textContent).toContain(nl['chart.empty']);
		expect(drawn()).toHaveLength(0);
		expect(target.querySelector('.chart-export')).toBeNull();
		expect(spec).not.toHaveBeenCalled();
		unmount(component);
	});

	it('shows the page’s error as an alert instead of a chart', () => {
		const { figure, target, component } = setup({ rows: ROWS, error: 'De rekenmodule gaf geen antwoord' });
		expect(figure().dataset.state).toBe('error');
		expect(target.querySelector('[role="alert"]')?.textContent).toBe(`${nl['chart.error']}: De rekenmodule gaf geen antwoord`);
		expect(target.querySelector('.chart-plot')!.hasAttribute('hidden')).toBe(true);
		expect(target.querySelector('.chart-export')).toBeNull();
		unmount(component);
	});

	it('shows a spec that throws as an alert with its message, and draws once the spec can', () => {
		const { props, figure, drawn, target, component } = setup({ rows: null });
		props.spec = vi.fn<Spec>(() => {
			throw new Error('onbekende kolom x');
		});
		props.rows = ROWS;
		flushSync();
		expect(figure().dataset.state).toBe('error');
		expect(target.querySelector('[role="alert"]')?.textContent).toBe(`${nl['chart.error']}: onbekende kolom x`);
		expect(drawn()).toHaveLength(0);
		props.spec = vi.fn<Spec>((rows) => ({ marks: [Plot.dot(rows, { x: 'x', y: 'y' })] }));
		flushSync();
		expect(figure().dataset.state).toBe('ready');
		expect(target.querySelector('[role="alert"]')).toBeNull();
		expect(drawn()).toHaveLength(1);
		unmount(component);
	});

	it('draws spec(rows, options) as one image named by its title and described by its summary', () => {
		const { figure, drawn, spec, target, component } = setup({ rows: ROWS });
		expect(figure().dataset.state).toBe('ready');
		expect(figure().getAttribute('aria-busy')).toBe('false');
		expect(spec).toHaveBeenCalledTimes(1);
		expect(spec).toHaveBeenCalledWith(ROWS, { colour: '#0072b2' });
		const [svg] = drawn();
		expect(drawn()).toHaveLength(1);
		expect(svg!.getAttribute('role')).toBe('img');
		expect(svg!.getAttribute('aria-label')).toBe('Misdrijven per gemeente');
		expect(target.querySelector(`#${svg!.getAttribute('aria-describedby')}`)?.textContent).toBe('Montfoort ligt in het midden.');
		expect(svg!.querySelectorAll('circle')).toHaveLength(2);
		// Plot's mark names move to data-mark: ARIA forbids aria-label on a <g> without a role.
		expect(svg!.querySelectorAll('g[aria-label]')).toHaveLength(0);
		expect(svg!.querySelector('g[data-mark="dot"]')?.getAttribute('fill')).toBe('#0072b2');
		expect(target.querySelectorAll('.chart-export button')).toHaveLength(3);
		expect(target.querySelector('[role="status"], [role="alert"]')).toBeNull();
		expect(figure().dataset.renders).toBe('1');
		unmount(component);
	});

	it('replaces its figure when new rows come, removes it while rows are on their way, and on unmount', () => {
		const { props, figure, drawn, target, component } = setup({ rows: ROWS });
		const first = drawn()[0]!;
		props.rows = [...ROWS, { x: 5, y: 6 }];
		flushSync();
		expect(first.parentNode).toBeNull();
		expect(drawn()).toHaveLength(1);
		expect(drawn()[0]!.querySelectorAll('circle')).toHaveLength(3);
		expect([figure().dataset.renders, figure().dataset.updates]).toEqual(['2', '2']);
		const second = drawn()[0]!;
		props.rows = null;
		flushSync();
		expect(second.parentNode).toBeNull();
		expect(figure().dataset.state).toBe('loading');
		props.rows = ROWS;
		flushSync();
		const last = drawn()[0]!;
		unmount(component);
		expect(last.parentNode).toBeNull();
		expect(target.children).toHaveLength(0);
	});

	it('lets inPlace update the drawn figure for new rows, and draws anew where it declines', () => {
		// Updates in place when the number of points is unchanged: moves the circles to the new rows.
		const inPlace = vi.fn<InPlace<Point, Options>>((figure, drawn, before, next) => {
			if (before.rows.length !== next.rows.length) return false;
			figure.querySelectorAll('circle').forEach((c, i) => c.setAttribute('data-x', String(next.rows[i]!.x)));
			return true;
		});
		const { props, figure, drawn, component } = setup({ rows: ROWS, inPlace });
		const first = drawn()[0]!;
		expect(inPlace).not.toHaveBeenCalled();
		props.rows = [{ x: 7, y: 2 }, { x: 8, y: 4 }];
		props.title = 'Veiligheid per gemeente';
		flushSync();
		expect(drawn()).toStrictEqual([first]);
		expect([...first.querySelectorAll('circle')].map((c) => c.getAttribute('data-x'))).toStrictEqual(['7', '8']);
		expect(first.getAttribute('aria-label')).toBe('Veiligheid per gemeente');
		expect([figure().dataset.renders, figure().dataset.updates]).toEqual(['2', '2']);
		const [, drawnFrom, before, next] = inPlace.mock.calls[0]!;
		expect(before.rows).toStrictEqual(ROWS);
		expect(next.rows).toStrictEqual([{ x: 7, y: 2 }, { x: 8, y: 4 }]);
		expect(next.plot).toStrictEqual(props.spec.mock.results.at(-1)!.value);
		// The spec output Plot drew from stays the one handed on: the figure's marks are still those.
		props.rows = ROWS;
		flushSync();
		expect(inPlace.mock.calls[1]![1]).toBe(drawnFrom);
		expect(inPlace.mock.calls[1]![2].rows).toStrictEqual([{ x: 7, y: 2 }, { x: 8, y: 4 }]);
		props.rows = [...ROWS, { x: 5, y: 6 }];
		flushSync();
		expect(first.parentNode).toBeNull();
		expect(drawn()[0]!.querySelectorAll('circle')).toHaveLength(3);
		expect(figure().dataset.renders).toBe('4');
		unmount(component);
	});

	it('on a phone draws for the width of its box; on a wider screen at the spec’s own width', () => {
		const desktop = setup({ rows: ROWS });
		resize(358);
		expect(desktop.spec).toHaveBeenLastCalledWith(ROWS, { colour: '#0072b2' });
		unmount(desktop.component);
		phone = true;
		const onPhone = setup({ rows: ROWS });
		resize(358);
		expect(onPhone.spec).toHaveBeenLastCalledWith(ROWS, { colour: '#0072b2', width: 358 });
		expect(onPhone.drawn()[0]!.getAttribute('width')).toBe('358');
		unmount(onPhone.component);
	});
});
