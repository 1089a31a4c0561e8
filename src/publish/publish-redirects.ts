import { withBase } from '../lib/urls.ts';

/** The "page not found" of one edition: the addresses it answers for, and its built file. */
export interface NotFoundPage {
	/** The edition's folder in the site, e.g. `es`. */
	readonly folder: string;
	/** Its 404 page as built, from the site's root, e.g. `es/404/index.html`. */
	readonly file: string;
}

/**
 * Where a translation's "page not found" is built: Astro writes `src/pages/404.astro` as
 * `404.html`, but a page of a translation as `<locale>/404/index.html`, like any other page.
 * The first candidate that exists is the one; the integration checks that one does.
 */
export function notFoundCandidates(locale: string): string[] {
	return [`${locale}/404/index.html`, nearestNotFound(locale)];
}

/**
 * The file a host that serves "the nearest `404.html`" (Cloudflare Pages) finds for an unknown
 * address under a folder; it ignores the 404 rules of `_redirects`.
 *
 * In:  `es`
 * Out: `es/404.html`
 */
export function nearestNotFound(folder: string): string {
	return `${folder}/404.html`;
}

/**
 * `dist/_redirects`, the rules file Netlify reads (and Cloudflare Pages, see the README): an
 * unknown address under a translation's folder gets that translation's "page not found", with
 * status 404, instead of the English one at `/404.html`. A rule of status 404 applies only
 * where no file answers, so the pages themselves are served as they are. Rules carry the base.
 *
 * In:  `publishRedirects([{ folder: 'es', file: 'es/404/index.html' }], '/287g/')`
 * Out: `# …\n/287g/es/*  /287g/es/404/index.html  404\n`
 */
export function publishRedirects(pages: readonly NotFoundPage[], base: string): string {
	const rules = pages.map(({ folder, file }) => `${withBase(`/${folder}/*`, base)}  ${withBase(`/${file}`, base)}  404`);
	return `${['# Unknown addresses of each translation get its own "page not found" (src/publish/publish-redirects.ts).', ...rules].join('\n')}\n`;
}

/** One rule of a `_redirects` file that serves a page with status 404. */
export interface NotFoundRule {
	/** The address pattern, e.g. `/es/*`. */
	readonly from: string;
	/** The page served, e.g. `/es/404/index.html`. */
	readonly to: string;
}

/**
 * The rules of status 404 in a `_redirects` file, for a local server to behave as the host does.
 *
 * In:  `"# comment\n/es/*  /es/404/index.html  404\n"`
 * Out: `[{ from: '/es/*', to: '/es/404/index.html' }]`
 */
export function notFoundRules(redirects: string): NotFoundRule[] {
	return redirects
		.split('\n')
		.map((line) => line.trim().split(/\s+/))
		.filter(([from, to, status]) => from && !from.startsWith('#') && to && status === '404')
		.map(([from, to]) => ({ from: from!, to: to! }));
}

/**
 * The page a 404 rule serves for an address, if one matches: `*` at the end of a pattern stands
 * for the rest of the address.
 *
 * In:  `notFoundPageFor([{ from: '/es/*', to: '/es/404/index.html' }], '/es/no-such-page/')`
 * Out: `/es/404/index.html`
 */
export function notFoundPageFor(rules: readonly NotFoundRule[], pathname: string): string | undefined {
	return rules.find(({ from }) => (from.endsWith('*') ? pathname.startsWith(from.slice(0, -1)) : pathname === from))?.to;
}
