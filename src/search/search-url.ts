import { SEARCH_FILTERS } from './search-index.ts';

/**
 * The state of a search as the address of the search page keeps it, so that a search can be
 * shared, bookmarked and restored by the back button.
 *
 * In:  `?q=tidal+wave&type=Source+article&year=2025&sort=date-desc`
 * Out: `{ query: 'tidal wave', filters: { type: ['Source article'], year: ['2025'] }, sort: 'date-desc' }`
 */
export type SearchFilters = Readonly<Record<string, readonly string[]>>;

/**
 * Result orders the search page offers; `relevance` is Pagefind's ranking. The labels here are
 * the English ones; the page shows `messages(locale).search.sorts`.
 */
export const SORTS = {
	relevance: 'Best match',
	'date-desc': 'Newest first',
	'date-asc': 'Oldest first',
} as const;

export type SearchSort = keyof typeof SORTS;

export interface SearchState {
	readonly query: string;
	readonly filters: SearchFilters;
	readonly sort: SearchSort;
}

function isSort(value: string | null): value is SearchSort {
	return value !== null && Object.hasOwn(SORTS, value);
}

/** Reads the state from a query string; unknown parameters and empty values are ignored. */
export function parseSearchState(search: string): SearchState {
	const params = new URLSearchParams(search);
	const filters: Record<string, string[]> = {};
	for (const key of SEARCH_FILTERS) {
		const values = [...new Set(params.getAll(key).filter((v) => v.trim() !== ''))];
		if (values.length > 0) filters[key] = values;
	}
	const sort = params.get('sort');
	return { query: (params.get('q') ?? '').trim(), filters, sort: isSort(sort) ? sort : 'relevance' };
}

/** Writes the state as a query string with a leading `?`, or `''` for an empty search. */
export function formatSearchState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query.trim() !== '') params.set('q', state.query.trim());
	for (const key of SEARCH_FILTERS) {
		for (const value of state.filters[key] ?? []) params.append(key, value);
	}
	if (state.sort !== 'relevance') params.set('sort', state.sort);
	const text = params.toString();
	return text === '' ? '' : `?${text}`;
}

/** Pagefind's `sort` option for an order of results; relevance needs none. */
export function pagefindSort(sort: SearchSort): Record<string, 'asc' | 'desc'> {
	if (sort === 'relevance') return {};
	return { date: sort === 'date-desc' ? 'desc' : 'asc' };
}

/**
 * Pagefind's `filters` option for the values a reader ticked. Pagefind requires every value of a
 * filter given as a list; readers who tick two years or two models mean either of them.
 *
 * In:  `{ year: ['2017', '2025'], type: ['Explainer'] }`
 * Out: `{ year: { any: ['2017', '2025'] }, type: { any: ['Explainer'] } }`
 */
export function pagefindFilters(filters: Readonly<Record<string, string | readonly string[]>>): Record<string, { any: string[] }> {
	return Object.fromEntries(
		Object.entries(filters)
			.map(([key, values]) => [key, typeof values === 'string' ? [values] : [...values]] as const)
			.filter(([, values]) => values.length > 0)
			.map(([key, values]) => [key, { any: values }]),
	);
}
