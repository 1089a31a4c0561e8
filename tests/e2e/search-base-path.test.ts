import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSearchIndex } from '../support/search-index.ts';
import { siteUnderBase, UNDER_BASE } from '../support/shared-build.ts';
import { openSite, type BrowserSite } from '../support/site.ts';

describe('search on a site published under a base path', () => {
	let site: BrowserSite;
	beforeAll(async () => {
		// The build of tests/e2e/base-path.test.ts, shared.
		site = await openSite({ dist: siteUnderBase().dist, base: UNDER_BASE.base });
	}, 300_000);
	afterAll(async () => {
		await site?.close();
	});

	it('finds pages through the index, with addresses under the base path', async () => {
		const index = await openSearchIndex(site, '/287g/');
		expect((await index.search('IIRIRA')).map((hit) => hit.path)).toContain('/history/');
		await index.close();
	});

	it('links the results of the search page under the base path', async () => {
		const page = await site.open('search/?q=IIRIRA');
		await page.locator('.pf-result-link').first().waitFor();
		const links = await page.locator('.pf-result-link').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')));
		expect(links).toContain('/287g/history/?highlight=iirira');
		expect(links.filter((href) => !href?.startsWith('/287g/'))).toEqual([]);
		await page.context().close();
	});

	it('finds Spanish pages through the Spanish index, loaded under the base path', async () => {
		const index = await openSearchIndex(site, '/287g/', 'es/search/');
		const paths = (await index.search('cárcel')).map((hit) => hit.path);
		expect(paths).toContain('/es/models/jail-enforcement/');
		expect(paths.filter((path) => !path.startsWith('/es/'))).toEqual([]);
		await index.close();
	});

	it('links the results of the Spanish search page under the base path, in the Spanish edition', async () => {
		const page = await site.open('es/search/?q=carcel');
		await page.locator('.pf-result-link').first().waitFor();
		const links = await page.locator('.pf-result-link').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')));
		expect(links.some((href) => href?.startsWith('/287g/es/models/jail-enforcement/'))).toBe(true);
		expect(links.filter((href) => !href?.startsWith('/287g/es/'))).toEqual([]);
		expect(await page.locator('form[data-search-form]').first().getAttribute('action')).toBe('/287g/es/search/');
		await page.context().close();
	});

	it('opens the dialog, and a result, from any page', async () => {
		const page = await site.open('models/');
		expect(await page.locator('form[data-search-form]').getAttribute('action')).toBe('/287g/search/');
		await page.keyboard.press('/');
		await page.locator('dialog[open] input[type="search"]:focus').waitFor();
		await page.keyboard.type('Metro Surge');
		await page.locator('dialog[open] .pf-result-link').first().waitFor();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname.startsWith('/287g/') && url.searchParams.has('highlight'));
		await page.locator('mark.search-highlight').first().waitFor();
		await page.context().close();
	});
});
