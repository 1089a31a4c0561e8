import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { splitLocalePath } from '../../src/i18n/locales.ts';
import { DIST } from './dist.ts';
import { sitemapPaths } from './sitemap.ts';

/**
 * Which pages the expensive browser checks visit (the dark and phone theme cases of axe, the
 * reflow check at 320 px, the Tab walk, the keyboard widget and reduced-motion checks).
 *
 * Why a sample is enough for those checks: every page of the site is made by one of a dozen
 * templates (src/views/*.astro), per language, and every page loads the same single stylesheet
 * (the build emits one CSS bundle for the whole site). Two pages of one template differ only in
 * their content: which elements and classes the content uses, and how much of it there is. So
 * within each (language, template) group the sample takes pages until every element name and
 * class name used by any page of the group appears on a sampled page: a page left out uses no
 * markup, hence no CSS rule and no widget, that the sample does not show in that template and
 * language. Of the pages that would add the same markup it takes the smallest (greedily, the most
 * new markup per byte): a 40 kB state page shows the colours, widths and widgets of a 500 kB one,
 * and costs a tenth of the time to check. How much there is matters to reflow only, so the reflow
 * check also visits the largest page of each group (`largestPaths`).
 * Both languages are sampled, since each has its own text (longer Spanish words wrap differently)
 * and the Spanish edition shows the translation notice. axe in the light desktop case and the CSP
 * check still visit every page of the sitemap.
 *
 * Everything is derived from the built site, so the sample follows the content as it changes.
 */

/** What the sample needs to know of a built page. */
export interface PageFacts {
	/** Path relative to the site's base, as in the sitemap (`''`, `es/sources/x/`). */
	readonly path: string;
	/** Size of the built HTML. */
	readonly bytes: number;
	/** Element names and `.class` names the page's HTML uses (see pageVocabulary). */
	readonly vocabulary: readonly string[];
}

/** Single pages whose first path segment names their template. */
const SINGLE = new Set(['glossary', 'figures', 'search', 'contribute', '404']);
/** Sections with an index page and pages below it, each its own template. */
const SECTIONS = new Set(['sources', 'agreements', 'timeline']);

/**
 * The language and template of a page, from its path: `es/agreements/texas/` is
 * `{ locale: 'es', template: 'agreements/*' }`. Paths that fit no other pattern are explainers
 * (src/pages/[...slug].astro).
 */
export function templateOf(path: string): { locale: string; template: string } {
	const { locale, path: english } = splitLocalePath(`/${path.split(/[?#]/)[0]}`);
	const [first = '', ...rest] = english.split('/').filter(Boolean);
	let template: string;
	if (!first) template = 'home';
	else if (SINGLE.has(first) && rest.length === 0) template = first;
	else if (SECTIONS.has(first)) template = [first, ...rest.map(() => '*')].join('/');
	else template = 'explainer';
	return { locale, template };
}

/** The element names and `.class` names that occur in a page's HTML, sorted. */
export function pageVocabulary(html: string): string[] {
	const words = new Set<string>();
	visit(fromHtml(html, { fragment: true }), 'element', (element) => {
		words.add(element.tagName);
		for (const name of classNames(element)) words.add(`.${name}`);
	});
	return [...words].sort();
}

function classNames(element: Element): string[] {
	const names = element.properties['className'];
	return Array.isArray(names) ? names.map(String) : [];
}

/** Pages grouped by language and template, in the order given. */
function groupsOf(pages: readonly PageFacts[]): PageFacts[][] {
	const groups = new Map<string, PageFacts[]>();
	for (const page of pages) {
		const { locale, template } = templateOf(page.path);
		const key = `${locale} ${template}`;
		groups.set(key, [...(groups.get(key) ?? []), page]);
	}
	return [...groups.values()];
}

/** The paths of `pages` that are in `chosen`, in the order of `pages`. */
function inOrder(pages: readonly PageFacts[], chosen: ReadonlySet<PageFacts>): string[] {
	return pages.filter((p) => chosen.has(p)).map((p) => p.path);
}

/**
 * A representative sample of pages, in the order given (see the comment at the top of this file):
 * per language and template, pages until the group's whole vocabulary is covered, each time the
 * one that adds the most new words per byte.
 */
export function pagesByTemplate(pages: readonly PageFacts[]): string[] {
	const chosen = new Set<PageFacts>();
	for (const group of groupsOf(pages)) {
		const covered = new Set<string>();
		const gain = (p: PageFacts) => p.vocabulary.filter((w) => !covered.has(w)).length;
		for (;;) {
			const best = group.reduce((a, b) => (gain(b) / b.bytes > gain(a) / a.bytes ? b : a));
			if (gain(best) === 0) break;
			chosen.add(best);
			for (const w of best.vocabulary) covered.add(w);
		}
	}
	return inOrder(pages, chosen);
}

/** The largest page of each language and template, in the order given: the most to wrap and reflow. */
export function largestByTemplate(pages: readonly PageFacts[]): string[] {
	const largest = groupsOf(pages).map((group) => group.reduce((a, b) => (b.bytes > a.bytes ? b : a)));
	return inOrder(pages, new Set(largest));
}

/** Facts already read, by site: a test file that takes two samples of one built site reads its pages once. */
const factsOf = new Map<string, PageFacts[]>();

/** The facts of every page of a built site's sitemap. */
export function sitemapPageFacts(dist = DIST, base = '/'): PageFacts[] {
	const key = `${dist}\0${base}`;
	const known = factsOf.get(key);
	if (known) return known;
	const facts = sitemapPaths(dist, base).map((path) => {
		const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
		return { path, bytes: Buffer.byteLength(html), vocabulary: pageVocabulary(html) };
	});
	factsOf.set(key, facts);
	return facts;
}

/**
 * The pages served by no sitemap entry that the browser checks also visit: the 404 page (served
 * for an unknown address), the Spanish one (built at es/404/), and a search with results in each
 * language.
 */
export const EXTRA_PATHS = ['no-such-page/', 'es/404/', 'search/?q=Tidal+Wave', 'es/search/?q=Tidal+Wave'] as const;

/** The representative pages of the built site (pagesByTemplate over its sitemap), plus EXTRA_PATHS. */
export function representativePaths(dist = DIST, base = '/'): string[] {
	return [...pagesByTemplate(sitemapPageFacts(dist, base)), ...EXTRA_PATHS];
}

/** The representative pages and the largest page of each template (for reflow), plus EXTRA_PATHS. */
export function reflowPaths(dist = DIST, base = '/'): string[] {
	const facts = sitemapPageFacts(dist, base);
	const chosen = new Set([...pagesByTemplate(facts), ...largestByTemplate(facts)]);
	return [...facts.map((p) => p.path).filter((path) => chosen.has(path)), ...EXTRA_PATHS];
}
