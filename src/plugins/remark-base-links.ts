import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/urls.ts';

export interface Options {
	/** The site's base path, e.g. `/` or `/287g/`. */
	base?: string;
}

/**
 * Puts the site's base path in front of the root-relative links contributors write in Markdown,
 * so that `[Sources](/sources/)` works when the site is published under a base path.
 * The first remark plugin: links that later plugins build already carry the base.
 *
 * In:  `[Sources](/sources/)` with base `/287g/`
 * Out: a link to `/287g/sources/`
 */
export function remarkBaseLinks(options: Options = {}) {
	const base = options.base ?? '/';
	return (tree: Root) => {
		if (base === '/') return;
		visit(tree, (node) => {
			if (node.type !== 'link' && node.type !== 'definition') return;
			// `//host/x` is protocol-relative, not a path of this site.
			if (!node.url.startsWith('/') || node.url.startsWith('//')) return;
			node.url = withBase(node.url, base);
		});
	};
}
