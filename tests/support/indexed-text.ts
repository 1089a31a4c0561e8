import type { Element, ElementContent, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { INDEX_EXCLUDE } from '../../src/search/search-index.ts';

/**
 * How Pagefind reads a page's text, closely enough to find words it would run together.
 * Pagefind (pagefind/src/fossick/parser.rs) separates text only at these elements, at `<br>` and at
 * whitespace in the markup; text in any other neighbouring elements (`th`, `dt`, `span`, `a`,
 * `time`…) is joined as written. Astro removes the whitespace between tags in templates, so
 * `<span>May 6, 2019</span><a>Model change</a>` is indexed, and shown in results, as
 * "May 6, 2019Model change".
 */
const SENTENCE_ELEMENTS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'div', 'ul', 'li', 'article', 'section', 'br']);

/** Elements Pagefind never indexes, whatever the page says. */
const REMOVED = ['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template'];

/** A word or a sentence's punctuation, which needs a space after it too ("References.Question"). */
const WORD_END = /[\p{L}\p{N}.,;:!?)\]”]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/**
 * Places in the indexed region of a page where two elements' words meet with nothing between
 * them, each as "…end|start…" (e.g. "…6, 2019|Model ch…"). Empty when every element boundary
 * is a word boundary.
 */
export function runTogether(tree: Root): string[] {
	const body = select('[data-pagefind-body]', tree);
	if (!body) return [];
	const out = new Set<Element>(selectAll([...REMOVED, '[data-pagefind-ignore]', ...INDEX_EXCLUDE].join(', '), body));
	// Pieces of text in reading order; `null` marks a boundary Pagefind puts between them.
	const pieces: (string | null)[] = [];
	const walk = (nodes: readonly ElementContent[]) => {
		for (const node of nodes) {
			if (node.type === 'text') pieces.push(node.value);
			if (node.type !== 'element' || out.has(node)) continue;
			const boundary = SENTENCE_ELEMENTS.has(node.tagName);
			if (boundary) pieces.push(null);
			walk(node.children);
			if (boundary) pieces.push(null);
		}
	};
	walk(body.children);
	const found: string[] = [];
	for (let i = 1; i < pieces.length; i++) {
		const [before, after] = [pieces[i - 1], pieces[i]];
		if (typeof before === 'string' && typeof after === 'string' && WORD_END.test(before) && WORD_START.test(after)) {
			found.push(`…${before.slice(-12)}|${after.slice(0, 12)}…`);
		}
	}
	return found;
}
