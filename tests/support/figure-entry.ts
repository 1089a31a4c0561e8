import type { FigureEntry } from '../../src/render/figures.ts';
import { figureSchema } from '../../src/schemas/figure.ts';

/** A figure as pages receive it, from a few fields; the rest are filled with plausible values. */
export function figure(id: string, fields: Record<string, unknown>): FigureEntry {
	const data = figureSchema.parse({
		metric: 'agreements',
		label: 'as worded',
		counts: 'agreements',
		claimedBy: 'DHS',
		citations: [{ source: 'seed', quote: 'a passage of the source' }],
		...fields,
	});
	return { id, data };
}
