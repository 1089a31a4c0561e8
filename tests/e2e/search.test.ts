import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, formatViolations } from '../support/axe.ts';
import { openSearchIndex } from '../support/search-index.ts';
import { openSite, type BrowserSite } from '../support/site.ts';

/** Opens a page, recording the address of every script it requests. */
async function openRecordingScripts(site: BrowserSite, path: string): Promise<{ page: Page; scripts: string[] }> {
	const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await page.goto(site.site.url + path, { waitUntil: 'networkidle' });
	return { page, scripts };
}

/** Opens the search dialog with the `/` shortcut and waits until its input has focus. */
async function openDialog(page: Page): Promise<void> {
	await page.keyboard.press('/');
	await page.locator('dialog[open] input[type="search"]:focus').waitFor();
}

describe('search interface', () => {
	let site: BrowserSite;
	beforeAll(async () => {
		site = await openSite();
	});
	afterAll(() => site.close());

	it('loads no script on a page until the reader starts a search', async () => {
		const { page, scripts } = await openRecordingScripts(site, 'what-is-287g/');
		expect(scripts).toEqual([]);
		// The inline scripts are the theme (2), the search bootstrap and the glossary tooltips'
		// Escape key, each small.
		const inline = await page
			.locator('script:not([src]):not([type="application/ld+json"])')
			.evaluateAll((nodes) => nodes.map((n) => n.textContent?.length ?? 0));
		expect(inline).toHaveLength(4);
		expect(Math.max(...inline)).toBeLessThan(2000);
		await openDialog(page);
		expect(scripts).toEqual(expect.arrayContaining(['/_astro/search-dialog.js', '/pagefind/pagefind-component-ui.js']));
		expect(scripts).not.toContain('/pagefind/pagefind-highlight.js');
		await page.context().close();
	});

	it('shows results with marked words and sub-results for the query in the address', async () => {
		const index = await openSearchIndex(site);
		const expected = (await index.search('Tidal Wave')).length;
		await index.close();
		const page = await site.open('search/?q=Tidal+Wave');
		const results = page.locator('.pf-result');
		await results.first().locator('.pf-result-link').waitFor();
		expect(expected).toBeGreaterThanOrEqual(4);
		expect(await page.locator('.pf-result-link').count()).toBe(expected);
		expect(await page.locator('.pf-result-excerpt mark').first().textContent()).toMatch(/^(Tidal|Wave)/);
		const subResult = page.locator('a.pf-heading-link[href^="/operations/"]').first();
		expect(await subResult.getAttribute('href')).toBe('/operations/?highlight=tidal&highlight=wave#operation-tidal-wave-florida-april-2126-2025');
		await page.context().close();
	});

	it('keeps the query and the filters in the address, and restores them from it', async () => {
		const page = await site.open('search/');
		const input = page.getByRole('searchbox', { name: 'Search this site' });
		await input.fill('Tidal Wave');
		await page.waitForURL(/\?q=Tidal\+Wave$/);
		await page.getByRole('checkbox', { name: /Source article/ }).check();
		await page.waitForURL(/\?q=Tidal\+Wave&type=Source\+article$/);
		await page.getByRole('combobox', { name: 'Order' }).selectOption('date-desc');
		await page.waitForURL(/&sort=date-desc$/);

		await page.reload({ waitUntil: 'networkidle' });
		await page.locator('.pf-result-link').first().waitFor();
		expect(await page.getByRole('searchbox', { name: 'Search this site' }).inputValue()).toBe('Tidal Wave');
		expect(await page.getByRole('checkbox', { name: /Source article/ }).isChecked()).toBe(true);
		expect(await page.locator('.pf-result-link').allTextContents()).toEqual([
			'Local authorities team with ICE to capture immigrants accused of crimes',
			'Local Agencies Strengthen Partnerships With ICE Amid Rising Immigrant Arrests',
		]);
		await page.context().close();
	});

	it('shows pages of either type when two types are ticked', async () => {
		const page = await site.open('search/?q=Tidal+Wave&type=Explainer&type=Source+article');
		await page.locator('.pf-result-link').first().waitFor();
		const links = await page.locator('.pf-result-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort());
		// Explainers and source articles, both: the pages that mention the operation follow the
		// content, but these tell its story, and no page of another type comes through.
		expect(links).toEqual(expect.arrayContaining(['/history/', '/operations/', '/sources/local-authorities-team-with-ice/']));
		for (const link of links) expect(link).not.toMatch(/^\/(glossary|timeline|figures|agreements|search)\//);
		await page.context().close();
	});

	it('comes back to the same search with the back button', async () => {
		const page = await site.open('search/?q=Sheahan&type=Source+article');
		await page.locator('.pf-result-link').first().click();
		await page.waitForURL(/\/sources\/ice-1000-police-departments\//);
		await page.goBack({ waitUntil: 'networkidle' });
		await page.locator('.pf-result-link').first().waitFor();
		expect(await page.getByRole('searchbox', { name: 'Search this site' }).inputValue()).toBe('Sheahan');
		expect(await page.getByRole('checkbox', { name: /Source article/ }).isChecked()).toBe(true);
		await page.context().close();
	});

	it('searches, picks a result and opens it by keyboard alone, from the dialog', async () => {
		const page = await site.open('what-is-287g/');
		await openDialog(page);
		expect(await page.locator('dialog[open]').getAttribute('aria-label')).toBe('Search the site');
		await page.keyboard.type('Tidal Wave');
		await page.locator('dialog[open] .pf-result-link').first().waitFor();
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => document.activeElement?.className)).toContain('pf-result-link');
		const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname + url.search === target?.split('#')[0]);
		expect(target).toMatch(/\?highlight=tidal&highlight=wave/);
		await page.context().close();
	});

	it('reaches the results with Tab and opens one with Enter', async () => {
		const page = await site.open('models/');
		await openDialog(page);
		await page.keyboard.type('Sheahan');
		await page.locator('dialog[open] .pf-result-link').first().waitFor();
		for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement?.classList.contains('pf-result-link'))); i++) {
			await page.keyboard.press('Tab');
		}
		expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/police departments|Jail Enforcement|debate|History/i);
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.searchParams.get('highlight') === 'sheahan');
		await page.context().close();
	});

	it('searches, filters and opens a result by keyboard alone, on the search page', async () => {
		const page = await site.open('search/');
		await page.locator('[data-search-page] input[type="search"]:focus').waitFor();
		await page.keyboard.type('Tidal Wave');
		await page.waitForURL(/\?q=Tidal\+Wave$/);
		const focused = () =>
			page.evaluate(() => [document.activeElement?.tagName, (document.activeElement as HTMLInputElement).value, document.activeElement?.className].join(' '));
		for (let i = 0; i < 12 && !(await focused()).startsWith('INPUT Explainer'); i++) await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await page.waitForURL(/\?q=Tidal\+Wave&type=Explainer$/);
		for (let i = 0; i < 40 && !(await focused()).includes('pf-result-link'); i++) await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => ['/operations/', '/history/'].includes(url.pathname) && url.searchParams.has('highlight'));
		await page.context().close();
	});

	it('closes the dialog with Escape and gives focus back', async () => {
		const page = await site.open('history/');
		await page.getByRole('link', { name: 'Glossary' }).focus();
		await page.keyboard.press('Control+k');
		await page.locator('dialog[open] input[type="search"]:focus').waitFor();
		await page.keyboard.type('IIRIRA');
		await page.keyboard.press('Escape');
		await page.locator('dialog[open]').waitFor({ state: 'detached' });
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Glossary');
		await page.context().close();
	});

	it('opens the dialog with the words typed in the header search box', async () => {
		const page = await site.open('debate/');
		await page.getByRole('searchbox', { name: 'Search the site' }).fill('Alamance');
		await page.keyboard.press('Enter');
		await page.locator('dialog[open] .pf-result-link').first().waitFor();
		expect(await page.locator('dialog[open] input[type="search"]').inputValue()).toBe('Alamance');
		expect(page.url()).toMatch(/\/debate\/$/);
		await page.context().close();
	});

	it('highlights the searched words on the page a result opens', async () => {
		const { page, scripts } = await openRecordingScripts(site, 'operations/?highlight=tidal&highlight=wave');
		await page.locator('mark.search-highlight').first().waitFor();
		expect(await page.locator('h2 mark.search-highlight').allTextContents()).toEqual(['Tidal', 'Wave']);
		expect(await page.locator('header mark.search-highlight').count()).toBe(0);
		expect(scripts).toContain('/pagefind/pagefind-highlight.js');
		await page.context().close();
	});

	it('without JavaScript, the header form opens the search page, which says why it cannot search', async () => {
		const page = await site.open('methodology/', { javaScript: false });
		await page.getByRole('searchbox', { name: 'Search the site' }).fill('detainer');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/search\/\?q=detainer$/);
		expect(await page.locator('main').textContent()).toContain('Search runs in your browser and needs JavaScript');
		expect(await page.locator('[data-search-page]').isVisible()).toBe(false);
		await page.context().close();
	});

	it('says so when the search index cannot be loaded', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		await page.route('**/pagefind/**', (route) => route.abort());
		await page.goto(site.site.url + 'search/?q=detainer', { waitUntil: 'networkidle' });
		await page.getByRole('status').filter({ hasText: 'Search could not be loaded' }).waitFor();
		await context.close();
	});
});

describe('search accessibility', () => {
	let site: BrowserSite;
	beforeAll(async () => {
		site = await openSite();
	});
	afterAll(() => site.close());

	for (const colorScheme of ['light', 'dark'] as const) {
		it(`the search page with results has no axe violations (${colorScheme})`, async () => {
			const page = await site.open('search/?q=detainer', { colorScheme });
			await page.locator('.pf-result-link').first().waitFor();
			await page.locator('.pf-filter-checkbox').first().waitFor();
			expect(formatViolations(await axeViolations(page))).toBe('');
			await page.context().close();
		});

		it(`the open search dialog has no axe violations (${colorScheme})`, async () => {
			const page = await site.open('sources/', { colorScheme });
			await openDialog(page);
			await page.keyboard.type('West Virginia');
			await page.locator('dialog[open] .pf-result-link').first().waitFor();
			expect(formatViolations(await axeViolations(page))).toBe('');
			await page.context().close();
		});
	}
});
