import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordViolations, violations } from '../support/csp.ts';
import { openSite, type BrowserSite } from '../support/site.ts';
import { sitemapUrls } from '../support/sitemap.ts';

/**
 * The Content-Security-Policy in normal use, in Chromium: every page of the sitemap loads and
 * every feature that runs script (search, the theme toggle, tooltips, highlighting) works with
 * no violation, while an inline script injected into a built page is refused.
 */
describe('the Content-Security-Policy in a browser', () => {
	let site: BrowserSite;
	beforeAll(async () => {
		site = await openSite();
	});
	afterAll(() => site.close());

	async function open(path: string): Promise<Page> {
		const context = await site.context();
		await recordViolations(context);
		const page = await context.newPage();
		await page.goto(site.site.url + path, { waitUntil: 'networkidle' });
		return page;
	}

	it('loads every page of the sitemap with no violation', async () => {
		const context = await site.context();
		await recordViolations(context);
		const page = await context.newPage();
		const found: unknown[] = [];
		for (const url of sitemapUrls()) {
			await page.goto(site.site.url + url.pathname.replace(/^\//, ''), { waitUntil: 'load' });
			found.push(...(await violations(page)));
		}
		expect(found).toEqual([]);
		await context.close();
	});

	it("runs a search on the search page, with Pagefind's WebAssembly, with no violation", async () => {
		const page = await open('search/?q=detainer');
		await page.locator('.pf-result .pf-result-link').first().waitFor();
		expect(await page.locator('.pf-result').count()).toBeGreaterThan(0);
		expect(await violations(page)).toEqual([]);
		await page.context().close();
	});

	it('runs a search in the dialog and highlights the words on the result page, with no violation', async () => {
		const page = await open('');
		await page.keyboard.press('/');
		const input = page.locator('dialog[open] input[type="search"]');
		await input.waitFor();
		await input.fill('Tidal Wave');
		const link = page.locator('dialog[open] .pf-result-link').first();
		await link.waitFor();
		expect(await violations(page)).toEqual([]);
		await link.click();
		await page.waitForURL((url) => url.searchParams.has('highlight'));
		await page.locator('mark.search-highlight').first().waitFor({ state: 'attached' });
		expect(await violations(page)).toEqual([]);
		await page.context().close();
	});

	it('toggles the theme and shows a glossary tooltip, with no violation', async () => {
		const page = await open('what-is-287g/');
		const toggle = page.locator('button.theme-toggle');
		const before = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await toggle.click();
		expect(await toggle.getAttribute('aria-pressed')).toBe('true');
		expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(before);
		const term = page.locator('a.term').first();
		await term.hover();
		expect(await term.evaluate((a) => getComputedStyle(a, '::after').display)).not.toBe('none');
		expect(await violations(page)).toEqual([]);
		// The choice is kept on the next page, applied by the hashed inline script in the head.
		await page.goto(site.site.url + 'glossary/', { waitUntil: 'load' });
		expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
		expect(await violations(page)).toEqual([]);
		await page.context().close();
	});

	it('refuses an inline script and an event handler injected into a built page', async () => {
		const context = await site.context();
		await recordViolations(context);
		const page = await context.newPage();
		// The page exactly as built, with a script and a handler added as an escaping slip would add them.
		await page.route('**/what-is-287g/', async (route) => {
			const response = await route.fetch();
			const body = (await response.text()).replace('<main', '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2"><main');
			await route.fulfill({ response, body });
		});
		await page.goto(site.site.url + 'what-is-287g/', { waitUntil: 'load' });
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		const directives = (await violations(page)).map((v) => v.directive);
		expect(directives).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
		await context.close();
	});
});
