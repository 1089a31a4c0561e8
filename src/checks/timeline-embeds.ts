import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Problem } from '../corpus/problems.ts';
import { MODELS } from '../schemas/models.ts';
import { EVENT_KINDS } from '../schemas/timeline.ts';
import { isJsxElement, stringAttribute } from '../corpus/mdx-nodes.ts';

const ALLOWED: Record<string, (value: string) => string | undefined> = {
	kind: (v) => (v in EVENT_KINDS ? undefined : `kind="${v}" is not a kind of event. Use one of: ${Object.keys(EVENT_KINDS).join(', ')}.`),
	model: (v) => (v in MODELS ? undefined : `model="${v}" is not a model. Use one of: ${Object.keys(MODELS).join(', ')}.`),
	from: (v) => (/^\d{4}$/.test(v) ? undefined : `from="${v}" is not a year. Write a year, e.g. from="2017".`),
	to: (v) => (/^\d{4}$/.test(v) ? undefined : `to="${v}" is not a year. Write a year, e.g. to="2012".`),
};

/**
 * Checks every `<Timeline kind model from to />` embed of an MDX file, so that a typo fails the
 * build at its line instead of showing an empty slice or a link to a filter page that does not exist.
 */
export function timelineEmbedProblems(file: string, tree: Root): Problem[] {
	const problems: Problem[] = [];
	visit(tree, (node) => {
		if (!isJsxElement(node, 'Timeline')) return;
		const at = { file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
		for (const attr of node.attributes) {
			const name = attr.type === 'mdxJsxAttribute' ? attr.name : '{...}';
			const check = ALLOWED[name];
			if (!check) {
				problems.push({ ...at, message: `<Timeline> has no attribute ${name}; use kind, model, from or to.` });
				continue;
			}
			const value = stringAttribute(node, name);
			if (typeof value !== 'string') {
				problems.push({ ...at, message: `<Timeline> ${name} must be a plain string, e.g. ${name}="..."` });
				continue;
			}
			const problem = check(value);
			if (problem) problems.push({ ...at, message: `<Timeline> ${problem}` });
		}
	});
	return problems;
}
