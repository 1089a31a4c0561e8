import type { Nodes, Parent, PhrasingContent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { blockCoverage, isCite, markerReason } from '../corpus/coverage.ts';

/** A span of text an `uncited` marker covers, rendered as `<span data-uncited="<reason>">`. */
interface UncitedSpan extends Parent {
	type: 'uncitedSpan';
	children: PhrasingContent[];
}

/** Whether a node is, or holds, a citation or a marker: where the text a marker covers starts. */
function holdsCover(node: Nodes): boolean {
	let found = false;
	visit(node, (n) => {
		if (isCite(n) || markerReason(n) !== undefined) {
			found = true;
			return false;
		}
		return undefined;
	});
	return found;
}

/**
 * Marks what an `uncited` marker covers with `data-uncited="<reason>"`, so that readers' tools
 * can tell text the site states without a citation, and why (coverage rule: src/corpus/coverage.ts).
 * A marker that covers a whole paragraph or list item marks that element; one after a citation
 * marks the text between them with a `<span>`.
 *
 * In:  `About this site. {/* uncited: about the site itself *\/}`
 * Out: `<p data-uncited="about the site itself">About this site. </p>`
 */
export function remarkUncited() {
	return (tree: Root) => {
		visit(tree, (block) => {
			if (block.type !== 'paragraph' && block.type !== 'listItem') return;
			const { groups } = blockCoverage(block);
			const only = groups.length === 1 ? groups[0]! : undefined;
			if (only && only.covers.every((c) => c.kind === 'marker')) {
				const reason = only.covers.map((c) => (c.kind === 'marker' ? c.reason : '')).join('; ');
				block.data = { ...block.data, hProperties: { ...block.data?.hProperties, dataUncited: reason } };
				return SKIP;
			}
			visit(block, (node, index, parent) => {
				const reason = markerReason(node);
				if (reason === undefined || !parent || index === undefined) return;
				let from = index;
				while (from > 0 && !holdsCover(parent.children[from - 1] as Nodes)) from--;
				if (from === index) return;
				const span: UncitedSpan = {
					type: 'uncitedSpan',
					children: parent.children.slice(from, index) as PhrasingContent[],
					data: { hName: 'span', hProperties: { dataUncited: reason } },
				};
				parent.children.splice(from, index - from, span as unknown as PhrasingContent);
				return [SKIP, from + 2];
			});
			return SKIP;
		});
	};
}
