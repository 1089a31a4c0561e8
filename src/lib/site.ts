/** Site-wide names and the fixed menu. The menu never grows with the corpus. */
export const SITE_NAME = '287(g) Explained';

export const SITE_DESCRIPTION =
	'What the 287(g) program is, how its three models work, its history and the figures quoted about it; every statement linked to the passage of a source that supports it.';

/** A link of a fixed menu: its label and its address without the base path. */
export interface MenuItem {
	readonly label: string;
	readonly path: string;
}

export const MENU: readonly MenuItem[] = [
	{ label: 'What is 287(g)?', path: '/what-is-287g/' },
	{ label: 'Models', path: '/models/' },
	{ label: 'History', path: '/history/' },
	{ label: 'Operations', path: '/operations/' },
	{ label: 'Debate', path: '/debate/' },
	{ label: 'Timeline', path: '/timeline/' },
	{ label: 'Figures', path: '/figures/' },
	{ label: 'Agreements', path: '/agreements/' },
	{ label: 'Glossary', path: '/glossary/' },
	{ label: 'Sources', path: '/sources/' },
];

/** The footer's links: how the site works, and the pages every page should reach. */
export const FOOTER_MENU: readonly MenuItem[] = [
	{ label: 'Methodology and corrections', path: '/methodology/' },
	{ label: 'Sources', path: '/sources/' },
	{ label: 'Search', path: '/search/' },
	{ label: 'Contribute', path: '/contribute/' },
];

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
