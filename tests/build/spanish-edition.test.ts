import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { SITE } from '../support/config.ts';
import { DIST, page } from '../support/dist.ts';
import { pageCitations, type PageCitation } from '../support/page-citations.ts';
import { sitemapPaths } from '../support/sitemap.ts';

/**
 * The Spanish edition as a whole (README, "The Spanish edition"): every English page has its
 * Spanish counterpart at /es/<same path>, the two name each other (hreflang alternates and the
 * language switch), cite exactly the same passages, and a reader of a Spanish page stays in
 * Spanish when following its links.
 */

const { base: BASE, url: SITE_URL } = SITE;
const ORIGIN = new URL(SITE_URL).origin;
const LOCALE = 'es';
/** The Spanish "page not found" (not in the sitemap, but a Spanish page a reader sees). */
const SPANISH_404 = `${LOCALE}/404/`;

const listed = sitemapPaths(DIST, BASE);
const englishPaths = listed.filter((path) => !path.startsWith(`${LOCALE}/`));
const spanishPaths = listed.filter((path) => path.startsWith(`${LOCALE}/`));
const spanishOf = (path: string) => `${LOCALE}/${path}`;
/** A page's public address, as its canonical and hreflang links give it. */
const addressOf = (path: string) => new URL(BASE + path, ORIGIN).href;

// Each page is parsed once, for every assertion of this file.
const trees = new Map<string, Root>();
const tree = (path: string): Root => trees.get(path) ?? trees.set(path, page(join(path, 'index.html'))).get(path)!;
const exists = (path: string) => existsSync(join(DIST, path, 'index.html'));

/** Pages whose check found a problem, as `page: problem` lines (empty when all pass). */
function problems(paths: readonly string[], check: (path: string) => string | string[] | undefined): string {
	return paths.flatMap((path) => [check(path) ?? []].flat().map((problem) => `/${path}: ${problem}`)).join('\n');
}

const pairs = englishPaths.filter((path) => exists(spanishOf(path)));

describe('the Spanish counterpart of every English page', () => {
	it('exists at /es/<same path> and is listed in the sitemap', () => {
		expect(englishPaths.length).toBeGreaterThan(10);
		const spanish = new Set(spanishPaths);
		expect(
			problems(englishPaths, (path) => {
				if (!exists(spanishOf(path))) return `no Spanish page at /${spanishOf(path)} (dist/${spanishOf(path)}index.html)`;
				if (!spanish.has(spanishOf(path))) return `/${spanishOf(path)} is built but not in the sitemap`;
				return undefined;
			}),
		).toBe('');
	});

	it('has <html lang="es">', () => {
		expect(problems(pairs, (path) => (select('html', tree(spanishOf(path)))?.properties['lang'] === LOCALE ? undefined : 'no <html lang="es">'))).toBe('');
	});

	it('both pages carry hreflang alternates for English, Spanish and x-default (English), as full addresses', () => {
		const expected = (path: string) => ({ en: addressOf(path), es: addressOf(spanishOf(path)), 'x-default': addressOf(path) });
		const check = (path: string, of: string) => {
			const found = Object.fromEntries(
				selectAll('link[rel="alternate"][hreflang]', tree(of)).map((link) => [String(link.properties['hrefLang']), String(link.properties['href'])]),
			);
			const want = expected(path);
			const sorted = (o: Record<string, string>) => JSON.stringify(Object.entries(o).sort());
			return sorted(found) === sorted(want) ? undefined : `/${of} has hreflang alternates ${JSON.stringify(found)}, expected ${JSON.stringify(want)}`;
		};
		expect(problems(pairs, (path) => [check(path, path), check(path, spanishOf(path))].filter((p) => p !== undefined))).toBe('');
	});

	it('each page of the pair has a language switch link to the other', () => {
		const check = (from: string, to: string, lang: string) => {
			const link = select(`nav.language-switch a[hreflang="${lang}"]`, tree(from));
			const href = link?.properties['href'];
			if (href !== BASE + to)
				return `/${from}: language switch to "${lang}" is ${href === undefined ? 'missing' : `"${String(href)}"`}, expected "${BASE + to}"`;
			if (link?.properties['lang'] !== lang) return `/${from}: the language switch link to "${lang}" is not marked lang="${lang}"`;
			return undefined;
		};
		expect(problems(pairs, (path) => [check(path, spanishOf(path), LOCALE), check(spanishOf(path), path, 'en')].filter((p) => p !== undefined))).toBe('');
	});
});

