import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notFoundRules } from '../../src/publish/publish-redirects.ts';
import { htmlFiles, page } from '../support/dist.ts';
import { checkLinks, formatLinkProblems } from '../support/links.ts';
import { siteUnderBase, UNDER_BASE } from '../support/shared-build.ts';
import { openSite, type BrowserSite } from '../support/site.ts';
import { pagesByTemplate, sitemapPageFacts } from '../support/page-sample.ts';
import { sitemapPaths, sitemapUrls } from '../support/sitemap.ts';

const { base: BASE, site: SITE_URL } = UNDER_BASE;

/** The whole site built under a base path and another origin, as a project site on GitHub Pages would be. */
describe(`the site under the base path ${BASE}`, () => {
	let dist: string;
	let site: BrowserSite;
	beforeAll(async () => {
		dist = siteUnderBase().dist;
		site = await openSite({ dist, base: BASE });
	});
	afterAll(async () => {
		await site?.close();
	});

	it('every root-relative address in every page starts with the base path', () => {
		const outside = htmlFiles(dist).flatMap((file) =>
			selectAll('[href], [src], [action]', page(file, dist))
				.flatMap((el) => [el.properties['href'], el.properties['src'], el.properties['action']])
				.filter((v): v is string => typeof v === 'string' && v.startsWith('/') && !v.startsWith('//') && !v.startsWith(BASE))
				.map((v) => `${file}: ${v}`),
		);
		expect(outside.join('\n')).toBe('');
	});

	it('every internal link and anchor resolves', () => {
		const problems = checkLinks({ dist, base: BASE, site: SITE_URL });
		expect(formatLinkProblems(problems)).toBe('');
	});

	it('canonical URLs, the sitemap and robots.txt use the configured site and base', () => {
		const canonical = selectAll('link[rel="canonical"]', page('sources/operation-safe-city/index.html', dist))[0]?.properties['href'];
		expect(canonical).toBe(`${SITE_URL}${BASE}sources/operation-safe-city/`);
		expect(sitemapUrls(dist).every((u) => u.href.startsWith(`${SITE_URL}${BASE}`))).toBe(true);
		expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}${BASE}sitemap-index.xml`);
	});

	// Every address written in a page is checked above; what a browser requests besides (the
	// stylesheet's fonts and images, scripts that load scripts) comes from the templates, so one
	// representative page per template and language loads (tests/support/page-sample.ts).
	it('every template loads in Chromium with all its assets, and nothing is requested outside the base', async () => {
		const context = await site.context();
		const failures: string[] = [];
		const browserPage = await context.newPage();
		browserPage.on('response', (r) => {
			const url = new URL(r.url());
			const notFoundPage = url.pathname === `${BASE}no-such-page/` || url.pathname === `${BASE}es/no-such-page/`;
			if (r.status() >= 400 && !notFoundPage) failures.push(`${r.status()} ${url.pathname} (from ${browserPage.url()})`);
		});
		// A request cut short by the next navigation (the favicon, often) is not a failure of the site.
		browserPage.on('requestfailed', (r) => {
			if (r.failure()?.errorText !== 'net::ERR_ABORTED') failures.push(`${r.failure()?.errorText} ${r.url()}`);
		});
		const paths = [...pagesByTemplate(sitemapPageFacts(dist, BASE)), 'no-such-page/', 'es/no-such-page/'];
		for (const path of paths) await browserPage.goto(site.site.url + path, { waitUntil: 'load' });
		expect(paths.length).toBeGreaterThan(10);
		expect(failures.join('\n')).toBe('');
		// The stylesheet really applied: the header is laid out as a flex row, not as bare HTML.
		expect(await browserPage.evaluate(() => getComputedStyle(document.querySelector('.site-header-inner')!).display)).toBe('flex');
		await context.close();
	});

	it('each page and its counterpart in the other language name each other under the base: the language switch and the hreflang alternates', () => {
		const paths = sitemapPaths(dist, BASE);
		expect(paths.some((p) => p.startsWith('es/'))).toBe(true);
		const problems = paths.flatMap((path) => {
			const english = path.replace(/^es\//, '');
			const other = path.startsWith('es/') ? { lang: 'en', path: english } : { lang: 'es', path: `es/${path}` };
			const tree = page(`${path}index.html`, dist);
			const found: string[] = [];
			const link = selectAll(`nav.language-switch a[hreflang="${other.lang}"]`, tree)[0]?.properties['href'];
			if (link !== BASE + other.path) found.push(`${path}: language switch "${String(link)}", expected "${BASE + other.path}"`);
			const alternates = Object.fromEntries(
				selectAll('link[rel="alternate"][hreflang]', tree).map((l) => [String(l.properties['hrefLang']), String(l.properties['href'])]),
			);
			const expected = { en: `${SITE_URL}${BASE}${english}`, es: `${SITE_URL}${BASE}es/${english}`, 'x-default': `${SITE_URL}${BASE}${english}` };
			if (JSON.stringify(Object.entries(alternates).sort()) !== JSON.stringify(Object.entries(expected).sort())) {
				found.push(`${path}: hreflang alternates ${JSON.stringify(alternates)}, expected ${JSON.stringify(expected)}`);
			}
			return found;
		});
		expect(problems.join('\n')).toBe('');
	});

	it('the language switch of a Spanish page leads to its English page under the base, and back', async () => {
		const browserPage = await site.open('es/models/task-force/');
		await Promise.all([browserPage.waitForURL(`${site.site.url}models/task-force/`), browserPage.locator('nav.language-switch a[hreflang="en"]').click()]);
		expect(await browserPage.evaluate(() => document.documentElement.lang)).toBe('en');
		await Promise.all([browserPage.waitForURL(`${site.site.url}es/models/task-force/`), browserPage.locator('nav.language-switch a[hreflang="es"]').click()]);
		expect(await browserPage.evaluate(() => document.documentElement.lang)).toBe('es');
		await browserPage.context().close();
	});

	it('an unknown address under /es/ gets the Spanish 404 page, with status 404, by the rule of _redirects under the base', async () => {
		expect(notFoundRules(readFileSync(join(dist, '_redirects'), 'utf8'))).toEqual([{ from: `${BASE}es/*`, to: `${BASE}es/404/index.html` }]);
		const browserPage = await (await site.context()).newPage();
		const response = await browserPage.goto(`${site.site.url}es/no-such-page/`, { waitUntil: 'load' });
		expect(response?.status()).toBe(404);
		expect(await browserPage.evaluate(() => document.documentElement.lang)).toBe('es');
		// Its links stay in the Spanish edition, under the base.
		const home = await browserPage.locator('a.site-name').getAttribute('href');
		expect(home).toBe(`${BASE}es/`);
		await browserPage.context().close();
	});

	it('search works under the base path and its results link inside it', async () => {
		const browserPage = await site.open('search/?q=Tidal+Wave');
		const results = browserPage.locator(`main a[href^="${BASE}sources/"]`);
		await results.first().waitFor({ timeout: 10_000 });
		const hrefs = await browserPage.locator('main a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(hrefs.filter((h) => !h.startsWith(BASE))).toEqual([]);
		expect(await results.count()).toBeGreaterThanOrEqual(2);
		await browserPage.context().close();
	});
});
