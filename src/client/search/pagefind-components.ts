import searchStyles from '../../styles/search.css?url';
import { pagefindOptions } from '../../search/search-options.ts';
import { formatSearchState, pagefindFilters } from '../../search/search-url.ts';
import { withBase } from '../../lib/urls.ts';
import type { SearchClientText } from '../../i18n/messages/search.ts';

/**
 * Loads Pagefind's component UI (`pagefind-component-ui.js`, written by `npm run build` next to
 * the index) on first use, and configures it once for this site. Nothing here runs until a
 * reader starts a search.
 */

/** The part of Pagefind's component instance this site uses. */
export interface PagefindInstance {
	searchTerm: string;
	searchFilters: Record<string, string[]>;
	/** Not in Pagefind's documented API, but read by every search; set before `triggerSearch`. */
	searchSort: Record<string, 'asc' | 'desc'>;
	triggerSearch(term: string): void;
	triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
	triggerLoad(): Promise<void>;
	/** Pagefind's own search instance, once loaded; not in the documented API. */
	__pagefind__?: PagefindSearch | null;
	on(event: 'search', callback: (term: string, filters: Record<string, string[]>) => void): void;
	/** Replaces some of the UI's words, e.g. `{ keyboard_search: 'Search the site' }`. */
	setTranslations(strings: Record<string, string>): void;
}

interface PagefindSearch {
	search(term: string | null, options?: { filters?: Record<string, unknown>; sort?: Record<string, string> }): Promise<unknown>;
}

interface PagefindComponents {
	configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
}

declare global {
	interface Window {
		PagefindComponents?: PagefindComponents;
	}
}

/** Why search cannot start; shown to the reader. */
class SearchUnavailable extends Error {}

const base = import.meta.env.BASE_URL;
let loading: Promise<PagefindInstance> | undefined;

/** Adds a stylesheet once. Modules loaded on first use link their styles themselves. */
export function addStylesheet(href: string): void {
	if (document.querySelector(`link[rel="stylesheet"][href="${CSS.escape(href)}"]`)) return;
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = href;
	document.head.append(link);
}

function addScript(src: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = src;
		script.onload = () => resolve();
		script.onerror = () => reject(new SearchUnavailable(unavailableMessage()));
		document.head.append(script);
	});
}

/** The words of the search UI that the page passes (`data-search-text` on the header search box). */
export type SearchText = Omit<SearchClientText, 'unavailableDev'>;

/** The header search box, which carries the page's search page address and words. */
function searchForm(): DOMStringMap | undefined {
	return document.querySelector<HTMLElement>('[data-search-text]')?.dataset;
}

/**
 * The words of the search UI in the page's language, as `SearchBox.astro` writes them from the
 * messages group `search`. Empty strings if the page has no search box (no page lacks one).
 */
export function searchText(): SearchText {
	try {
		return JSON.parse(searchForm()?.['searchText'] ?? '') as SearchText;
	} catch {
		return { dialogName: '', dialogClear: '', fullSearch: '', unavailable: '' };
	}
}

/** The message when the index cannot be loaded: in development it has usually not been built. */
export function unavailableMessage(): string {
	return searchText().unavailable;
}

/** The configured default instance, loading the component UI the first time. */
export function loadPagefind(): Promise<PagefindInstance> {
	loading ??= (async () => {
		const folder = pagefindOptions(base).bundlePath;
		addStylesheet(`${folder}pagefind-component-ui.css`);
		addStylesheet(searchStyles);
		await addScript(`${folder}pagefind-component-ui.js`);
		const components = window.PagefindComponents;
		if (!components) throw new SearchUnavailable(unavailableMessage());
		const instance = components.configureInstance('default', pagefindOptions(base));
		await instance.triggerLoad();
		const pagefind = instance.__pagefind__;
		if (!pagefind) throw new SearchUnavailable(unavailableMessage());
		// The filter UI passes the ticked values of a filter as a list, which Pagefind reads as
		// "all of them"; a page has one type, so two ticked types would find nothing. Either, then.
		const search = pagefind.search.bind(pagefind);
		pagefind.search = (term, options = {}) =>
			search(term, { ...options, filters: pagefindFilters((options.filters ?? {}) as Record<string, string | string[]>) });
		return instance;
	})();
	loading.catch(() => (loading = undefined));
	return loading;
}

/** The address of the search page for a query, in the page's language (`/es/search/`). */
export function searchPageUrl(query: string): string {
	const page = searchForm()?.['searchUrl'] || withBase('/search/', base);
	return page + formatSearchState({ query, filters: {}, sort: 'relevance' });
}
