import { formatSearchState, pagefindSort, parseSearchState, type SearchSort, type SearchState } from '../../search/search-url.ts';
import { loadPagefind, unavailableMessage, type PagefindInstance } from './pagefind-components.ts';

/**
 * The search page: Pagefind's input, filters and results, with the query, the filters and the
 * order kept in the address (`/search/?q=detainer&type=Explainer`), so that a search can be
 * shared and the back button comes back to it.
 */

function apply(instance: PagefindInstance, sort: HTMLSelectElement, state: SearchState): void {
	sort.value = state.sort;
	instance.searchSort = pagefindSort(state.sort);
	instance.triggerSearchWithFilters(state.query, Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, [...v]])));
}

async function start(app: HTMLElement, status: HTMLElement, sort: HTMLSelectElement): Promise<void> {
	let instance: PagefindInstance;
	try {
		instance = await loadPagefind();
	} catch {
		status.textContent = unavailableMessage();
		return;
	}
	app.hidden = false;
	const filterPanel = app.querySelector<HTMLDetailsElement>('[data-search-filters]');
	if (filterPanel && matchMedia('(min-width: 48rem)').matches) filterPanel.open = true;
	const initial = parseSearchState(location.search);
	apply(instance, sort, initial);
	// An empty search page is ready for typing, unless the reader has already moved focus
	// elsewhere while the search loaded: focus is never taken away from them.
	const untouched = document.activeElement === null || document.activeElement === document.body;
	if (initial.query === '' && untouched) app.querySelector<HTMLInputElement>('input[type="search"]')?.focus();

	// Typing replaces the address rather than adding history entries for every word.
	instance.on('search', (query, filters) => {
		const search = formatSearchState({ query, filters, sort: sort.value as SearchSort });
		if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}`);
	});
	sort.addEventListener('change', () => {
		instance.searchSort = pagefindSort(sort.value as SearchSort);
		instance.triggerSearchWithFilters(instance.searchTerm, instance.searchFilters);
	});
	addEventListener('popstate', () => apply(instance, sort, parseSearchState(location.search)));
}

const app = document.querySelector<HTMLElement>('[data-search-page]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const sort = app?.querySelector<HTMLSelectElement>('select[name="sort"]');
if (app && status && sort) void start(app, status, sort);
