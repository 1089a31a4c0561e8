import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type BrowserSite } from '../support/site.ts';

/** Whether the definition of a term link is on screen: its `::after` box is displayed. */
function tooltipShown(page: Page, term: string): Promise<boolean> {
	return page.$eval(`a.term[data-term="${term}"]`, (a) => getComputedStyle(a, '::after').display !== 'none');
}

describe('glossary links in a browser', () => {
	let site: BrowserSite;
	beforeAll(async () => {
		site = await openSite();
	});
	afterAll(() => site.close());

	it('show the definition on keyboard focus, hide it on Escape, and keep focus on the link', async () => {
		const page = await site.open('what-is-287g/');
		expect(await tooltipShown(page, 'detainer')).toBe(false);
		// Tab from the link just before it, as a keyboard user would.
		const links = await page.$$eval('main a', (all) => all.map((a) => a.getAttribute('data-term')));
		await page.focus(`main a >> nth=${links.indexOf('detainer') - 1}`);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-term'))).toBe('detainer');
		expect(await tooltipShown(page, 'detainer')).toBe(true);
		await page.keyboard.press('Escape');
		expect(await tooltipShown(page, 'detainer')).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-term'))).toBe('detainer');
		await page.context().close();
	});

	it('show the definition on hover, and keep it while the pointer moves onto it', async () => {
		const page = await site.open('what-is-287g/');
		const link = page.locator('a.term[data-term="detainer"]');
		await link.hover();
		expect(await tooltipShown(page, 'detainer')).toBe(true);
		const box = (await link.boundingBox())!;
		// Just below the link, where the tooltip starts.
		await page.mouse.move(box.x + 4, box.y + box.height + 6);
		expect(await tooltipShown(page, 'detainer')).toBe(true);
		await page.mouse.move(1, 1);
		expect(await tooltipShown(page, 'detainer')).toBe(false);
		await page.context().close();
	});

	it('do not add the definition to the link name that assistive technology reads', async () => {
		const page = await site.open('what-is-287g/');
		const link = page.locator('a.term[data-term="detainer"]');
		await link.focus();
		expect(await page.getByRole('link', { name: 'immigration detainers', exact: true }).count()).toBe(1);
		await page.context().close();
	});

	it('are plain working links without JavaScript', async () => {
		const page = await site.open('what-is-287g/', { javaScript: false });
		await page.locator('a.term[data-term="detainer"]').click();
		await page.waitForURL(/\/glossary\/#detainer$/);
		expect(await page.locator('#detainer').textContent()).toBe('Detainer');
		await page.context().close();
	});
});
