import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/urls.ts';

export interface Options {
	/** The site's base path, e.g. `/` or `/287g/`. */
	base?: string;
}

/**
 * Puts the site's base path in front of the root-relative links contributors write in Markdown,
 * so that `[Sources](/sources/)` works when the site is published under a base path.
 * Runs before the other plugins: links they build already carry the base.
 *
 * In:  `<a href="/sources/">` with base `/287g/`
 * Out: `<a href="/287g/sources/">`
 */
export function rehypeBaseLinks(options: Options = {}) {
	const base = options.base ?? '/';
	return (tree: Root) => {
		if (base === '/') return;
		visit(tree, 'element', (node) => {
			const href = node.properties['href'];
			// `//host/x` is protocol-relative, not a path of this site.
			if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
			node.properties['href'] = withBase(href, base);
		});
	};
}
