import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { safeHref } from '../lib/safe-url.ts';

// Attributes that hold an address a browser may follow or load.
const ADDRESS_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'xLinkHref'] as const;

/**
 * Passes every address in a hast tree (links in a glossary body or a context note) through
 * `safeHref`, before the tree becomes HTML: the content checks refuse other schemes with the
 * file and line, and this makes sure no path around them produces a `javascript:` link.
 */
export function assertSafeLinks(tree: Root): Root {
	visit(tree, 'element', (node) => {
		for (const name of ADDRESS_ATTRIBUTES) {
			const value = node.properties[name];
			if (typeof value === 'string') safeHref(value);
		}
	});
	return tree;
}
