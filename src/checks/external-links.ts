import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { Problem } from '../corpus/problems.ts';
import { isSafeHref } from '../lib/safe-url.ts';
import { isJsxElement, parseMarkdown, stringAttribute } from '../corpus/mdx-nodes.ts';

const EXTERNAL = /^https?:\/\//i;

/**
 * Finds links that are not web addresses (`javascript:`, `data:`: they could run code when
 * followed), and links to outside addresses that are not recorded references. An external document the
 * site relies on is recorded in `content/references/`, with its publisher, date and the passage
 * relied on, so that the passage is checked like any other; a bare link would let a reader land
 * on a page without knowing what in it supports the sentence.
 */
export function unrecordedLinks(file: string, tree: Root, recorded: ReadonlySet<string>): Problem[] {
	const problems: Problem[] = [];
	const check = (url: string | undefined, node: Node) => {
		if (url && !isSafeHref(url)) {
			problems.push({
				file,
				line: node.position?.start.line,
				column: node.position?.start.column,
				message:
					`links to ${JSON.stringify(url)}, which is not a web address: a link may only lead to an http:// or https:// address ` +
					'(a recorded reference) or to a page of the site (/sources/…). Write the address of the page it should open.',
			});
			return;
		}
		if (!url || !EXTERNAL.test(url) || recorded.has(url)) return;
		problems.push({
			file,
			line: node.position?.start.line,
			column: node.position?.start.column,
			message:
				`links to ${url}, which is not a recorded reference. Record the document in content/references/<id>.yaml ` +
				'(title, publisher, url, date and the passage relied on) and cite that passage with <Cite source="<id>" quote="..." />.',
		});
	};
	visit(tree, (node) => {
		if (node.type === 'link' || node.type === 'definition') check(node.url, node);
		else if (isJsxElement(node, 'a')) {
			const href = stringAttribute(node, 'href');
			check(typeof href === 'string' ? href : undefined, node);
		}
	});
	return problems;
}

/**
 * The same check on a Markdown field of a data file (a glossary entry's `body`). Problems are
 * placed at the field, `at`; each names its address, so the link is easy to find.
 */
export function unrecordedLinksInField(file: string, text: string, at: { line: number; column: number }, recorded: ReadonlySet<string>): Problem[] {
	return unrecordedLinks(file, parseMarkdown(text), recorded).map((p) => ({ ...p, ...at }));
}
