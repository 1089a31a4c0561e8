import { describe, expect, it } from 'vitest';
import { formatSearchState, pagefindFilters, pagefindSort, parseSearchState } from '../../src/search/search-url.ts';

describe('search state in the address', () => {
	it('reads the query, the filters and the order', () => {
		expect(parseSearchState('?q=tidal+wave&type=Source+article&year=2025&year=2026&sort=date-desc')).toEqual({
			query: 'tidal wave',
			filters: { type: ['Source article'], year: ['2025', '2026'] },
			sort: 'date-desc',
		});
	});

	it('ignores unknown parameters, empty and repeated values, and unknown orders', () => {
		expect(parseSearchState('?q=++&model=&model=Task+Force+Model&model=Task+Force+Model&colour=red&sort=random')).toEqual({
			query: '',
			filters: { model: ['Task Force Model'] },
			sort: 'relevance',
		});
	});

	it('writes filters in a fixed order and leaves out what is empty or default', () => {
		expect(formatSearchState({ query: ' 287(g) ', filters: { year: ['2025'], type: ['Explainer'], other: ['x'] }, sort: 'relevance' })).toBe(
			'?q=287%28g%29&type=Explainer&year=2025',
		);
		expect(formatSearchState({ query: '', filters: {}, sort: 'relevance' })).toBe('');
	});

	it('reads back what it writes', () => {
		const state = { query: 'West Virginia', filters: { type: ['Source article'], model: ['Task Force Model'] }, sort: 'date-asc' } as const;
		expect(parseSearchState(formatSearchState(state))).toEqual(state);
	});

	it('turns an order into the sort Pagefind expects', () => {
		expect(pagefindSort('relevance')).toEqual({});
		expect(pagefindSort('date-desc')).toEqual({ date: 'desc' });
		expect(pagefindSort('date-asc')).toEqual({ date: 'asc' });
	});
});

describe('pagefindFilters', () => {
	it('asks for any of the ticked values of each filter, and drops filters with none', () => {
		expect(pagefindFilters({ year: ['2017', '2025'], type: 'Explainer', model: [] })).toEqual({
			year: { any: ['2017', '2025'] },
			type: { any: ['Explainer'] },
		});
	});
});
