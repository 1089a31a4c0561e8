/** Site-wide names and the fixed menu. The menu never grows with the corpus. */
export const SITE_NAME = '287(g) Explained';

export const SITE_DESCRIPTION =
	'What the 287(g) program is, how its three models work, its history and the figures quoted about it; every statement linked to the passage of a source that supports it.';

export const MENU: readonly { readonly label: string; readonly path: string }[] = [
	{ label: 'What is 287(g)?', path: '/what-is-287g/' },
	{ label: 'Models', path: '/models/' },
	{ label: 'History', path: '/history/' },
	{ label: 'Timeline', path: '/timeline/' },
	{ label: 'Figures', path: '/figures/' },
	{ label: 'Glossary', path: '/glossary/' },
	{ label: 'Sources', path: '/sources/' },
];

/** Whether a menu item is the current page or its section. */
export function isCurrent(itemPath: string, pagePath: string): boolean {
	return itemPath === '/' ? pagePath === '/' : pagePath.startsWith(itemPath);
}
