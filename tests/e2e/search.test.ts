import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type BrowserSite } from '../support/site.ts';

/** Runs a query through Pagefind's own API in the page, as the search UI does. */
async function search(site: BrowserSite, query: string, filters: Record<string, string> = {}): Promise<string[]> {
	const page = await site.open('search/');
	// A string, so that the test runner does not rewrite the dynamic import meant for the browser.
	const urls = (await page.evaluate(`(async () => {
		const pagefind = await import(new URL('../pagefind/pagefind.js', location.href).href);
		const found = await pagefind.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
		const data = await Promise.all(found.results.map((r) => r.data()));
		return data.map((d) => new URL(d.url, location.origin).pathname);
	})()`)) as string[];
	await page.context().close();
	return urls;
}

describe('search index', () => {
	let site: BrowserSite;
	beforeAll(async () => {
		site = await openSite();
	});
	afterAll(() => site.close());

	it('finds the two source articles that mention Tidal Wave', async () => {
		const urls = await search(site, 'Tidal Wave', { type: 'Source article' });
		expect(urls.sort()).toEqual(['/sources/local-agencies-strengthen-partnerships/', '/sources/local-authorities-team-with-ice/']);
	});

	it('shows results on the search page for a query in the address', async () => {
		const page = await site.open('search/?q=Tidal+Wave');
		const results = page.locator('.pagefind-ui__result-link');
		await results.first().waitFor();
		expect(await results.count()).toBeGreaterThanOrEqual(2);
		await page.context().close();
	});
});
