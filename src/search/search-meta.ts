import { formatDateSpec, yearsOf, type DateSpec } from '../lib/dates.ts';
import type { ModelId } from '../schemas/models.ts';
import { messages } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * What a page tells the search index about itself, besides its text: the filters a reader can
 * narrow results by, the metadata shown under a result, and the date results can be sorted by.
 *
 * In:  `{ type: 'source', models: ['tfm'], date: <2026-02-09/2026-02-11>, outlet: 'Voz' }`
 * Out: `[['filter', 'type:Source article'], ['filter', 'model:Task Force Model'],
 *        ['filter', 'year:2026'], ['meta', 'kind:Source article'], ['meta', 'outlet:Voz'],
 *        ['meta', 'date:February 9–11, 2026'], ['sort', 'date:2026-02-09']]`
 */

/**
 * The kinds of page, as the "type" filter names them in English ("agreements": /agreements/ and
 * the state pages). Each language's index has its own names (`messages(locale).search.types`):
 * the Spanish pages are indexed apart, so their filter values are in Spanish.
 */
export const SEARCH_TYPES = messages('en').search.types;

export type SearchType = keyof typeof SEARCH_TYPES;

/** The name of a kind of page in a language, as results and the "type" filter show it. */
export function searchTypeName(type: SearchType, locale: Locale = 'en'): string {
	return messages(locale).search.types[type];
}

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
export function searchFields(input: SearchMetaInput, locale: Locale = 'en'): SearchField[] {
	const m = messages(locale).search;
	const years = new Set([...(input.years ?? []), ...(input.date ? yearsOf(input.date) : [])]);
	const fields: SearchField[] = [
		['filter', `type:${m.types[input.type]}`],
		...[...new Set(input.models ?? [])].map((id): SearchField => ['filter', `model:${m.models[id]}`]),
		...[...years].sort((a, b) => a - b).map((y): SearchField => ['filter', `year:${y}`]),
		['meta', `kind:${m.types[input.type]}`],
	];
	if (input.outlet) fields.push(['meta', `outlet:${input.outlet}`]);
	if (input.date) {
		const shown = formatDateSpec(input.date, locale);
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