/** A citation as one line, the same on both editions: where it shows, what it links to, and the passage. */
const citationKey = (c: PageCitation) => `${c.kind} ${c.source} “${c.quote}”`;
const citationsOf = (path: string) => pageCitations(tree(path), { pageUrl: addressOf(path), base: BASE, locales: [LOCALE] });

/** What `a` has more of than `b`, counting repeats: `['x', 'x', 'y'] - ['x']` is `['x', 'y']`. */
function minus(a: readonly string[], b: readonly string[]): string[] {
	const left = [...b];
	return a.filter((item) => {
		const i = left.indexOf(item);
		if (i === -1) return true;
		left.splice(i, 1);
		return false;
	});
}

describe('citations of the Spanish edition', () => {
	it('each Spanish page cites exactly the passages its English page cites, each as many times and in the same way', () => {
		const cited = pairs.filter((path) => citationsOf(path).length > 0);
		expect(cited.length).toBeGreaterThan(0);
		expect(
			problems(pairs, (path) => {
				const english = citationsOf(path).map(citationKey);
				const spanish = citationsOf(spanishOf(path)).map(citationKey);
				return [
					...minus(english, spanish).map((c) => `missing on the Spanish page (a <Cite> left out or changed?): ${c}`),
					...minus(spanish, english).map((c) => `on the Spanish page only (a <Cite> added or changed?): ${c}`),
				];
			}),
		).toBe('');
	});

	it('each cited passage on a Spanish page is marked lang="en", as the source prints it in English', () => {
		expect(
			problems(spanishPaths, (path) =>
				citationsOf(path)
					.filter((c) => !c.markedEnglish)
					.map((c) => `passage not marked lang="en": ${citationKey(c)}`),
			),
		).toBe('');
	});
});

/**
 * Addresses a Spanish page links to that are not Spanish pages, on purpose. Paths are relative
 * to the base path.
 */
const NOT_SPANISH_PAGES: readonly { readonly prefix: string; readonly reason: string }[] = [
	{ prefix: 'agreements/data/', reason: "downloads of ICE's lists and of the site's data: files, one copy for both editions" },
	{ prefix: 'pagefind/', reason: "the search index, one for the site (it records each page's language)" },
	{ prefix: '_astro/', reason: 'scripts and stylesheets built by Astro' },
	{ prefix: 'favicon.svg', reason: 'the icon of the site' },
	{ prefix: 'sitemap-index.xml', reason: 'the sitemap, which lists both editions' },
];

/** Elements that lead to the English edition on purpose. */
const TO_ENGLISH_ON_PURPOSE: readonly { readonly selector: string; readonly reason: string }[] = [
	{ selector: 'link[rel="alternate"][hreflang]', reason: 'hreflang alternates name the page in each language' },
	{ selector: 'nav.language-switch a', reason: 'the language switch leads to the English page' },
];

/** How many of a page's wrong links a failure shows. */
const SHOWN = 5;

describe('links of the Spanish edition', () => {
	it('every internal link on a Spanish page leads to a Spanish page (/es/…), except the files and links listed in this test', () => {
		const pages = [...spanishPaths, SPANISH_404];
		expect(
			problems(pages, (path) => {
				const root = tree(path);
				const allowed = new Set<Element>(TO_ENGLISH_ON_PURPOSE.flatMap(({ selector }) => selectAll(selector, root)));
				const found: string[] = [];
				visit(root, 'element', (element) => {
					if (allowed.has(element)) return;
					for (const attribute of ['href', 'src', 'action']) {
						const value = element.properties[attribute];
						if (typeof value !== 'string') continue;
						const url = new URL(value, addressOf(path));
						if (url.origin !== ORIGIN || !url.pathname.startsWith(BASE)) continue;
						const target = url.pathname.slice(BASE.length);
						if (target.startsWith(`${LOCALE}/`) || NOT_SPANISH_PAGES.some(({ prefix }) => target.startsWith(prefix))) continue;
						found.push(`<${element.tagName} ${attribute}="${value}">`);
					}
				});
				const distinct = [...new Set(found)];
				if (distinct.length === 0) return undefined;
				const more = distinct.length > SHOWN ? ` and ${distinct.length - SHOWN} more` : '';
				return `${found.length} link${found.length === 1 ? '' : 's'} to the English edition: ${distinct.slice(0, SHOWN).join(', ')}${more}`;
			}),
			'Make each link with localHref(path, locale, base) (src/lib/urls.ts), the locale being localeOf(Astro.currentLocale); ' +
				'in a Spanish content file, write the Spanish path from the site root (`[Fuentes](/es/sources/)`). ' +
				'A link that must lead to English on purpose goes in TO_ENGLISH_ON_PURPOSE or NOT_SPANISH_PAGES, with the reason.',
		).toBe('');
	});
});
