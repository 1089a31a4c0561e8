import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type BrowserSite } from '../support/site.ts';

const PATH = 'models/task-force/';
const MARKER = 'main sup.cite > a >> nth=0';

/** Whether the preview of the first citation marker of the page is on screen. */
function previewShown(page: Page): Promise<boolean> {
	return page.locator('main sup.cite >> nth=0').locator('.cite-tip').isVisible();
}

describe('citation previews in a browser', () => {
	let site: BrowserSite;
	beforeAll(async () => {
		site = await openSite();
	});
	afterAll(() => site.close());

	it('show the passage and source the reference list gives, on keyboard focus; Escape hides it and focus stays', async () => {
		const page = await site.open(PATH);
		expect(await previewShown(page)).toBe(false);
		const href = await page.locator(MARKER).getAttribute('href');
		const reference = page.locator(`[id="${href!.slice(1)}"]`);
		const passage = (await reference.locator('blockquote').textContent())!.trim();
		const source = (await reference.locator('.ref-source').first().textContent())!.replace(/\s+/g, ' ');
		// Reach the marker with Tab from the control before it, as a keyboard user would.
		const controls = page.locator('main a[href], main button');
		const all = await controls.evaluateAll((els) => els.map((e) => e.matches('sup.cite > a')));
		await controls.nth(all.indexOf(true) - 1).focus();
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.matches('sup.cite > a'))).toBe(true);
		expect(await previewShown(page)).toBe(true);
		const tip = page.locator('main sup.cite >> nth=0').locator('.cite-tip');
		expect((await tip.locator('.cite-tip-passage').textContent())!.trim()).toBe(passage);
		// The preview names the outlet and date the reference list gives (not the title, for weight).
		const tipSource = (await tip.locator('.cite-tip-source').textContent())!.replace(/\s+/g, ' ').trim();
		expect(tipSource).not.toBe('');
		expect(source).toContain(tipSource);
		await page.keyboard.press('Escape');
		expect(await previewShown(page)).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.matches('sup.cite > a'))).toBe(true);
		await page.context().close();
	});

	it('show on hover, stay while the pointer moves onto the preview, and go when it leaves', async () => {
		const page = await site.open(PATH);
		const link = page.locator(MARKER);
		await link.hover();
		expect(await previewShown(page)).toBe(true);
		const tip = (await page.locator('main sup.cite >> nth=0').locator('.cite-tip').boundingBox())!;
		const box = (await link.boundingBox())!;
		expect(tip.y, 'the preview touches the marker').toBeLessThanOrEqual(box.y + box.height + 1);
		await page.mouse.move(tip.x + tip.width / 2, tip.y + tip.height / 2);
		expect(await previewShown(page)).toBe(true);
		await page.mouse.move(1, 1);
		expect(await previewShown(page)).toBe(false);
		await page.context().close();
	});

	it("keep the marker's name; the preview is its description", async () => {
		const page = await site.open(PATH);
		const link = page.locator(MARKER);
		const name = await link.getAttribute('aria-label');
		expect(name).toMatch(/^Reference \d+$/);
		expect(await page.getByRole('link', { name: name!, exact: true }).count()).toBeGreaterThan(0);
		const described = await link.evaluate((a) => document.getElementById(a.getAttribute('aria-describedby')!)?.getAttribute('role'));
		expect(described).toBe('tooltip');
		await page.context().close();
	});

	it('are plain links to the reference list without JavaScript', async () => {
		const page = await site.open(PATH, { javaScript: false });
		const href = await page.locator(MARKER).getAttribute('href');
		await page.locator(MARKER).click();
		await page.waitForURL(new RegExp(`${href}$`));
		expect(await page.locator(`[id="${href!.slice(1)}"] blockquote`).isVisible()).toBe(true);
		await page.context().close();
	});
});
