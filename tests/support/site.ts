import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { DIST } from './dist.ts';

export interface BrowserSite {
	readonly site: StaticSite;
	readonly browser: Browser;
	/** A new page at a path of the site, e.g. `search/?q=287g`. */
	open(path: string, options?: { colorScheme?: 'light' | 'dark'; width?: number; javaScript?: boolean }): Promise<Page>;
	close(): Promise<void>;
}

/** A built site (the project's dist/ unless told) served on loopback, with one shared Chromium. */
export async function openSite(options: { dist?: string; base?: string } = {}): Promise<BrowserSite> {
	const site = await serveStatic(options.dist ?? DIST, options.base);
	const browser = await launchChromium();
	return {
		site,
		browser,
		async open(path, options = {}) {
			const context = await browser.newContext({
				colorScheme: options.colorScheme ?? 'light',
				viewport: { width: options.width ?? 1280, height: 900 },
				javaScriptEnabled: options.javaScript ?? true,
			});
			const page = await context.newPage();
			await page.goto(site.url + path, { waitUntil: 'networkidle' });
			return page;
		},
		async close() {
			await browser.close();
			await site.close();
		},
	};
}
