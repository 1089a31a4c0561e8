import type { Node, Parent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Problem } from '../corpus/problems.ts';
import { isJsxElement } from '../corpus/mdx-nodes.ts';
import type { Locale } from '../i18n/locales.ts';
import { findLoadedTerms, loadedTermMessage } from './loaded-terms.ts';

interface Segment {
	readonly node: Text;
	/** Offset of the node's text in the joined text of its block. */
	readonly at: number;
}

/** Text nodes of a block, in order; a `<Cite>`'s children are a quote, not the site's voice. */
function segments(block: Parent): Segment[] {
	const found: Segment[] = [];
	let at = 0;
	const walk = (node: Node) => {
		if (node.type === 'text') {
			found.push({ node: node as Text, at });
			at += (node as Text).value.length;
			return;
		}
		if (isJsxElement(node, 'Cite')) return;
		if ('children' in node) for (const child of (node as Parent).children) walk(child);
	};
	walk(block);
	return found;
}

/** File line and column of offset `k` inside a text node. */
function positionIn(node: Text, k: number): { line: number; column: number } {
	const start = node.position?.start ?? { line: 1, column: 1 };
	const before = node.value.slice(0, k);
	const breaks = before.split('\n').length - 1;
	if (breaks === 0) return { line: start.line, column: start.column + k };
	return { line: start.line + breaks, column: k - before.lastIndexOf('\n') };
}

/**
 * Loaded terms outside quotation marks in the prose of an MDX file (paragraphs and headings,
 * notes included). A quotation may span several text nodes of one paragraph, e.g. around a
 * link, so each block is read as one text.
 */
export function loadedTermsInMdx(file: string, tree: Root, locale: Locale = 'en'): Problem[] {
	const problems: Problem[] = [];
	visit(tree, (node) => {
		if (node.type !== 'paragraph' && node.type !== 'heading') return;
		const parts = segments(node);
		const text = parts.map((p) => p.node.value).join('');
		for (const term of findLoadedTerms(text, locale)) {
			const part = parts.findLast((p) => p.at <= term.index)!;
			problems.push({ file, ...positionIn(part.node, term.index - part.at), message: loadedTermMessage(term) });
		}
	});
	return problems;
}
