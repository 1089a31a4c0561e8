import type { Node, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { blockCoverage } from '../corpus/coverage.ts';
import type { Problem } from '../corpus/problems.ts';

const WORDY = /[\p{L}\p{N}]/u;

function preview(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

const FIX_CITE =
	'Add <Cite source="<slug>" quote="<exact passage>" /> after it, citing a passage that states it (`npm run quote -- <slug>` lists a source\'s paragraphs), or remove the sentence if nothing supports it';
const FIX_MARKER = 'if it states no fact about 287(g), end it with {/* uncited: <why> */}';

/**
 * Text of an explainer that no citation covers (editorial standards: every sentence of fact is
 * covered by a citation), and misused `uncited` markers. A citation covers the text before it,
 * back to the previous citation of the same paragraph or list item (src/corpus/coverage.ts), so
 * a paragraph's text after its last citation needs a citation of its own, or a marker with a
 * reason. A sentence that only points to another page of the site needs neither.
 */
export function uncitedParagraphs(file: string, tree: Root): Problem[] {
	const problems: Problem[] = [];
	visit(tree, (node) => {
		if (node.type !== 'paragraph' && node.type !== 'listItem') return;
		const { sentences, groups } = blockCoverage(node);
		const unit = node.type === 'listItem' ? 'list item' : 'paragraph';
		for (const group of groups) {
			for (const cover of group.covers) {
				if (cover.kind !== 'marker') continue;
				if (cover.reason === '') {
					problems.push({ file, ...cover.at, message: 'an `uncited` marker needs a reason: {/* uncited: <why this text needs no citation> */}.' });
				} else if (!WORDY.test(group.text) || group.covers.some((c) => c.kind !== 'marker')) {
					problems.push({
						file,
						...cover.at,
						message: 'this `uncited` marker covers no text of its own: a citation already covers what comes before it; remove the marker.',
					});
				}
			}
		}
		const open = sentences.filter((s) => s.uncovered !== undefined && !s.pointer);
		if (open.length === 0) return SKIP;
		if (groups.length === 0) {
			const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
			problems.push({ file, ...at, message: `${unit} without a citation: "${preview(toString(node as Node))}"\n  ${FIX_CITE}; or, ${FIX_MARKER}.` });
			return SKIP;
		}
		for (const s of open) {
			problems.push({
				file,
				...s.at,
				message: `sentence without a citation: "${s.uncovered}"\n  A citation covers the text before it, back to the previous citation of the ${unit}, so nothing covers this sentence.\n  ${FIX_CITE}; or, ${FIX_MARKER}.`,
			});
		}
		return SKIP;
	});
	return problems;
}
