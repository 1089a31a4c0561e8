import type { Page } from 'playwright-core';
import { RANKING } from '../../src/search/search-options.ts';
import type { BrowserSite } from './site.ts';

/** One result as the tests compare it: the address without the site's base path. */
export interface Hit {
	readonly path: string;
	readonly title: string;
}

export interface SearchIndex {
	/** Runs a query through Pagefind's JavaScript API, ranked as the search UI ranks it. */
	search(query: string | null, filters?: Record<string, string | string[]>, sort?: Record<string, 'asc' | 'desc'>): Promise<Hit[]>;
	/** Every filter and its values with their page counts. */
	filters(): Promise<Record<string, Record<string, number>>>;
	close(): Promise<void>;
}

/**
 * Pagefind's API loaded once in a page of the built site, with the ranking of
 * `src/search/search-options.ts`, so that relevance tests check the order readers get, not the UI.
 */
export async function openSearchIndex(site: BrowserSite, base = '/', searchPage = 'search/'): Promise<SearchIndex> {
	// Pagefind loads the index of the page's <html lang>: open `es/search/` for the Spanish one.
	const page: Page = await site.open(searchPage);
	// Strings, so that the test runner does not rewrite the dynamic import meant for the browser.
	await page.evaluate(`(async () => {
		window.__pagefind = await import(new URL('${base}pagefind/pagefind.js', location.href).href);
		await window.__pagefind.options({ baseUrl: '${base}', ranking: ${JSON.stringify(RANKING)} });
		await window.__pagefind.init();
	})()`);
	return {
		async search(query, filters = {}, sort = {}) {
			return (await page.evaluate(`(async () => {
				const options = { filters: ${JSON.stringify(filters)}, sort: ${JSON.stringify(sort)} };
				const found = await window.__pagefind.search(${JSON.stringify(query)}, options);
				const data = await Promise.all(found.results.map((r) => r.data()));
				return data.map((d) => ({ path: new URL(d.url, location.origin).pathname.slice(${base.length - 1}), title: d.meta.title }));
			})()`)) as Hit[];
		},
		async filters() {
			return (await page.evaluate(`window.__pagefind.filters()`)) as Record<string, Record<string, number>>;
		},
		close: () => page.context().close(),
	};
}
