import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type BrowserSite } from '../support/site.ts';

/** The colours the chart is drawn in, and the theme colours they should follow. */
async function chartColours(site: BrowserSite, colorScheme: 'light' | 'dark') {
	const page = await site.open('figures/', { colorScheme });
	const colours = (await page.evaluate(`(() => {
		const probe = document.createElement('span');
		document.body.append(probe);
		const resolve = (v) => { probe.style.color = 'var(' + v + ')'; return getComputedStyle(probe).color; };
		const style = (sel) => getComputedStyle(document.querySelector(sel));
		return {
			line: style('.chart-line').stroke,
			label: style('.chart-grid text').fill,
			accent: resolve('--accent'),
			fgSoft: resolve('--fg-soft'),
		};
	})()`)) as Record<string, string>;
	await page.context().close();
	return colours;
}

describe('the agreements chart in light and dark themes', () => {
	let site: BrowserSite;
	beforeAll(async () => {
		site = await openSite();
	});
	afterAll(() => site.close());

	it('draws its line and labels in the theme colours, which change with the theme', async () => {
		const light = await chartColours(site, 'light');
		const dark = await chartColours(site, 'dark');
		for (const c of [light, dark]) {
			expect(c.line).toBe(c.accent);
			expect(c.label).toBe(c.fgSoft);
		}
		expect(dark.line).not.toBe(light.line);
		expect(dark.label).not.toBe(light.label);
	});
});
