import { messages } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';

/** Site-wide names and the fixed menus. The menus never grow with the corpus; their labels are in src/i18n. */
export const SITE_NAME = messages('en').site.name;

export const SITE_DESCRIPTION = messages('en').site.description;

/** A link of a fixed menu: its label and its address without the base path or the language. */
export interface MenuItem {
	readonly label: string;
	readonly path: string;
}

const MAIN_PATHS = [
	'/what-is-287g/',
	'/models/',
	'/history/',
	'/operations/',
	'/debate/',
	'/timeline/',
	'/figures/',
	'/agreements/',
	'/glossary/',
	'/sources/',
];

/** The footer's links: how the site works, and the pages every page should reach. */
const FOOTER_PATHS = ['/methodology/', '/sources/', '/search/', '/contribute/'];

const labelled = (paths: readonly string[], locale: Locale): MenuItem[] =>
	paths.map((path) => ({ path, label: messages(locale).site.menuItems[path] ?? path }));

/** The header's menu in one language. */
export const mainMenu = (locale: Locale): readonly MenuItem[] => labelled(MAIN_PATHS, locale);

/** The footer's menu in one language. */
export const footerMenu = (locale: Locale): readonly MenuItem[] => labelled(FOOTER_PATHS, locale);

export const MENU: readonly MenuItem[] = mainMenu('en');
export const FOOTER_MENU: readonly MenuItem[] = footerMenu('en');

/** Whether a menu item is the current page or its section. */
export function isCurrent(itemPath: string, pagePath: string): boolean {
	return itemPath === '/' ? pagePath === '/' : pagePath.startsWith(itemPath);
}

/**
 * `aria-current` for a menu item: `page` on the page itself, `true` on the item of the section
 * the page is in (a model page marks "Models"), nothing elsewhere.
 */
export function ariaCurrent(itemPath: string, pagePath: string): 'page' | 'true' | undefined {
	if (itemPath === pagePath) return 'page';
	return isCurrent(itemPath, pagePath) ? 'true' : undefined;
}
