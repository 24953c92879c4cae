import type * as Plot from '@observablehq/plot';

/** What a chart shows: its rows and options. */
export interface Shown<Row, Options> {
	readonly rows: readonly Row[];
	readonly options: Options;
}

/**
 * Updates a drawn figure in place for new rows and options (a map's new fills), so Plot need not draw it anew;
 * returns false, changing nothing, when it must be. `drawn` is the spec output Plot drew the figure from (its marks
 * live on in the figure), `before` what the figure shows now, `next` what it should show, with the spec's output.
 */
export type InPlace<Row, Options> = (figure: Element, drawn: Plot.PlotOptions, before: Shown<Row, Options>, next: Shown<Row, Options> & { readonly plot: Plot.PlotOptions }) => boolean;
