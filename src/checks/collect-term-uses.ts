import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Problem } from '../corpus/problems.ts';
import { isJsxElement, stringAttribute } from '../corpus/mdx-nodes.ts';

/** A `<Term id="...">` written in an MDX file, with where it is. */
export interface TermUse {
	readonly file: string;
	readonly line: number;
	readonly column: number;
	readonly id: string;
}

/** Finds every `<Term>` of an MDX file; one without a plain `id` is a problem. */
export function termUsesInMdx(file: string, tree: Root): { uses: TermUse[]; problems: Problem[] } {
	const uses: TermUse[] = [];
	const problems: Problem[] = [];
	visit(tree, (node) => {
		if (!isJsxElement(node, 'Term')) return;
		const at = { file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
		const id = stringAttribute(node, 'id');
		if (typeof id === 'string') uses.push({ ...at, id });
		else problems.push({ ...at, message: '<Term> needs id="<term>": the name of a file in content/glossary/, without .yaml, e.g. <Term id="detainer">.' });
	});
	return { uses, problems };
}
