import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrast, parseRgb, type Rgba } from '../support/contrast.ts';
import { openSite, type BrowserSite } from '../support/site.ts';

/**
 * The map of the states on /agreements/, in Chromium: the keyboard reaches every state link in
 * turn, each has an accessible name, and labels and focus keep their contrast in both themes.
 */
describe('the map of the states', () => {
	let site: BrowserSite;
	beforeAll(async () => {
		site = await openSite();
	});
	afterAll(() => site.close());

	it('reaches every state link by keyboard, in order, each named by its title', async () => {
		const page = await site.open('agreements/');
		const links = (await page.$$eval('svg.agreements-map a', (as) =>
			as.map((a) => ({ code: a.getAttribute('data-code'), name: a.querySelector('title')?.textContent ?? '' })),
		)) as { code: string; name: string }[];
		expect(links.length).toBeGreaterThan(0);
		// Tab from the map's first link to its last, and one step further out.
		await page.focus('svg.agreements-map a');
		const reached: string[] = [];
		for (let i = 0; i < links.length; i++) {
			reached.push((await page.evaluate(() => document.activeElement?.getAttribute('data-code') ?? '')) as string);
			await page.keyboard.press('Tab');
		}
		expect(reached).toEqual(links.map((l) => l.code));
		expect(await page.evaluate(() => document.activeElement?.closest('svg.agreements-map') === null)).toBe(true);
		for (const l of links) {
			expect(l.name, l.code).toMatch(/^.+: (no|\d[\d,]*) agreements?$/);
			expect(await page.getByRole('link', { name: l.name, exact: true }).count(), l.name).toBe(1);
		}
		await page.context().close();
	});

	it.each(['light', 'dark'] as const)('%s theme: every label reads at 4.5:1 on its shade, and focus shows at 3:1', async (colorScheme) => {
		const page = await site.open('agreements/', { colorScheme });
		const pairs = (await page.$$eval('svg.agreements-map .map-place', (places) =>
			places.flatMap((p) => {
				const shape = p.querySelector('path');
				const label = p.querySelector('text.map-label');
				const inset = p.querySelector('rect') !== null;
				const called = p.querySelector('line') !== null;
				if (!shape || !label) return [];
				// A label inside its shape is read against the shade; a call-out or an inset's label against the page.
				const against = inset || called ? getComputedStyle(document.body).backgroundColor : getComputedStyle(shape).fill;
				return [{ code: p.getAttribute('data-code'), text: getComputedStyle(label).fill, against }];
			}),
		)) as { code: string; text: string; against: string }[];
		expect(pairs.length).toBeGreaterThan(50);
		for (const p of pairs) {
			const ratio = contrast(parseRgb(p.text) as Rgba, parseRgb(p.against) as Rgba);
			expect(ratio, `${p.code}: ${p.text} on ${p.against}`).toBeGreaterThanOrEqual(4.5);
		}
		await page.focus('svg.agreements-map a');
		const focus = (await page.evaluate(() => {
			const a = document.activeElement as Element;
			return { stroke: getComputedStyle(a.querySelector('path')!).stroke, bg: getComputedStyle(document.body).backgroundColor };
		})) as { stroke: string; bg: string };
		expect(contrast(parseRgb(focus.stroke) as Rgba, parseRgb(focus.bg) as Rgba)).toBeGreaterThanOrEqual(3);
		await page.context().close();
	});
});
