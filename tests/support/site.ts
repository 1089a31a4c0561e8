import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { DIST } from './dist.ts';

export interface ContextOptions {
	/** The system setting the page sees through `prefers-color-scheme`. */
	colorScheme?: 'light' | 'dark';
	/** A theme chosen earlier with the toggle (stored as the theme script reads it). */
	storedTheme?: 'light' | 'dark';
	width?: number;
	height?: number;
	javaScript?: boolean;
	reducedMotion?: 'reduce' | 'no-preference';
}

export interface BrowserSite {
	readonly site: StaticSite;
	readonly browser: Browser;
	/** A browser context (a fresh profile) for several pages of the site. */
	context(options?: ContextOptions): Promise<BrowserContext>;
	/** A new page at a path of the site, e.g. `search/?q=287g`, in a context of its own. */
	open(path: string, options?: ContextOptions): Promise<Page>;
	close(): Promise<void>;
}

/** A built site (the project's dist/ unless told) served on loopback, with one shared Chromium. */
export async function openSite(options: { dist?: string; base?: string } = {}): Promise<BrowserSite> {
	const site = await serveStatic(options.dist ?? DIST, options.base);
	const browser = await launchChromium();
	const context: BrowserSite['context'] = async (options = {}) => {
		const ctx = await browser.newContext({
			colorScheme: options.colorScheme ?? 'light',
			viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
			javaScriptEnabled: options.javaScript ?? true,
			reducedMotion: options.reducedMotion ?? 'no-preference',
		});
		if (options.storedTheme) {
			await ctx.addInitScript((theme) => localStorage.setItem('theme', theme), options.storedTheme);
		}
		return ctx;
	};
	return {
		site,
		browser,
		context,
		async open(path, options = {}) {
			const page = await (await context(options)).newPage();
			await page.goto(site.url + path, { waitUntil: 'networkidle' });
			return page;
		},
		async close() {
			await browser.close();
			await site.close();
		},
	};
}
