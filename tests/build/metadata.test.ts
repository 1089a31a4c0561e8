import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { SITE } from '../support/config.ts';
import { DIST, htmlFiles, page, isNotFoundPage, languageOfFile } from '../support/dist.ts';
import { sitemapUrls } from '../support/sitemap.ts';

const attr = (tree: Root, selector: string, name: string): string | undefined => {
	const value = select(selector, tree)?.properties[name];
	return value === undefined ? undefined : String(value);
};
const jsonLd = (tree: Root): Record<string, unknown>[] =>
	selectAll('script[type="application/ld+json"]', tree).map((s) => JSON.parse(toString(s)) as Record<string, unknown>);

/** Address of a dist file under the configured site and base: `sources/x/index.html` → `https://…/base/sources/x/`. */
const addressOf = (file: string) => new URL(SITE.base + file.replace(/(^|\/)index\.html$/, '$1'), SITE.url).href;

const files = htmlFiles();
const published = files.filter((f) => !isNotFoundPage(f));
const trees = new Map(files.map((f) => [f, page(f)]));

/** Values shared by more than one page of the same language, with those pages, for a readable failure. */
function duplicates(read: (tree: Root) => string | undefined): string {
	const byValue = Map.groupBy(published, (f) => `${languageOfFile(f)}: ${read(trees.get(f)!) ?? ''}`);
	return [...byValue]
		.filter(([, pages]) => pages.length > 1)
		.map(([value, pages]) => `"${value}" on ${pages.join(', ')}`)
		.join('\n');
}

/** Pages whose value is missing or wrong, as `page: found` lines. */
function mismatches(check: (tree: Root, file: string) => string | undefined): string {
	return files
		.map((f) => [f, check(trees.get(f)!, f)] as const)
		.filter(([, problem]) => problem !== undefined)
		.map(([f, problem]) => `${f}: ${problem}`)
		.join('\n');
}

describe('metadata of every page', () => {
	it('every page has <html lang> of its edition (en, or es under /es/), a title and a description', () => {
		expect(files.length).toBeGreaterThan(10);
		const problems = mismatches((tree, f) => {
			if (attr(tree, 'html', 'lang') !== languageOfFile(f)) return `no lang="${languageOfFile(f)}" on <html>`;
			if (!toString(select('title', tree) ?? { type: 'root', children: [] }).trim()) return 'empty <title>';
			if (!attr(tree, 'meta[name="description"]', 'content')?.trim()) return 'no meta description';
			return undefined;
		});
		expect(problems).toBe('');
	});

	it('titles are unique', () => {
		expect(duplicates((t) => toString(select('title', t)!))).toBe('');
	});

	it('descriptions are unique', () => {
		expect(duplicates((t) => attr(t, 'meta[name="description"]', 'content'))).toBe('');
	});

	it('each published page has a canonical URL: its own address under the configured site and base', () => {
		expect(mismatches((tree, f) => (isNotFoundPage(f) ? undefined : expectEqual(attr(tree, 'link[rel="canonical"]', 'href'), addressOf(f))))).toBe('');
	});

	it('each published page has Open Graph and Twitter card tags that agree with it', () => {
		const problems = mismatches((tree, f) => {
			if (isNotFoundPage(f)) return undefined;
			const og = (p: string) => attr(tree, `meta[property="og:${p}"]`, 'content');
			const title = toString(select('title', tree)!);
			if (!og('title') || !title.startsWith(og('title')!)) return `og:title "${og('title')}" is not the page's title "${title}"`;
			if (og('description') !== attr(tree, 'meta[name="description"]', 'content')) return 'og:description differs from the description';
			if (!['website', 'article'].includes(og('type') ?? '')) return `og:type "${og('type')}"`;
			if (og('url') !== addressOf(f)) return `og:url "${og('url')}", expected ${addressOf(f)}`;
			if (attr(tree, 'meta[name="twitter:card"]', 'content') !== 'summary') return 'no twitter:card "summary"';
			return undefined;
		});
		expect(problems).toBe('');
	});

	it('every JSON-LD block parses and names schema.org and a @type', () => {
		const problems = mismatches((tree) => {
			const bad = jsonLd(tree).filter((d) => d['@context'] !== 'https://schema.org' || typeof d['@type'] !== 'string');
			return bad.length > 0 ? `JSON-LD without @context/@type: ${JSON.stringify(bad)}` : undefined;
		});
		expect(problems).toBe('');
	});
});

describe('JSON-LD by kind of page', () => {
	it('home: WebSite with a SearchAction into /search/?q=', () => {
		const site = jsonLd(page('/')).find((d) => d['@type'] === 'WebSite');
		expect(site).toMatchObject({
			url: addressOf('index.html'),
			potentialAction: {
				'@type': 'SearchAction',
				target: `${addressOf('search/index.html')}?q={search_term_string}`,
				'query-input': 'required name=search_term_string',
			},
		});
	});

	it('source pages: Article with the headline of the page', () => {
		const sources = files.filter((f) => /^sources\/[^/]+\/index\.html$/.test(f));
		expect(sources.length).toBeGreaterThan(0);
		const problems = mismatches((tree, f) => {
			if (!sources.includes(f)) return undefined;
			const article = jsonLd(tree).find((d) => d['@type'] === 'Article');
			return article?.['headline'] === toString(select('h1', tree)!).trim() ? undefined : `Article JSON-LD: ${JSON.stringify(article)}`;
		});
		expect(problems).toBe('');
	});

	it.skipIf(!existsSync(join(DIST, 'glossary/index.html')))('glossary: DefinedTermSet with one DefinedTerm per term', () => {
		const tree = page('/glossary/');
		const set = jsonLd(tree).find((d) => d['@type'] === 'DefinedTermSet');
		expect(set).toBeDefined();
		const terms = set!['hasDefinedTerm'] as { '@type': string }[];
		expect(terms.length).toBeGreaterThan(5);
		expect(new Set(terms.map((t) => t['@type']))).toEqual(new Set(['DefinedTerm']));
	});
});

describe('sitemap and robots.txt', () => {
	it('the sitemap lists every page except 404, under the configured site and base', () => {
		const listed = sitemapUrls()
			.map((u) => u.href)
			.sort();
		expect(listed).toEqual(published.map(addressOf).sort());
	});

	it('the 404 pages ask not to be indexed and have no canonical URL', () => {
		const notFound = files.filter(isNotFoundPage);
		expect(notFound.sort()).toEqual(['404.html', 'es/404.html', 'es/404/index.html']);
		for (const file of notFound) {
			const tree = trees.get(file)!;
			expect(attr(tree, 'meta[name="robots"]', 'content'), file).toBe('noindex');
			expect(select('link[rel="canonical"]', tree), file).toBeUndefined();
		}
	});

	it('robots.txt points to the sitemap index, which exists', () => {
		const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
		const sitemap = new URL(`${SITE.base}sitemap-index.xml`, SITE.url).href;
		expect(robots.split('\n')).toContain(`Sitemap: ${sitemap}`);
		expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
	});
});

function expectEqual(found: string | undefined, expected: string): string | undefined {
	return found === expected ? undefined : `found ${found ?? 'nothing'}, expected ${expected}`;
}
