import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type BrowserSite } from '../support/site.ts';

let site: BrowserSite;
beforeAll(async () => {
	site = await openSite();
});
afterAll(() => site?.close());

/** Each page and the counterpart its language switch must lead to, both ways. */
const PAIRS = [
	{ from: 'models/task-force/', to: 'es/models/task-force/', lang: 'es', name: 'Español' },
	{ from: 'es/models/task-force/', to: 'models/task-force/', lang: 'en', name: 'English' },
	{ from: 'es/', to: '', lang: 'en', name: 'English' },
];

describe('the language switch, by keyboard', () => {
	it.each(PAIRS)('/$from: Tab reaches "$name", and Enter opens /$to in that language', async ({ from, to, lang, name }) => {
		const page = await site.open(from);
		let reached: { text: string; lang: string | null; hreflang: string | null } | undefined;
		for (let i = 0; i < 40 && !reached; i++) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(() => {
				const el = document.activeElement;
				if (!el?.closest('nav.language-switch')) return undefined;
				return { text: el.textContent?.trim() ?? '', lang: el.getAttribute('lang'), hreflang: el.getAttribute('hreflang') };
			});
		}
		expect(reached).toEqual({ text: name, lang, hreflang: lang });
		await Promise.all([page.waitForURL(site.site.url + to), page.keyboard.press('Enter')]);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
		await page.context().close();
	});
});
