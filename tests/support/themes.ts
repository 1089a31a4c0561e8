import type { Page } from 'playwright-core';
import { luminance, parseRgb } from './contrast.ts';
import type { ContextOptions } from './site.ts';

export interface ThemeCase extends ContextOptions {
	readonly name: string;
	readonly theme: 'light' | 'dark';
	readonly width: number;
}

/**
 * Each theme reached both ways (the system setting, and the toggle's stored choice against the
 * opposite system setting), each at desktop and phone width: four runs per page in all.
 */
export const THEME_CASES: readonly ThemeCase[] = [
	{ name: 'light (system), 1280px', theme: 'light', colorScheme: 'light', width: 1280 },
	{ name: 'dark (system), 1280px', theme: 'dark', colorScheme: 'dark', width: 1280 },
	{ name: 'light (toggle, dark system), 390px', theme: 'light', colorScheme: 'dark', storedTheme: 'light', width: 390 },
	{ name: 'dark (toggle, light system), 390px', theme: 'dark', colorScheme: 'light', storedTheme: 'dark', width: 390 },
];

/** Which theme the page shows, judged by the colour of its background. */
export async function shownTheme(page: Page): Promise<'light' | 'dark'> {
	const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const rgb = parseRgb(background);
	if (!rgb) throw new Error(`Unexpected body background ${background}`);
	return luminance(rgb) > 0.5 ? 'light' : 'dark';
}
