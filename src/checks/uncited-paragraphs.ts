import type { Node, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { Problem } from '../corpus/problems.ts';

// The marker for a paragraph that states no fact about 287(g) (a sentence about the site
// itself, or one that only points to another page), written at its end as an MDX comment:
//     Statements about this site carry no citation. {/* uncited: about the site itself */}
const MARKER = /^\s*\/\*\s*uncited:\s*(.*?)\s*\*\/\s*$/s;

interface Found {
	cited: boolean;
	/** The reasons of `uncited` markers; '' for a marker without one. */
	markers: { reason: string; line: number; column: number }[];
}

function scan(block: Node): Found {
	const found: Found = { cited: false, markers: [] };
	visit(block, (node) => {
		const n = node as Node & { name?: string; value?: string };
		// A <ListCount> is taken from ICE's list and links to it: it cites the list.
		if ((n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') && (n.name === 'Cite' || n.name === 'ListCount')) found.cited = true;
		if ((n.type === 'mdxTextExpression' || n.type === 'mdxFlowExpression') && typeof n.value === 'string') {
			const m = MARKER.exec(n.value);
			if (m) found.markers.push({ reason: m[1]!, line: n.position?.start.line ?? 1, column: n.position?.start.column ?? 1 });
		}
	});
	return found;
}

function preview(block: Node): string {
	const text = toString(block).replace(/\s+/g, ' ').trim();
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Paragraphs and list items of an explainer that carry no `<Cite>` (editorial standards:
 * each paragraph of fact carries at least one citation), and misused `uncited` markers.
 * A list item is one unit: a citation anywhere in it covers it.
 */
export function uncitedParagraphs(file: string, tree: Root): Problem[] {
	const problems: Problem[] = [];
	visit(tree, (node) => {
		if (node.type !== 'paragraph' && node.type !== 'listItem') return;
		const { cited, markers } = scan(node);
		const at = { file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
		if (cited) {
			for (const m of markers) {
				problems.push({ file, line: m.line, column: m.column, message: 'this paragraph has a citation and an `uncited` marker; remove the marker.' });
			}
		} else if (markers.length === 0) {
			problems.push({
				...at,
				message: `${node.type === 'listItem' ? 'list item' : 'paragraph'} without a citation: "${preview(node)}"\n  Add <Cite source="<slug>" quote="<exact passage>" /> after the statement it supports, or, if it states no fact about 287(g), end it with {/* uncited: <why> */}.`,
			});
		} else if (markers.some((m) => m.reason === '')) {
			problems.push({ ...at, message: 'an `uncited` marker needs a reason: {/* uncited: <why this paragraph needs no citation> */}.' });
		}
		return SKIP;
	});
	return problems;
}
