import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, formatViolations, withAxe } from '../support/axe.ts';
import { SITE } from '../support/config.ts';
import { openSite, type BrowserSite } from '../support/site.ts';
import { EXTRA_PATHS, reflowPaths, representativePaths } from '../support/page-sample.ts';
import { sitemapPaths } from '../support/sitemap.ts';
import { THEME_CASES, shownTheme } from '../support/themes.ts';

/** Every published page in both languages, plus the 404 pages and a search with results in each language. */
const PATHS = [...sitemapPaths(undefined, SITE.base), ...EXTRA_PATHS];
/** One representative page per template and language (tests/support/page-sample.ts explains why that is enough). */
const SAMPLE = representativePaths(undefined, SITE.base);

let site: BrowserSite;
beforeAll(async () => {
	site = await openSite();
});
afterAll(() => site?.close());

describe.each(THEME_CASES)('axe-core, WCAG 2.2 A and AA: $name', (themeCase) => {
	let page: Page;
	beforeAll(async () => {
		page = await (await withAxe(await site.context(themeCase))).newPage();
	});
	afterAll(() => page?.context().close());

	// Every page in the first case (light, desktop); the other cases change only colours and
	// widths, which the same templates and stylesheet decide, so they visit the sample.
	it.each(themeCase === THEME_CASES[0] ? PATHS : SAMPLE)('/%s has no violations', async (path) => {
		// Search results arrive after the page has loaded; other pages are complete at `load`.
		await page.goto(site.site.url + path, { waitUntil: path.includes('?') ? 'networkidle' : 'load' });
		expect(await shownTheme(page), 'the theme under test is the one shown').toBe(themeCase.theme);
		const violations = await axeViolations(page);
		expect(formatViolations(violations), `/${path} [${themeCase.name}]: ${violations.length} axe rules violated`).toBe('');
	});
});

describe('reflow (WCAG 1.4.10): nothing scrolls sideways at 320 CSS pixels', () => {
	/** The sample, and the largest page of each template: the longest tables and lists to wrap. */
	const REFLOW = reflowPaths(undefined, SITE.base);
	let page: Page;
	beforeAll(async () => {
		page = await (await site.context({ width: 320, height: 640 })).newPage();
	});
	afterAll(() => page?.context().close());

	it.each(REFLOW)('/%s fits the width', async (path) => {
		await page.goto(site.site.url + path, { waitUntil: path.includes('?') ? 'networkidle' : 'load' });
		// The widest elements that stick out, unless they sit in a container that scrolls on its own (a
		// wide table) or in a visually hidden one (1 px, its overflow hidden: text for screen readers
		// only, such as the models table's column headers on a narrow screen), which shows nothing.
		const wide = await page.evaluate(() => {
			const scrolls = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
			const visuallyHidden = (el: Element) => {
				const box = el.getBoundingClientRect();
				return getComputedStyle(el).overflow === 'hidden' && box.width <= 1 && box.height <= 1;
			};
			return [...document.body.querySelectorAll('*')]
				.filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
				.filter((el) => ![...ancestors(el)].some((a) => scrolls(a) || visuallyHidden(a)))
				.slice(0, 5)
				.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right edge at ${Math.round(el.getBoundingClientRect().right)}px`);
			function* ancestors(el: Element) {
				for (let p = el.parentElement; p; p = p.parentElement) yield p;
			}
		});
		expect(wide.join('\n')).toBe('');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	});
});
