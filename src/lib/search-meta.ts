import { formatDateSpec, yearsOf, type DateSpec } from './dates.ts';
import { MODELS, type ModelId } from '../schemas/models.ts';

/**
 * What a page tells the search index about itself, besides its text: the filters a reader can
 * narrow results by, the metadata shown under a result, and the date results can be sorted by.
 *
 * In:  `{ type: 'source', models: ['tfm'], date: <2026-02-09/2026-02-11>, outlet: 'Voz' }`
 * Out: `[['filter', 'type:Source article'], ['filter', 'model:Task Force Model'],
 *        ['filter', 'year:2026'], ['meta', 'kind:Source article'], ['meta', 'outlet:Voz'],
 *        ['meta', 'date:February 9–11, 2026'], ['sort', 'date:2026-02-09']]`
 */

/** The kinds of page, as the "type" filter names them. */
export const SEARCH_TYPES = {
	explainer: 'Explainer',
	source: 'Source article',
	glossary: 'Glossary',
	timeline: 'Timeline',
	figures: 'Figures',
	guide: 'Guide',
	// /agreements/ and the state pages, built from ICE's lists of agreements.
	agreements: 'Agreements',
} as const;

export type SearchType = keyof typeof SEARCH_TYPES;

export interface SearchMetaInput {
	/** What kind of page this is. */
	readonly type: SearchType;
	/** The 287(g) models the page concerns. */
	readonly models?: readonly ModelId[] | undefined;
	/** The years the page covers; a `date` adds the years it spans. */
	readonly years?: readonly number[] | undefined;
	/** The date the page is about or was published; results can be sorted by it. */
	readonly date?: DateSpec | undefined;
	/** Shown before the date, e.g. "about" for an estimated date. */
	readonly datePrefix?: string | undefined;
	/** Who published it, for source articles. */
	readonly outlet?: string | undefined;
	/** Other words readers type to find this page, e.g. "287 g"; searched like the title. */
	readonly keywords?: readonly string[] | undefined;
}

/** One `data-pagefind-*` attribute: which one, and its value. */
export type SearchField = readonly ['filter' | 'meta' | 'sort', string];

/** The index entries of a page, one per attribute, in a stable order. */
export function searchFields(input: SearchMetaInput): SearchField[] {
	const years = new Set([...(input.years ?? []), ...(input.date ? yearsOf(input.date) : [])]);
	const fields: SearchField[] = [
		['filter', `type:${SEARCH_TYPES[input.type]}`],
		...[...new Set(input.models ?? [])].map((id): SearchField => ['filter', `model:${MODELS[id].name}`]),
		...[...years].sort((a, b) => a - b).map((y): SearchField => ['filter', `year:${y}`]),
		['meta', `kind:${SEARCH_TYPES[input.type]}`],
	];
	if (input.outlet) fields.push(['meta', `outlet:${input.outlet}`]);
	if (input.date) {
		const shown = formatDateSpec(input.date);
		fields.push(['meta', `date:${input.datePrefix ? `${input.datePrefix} ${shown}` : shown}`]);
		fields.push(['sort', `date:${input.date.start}`]);
	}
	const keywords = [...new Set(input.keywords ?? [])];
	if (keywords.length > 0) fields.push(['meta', `keywords:${keywords.join(', ')}`]);
	return fields;
}

/** What a page listing many dated entries covers: every model and year of its entries. */
export function coverage(entries: readonly { readonly data: { readonly models: readonly ModelId[]; readonly date?: DateSpec; readonly asOf?: DateSpec } }[]): {
	models: ModelId[];
	years: number[];
} {
	const models = new Set(entries.flatMap((e) => e.data.models));
	const years = new Set(entries.flatMap((e) => yearsOf((e.data.date ?? e.data.asOf)!)));
	return { models: [...models].sort(), years: [...years].sort((a, b) => a - b) };
}
