import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { DIST } from './dist.ts';

/** The text of every `<loc>` element of an XML sitemap (or sitemap index). */
export function sitemapLocs(xml: string): string[] {
	const locs: string[] = [];
	const walk = (node: Root | Element) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			if (child.name === 'loc')
				locs.push(
					child.children
						.map((c) => (c.type === 'text' ? c.value : ''))
						.join('')
						.trim(),
				);
			else walk(child);
		}
	};
	walk(fromXml(xml));
	return locs;
}

/**
 * Every page URL listed by the built site's sitemap, read through `sitemap-index.xml` as a
 * crawler would, so that the tests cover exactly the pages published, whoever added them.
 */
export function sitemapUrls(dist = DIST): URL[] {
	const index = join(dist, 'sitemap-index.xml');
	if (!existsSync(index)) throw new Error(`No sitemap-index.xml in ${dist}: is @astrojs/sitemap still in astro.config.mjs?`);
	return sitemapLocs(readFileSync(index, 'utf8')).flatMap((loc) => {
		const file = join(dist, new URL(loc).pathname.split('/').pop()!);
		return sitemapLocs(readFileSync(file, 'utf8')).map((page) => new URL(page));
	});
}

/**
 * The pages of the sitemap as paths relative to the site's base (`''`, `sources/x/`), ready to
 * append to a served site's URL.
 */
export function sitemapPaths(dist = DIST, base = '/'): string[] {
	return sitemapUrls(dist).map((url) => {
		if (!url.pathname.startsWith(base)) throw new Error(`Sitemap entry ${url.href} is outside the base path ${base}.`);
		return url.pathname.slice(base.length);
	});
}
