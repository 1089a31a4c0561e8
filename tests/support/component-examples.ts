import { readFileSync } from 'node:fs';
import type { Code, Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import ts from 'typescript';
import { unified } from 'unified';

/** The `mdx` examples of each component in CONTRIBUTING.md's "Component reference", by tag name. */
export function componentExamples(file = 'CONTRIBUTING.md'): Map<string, string[]> {
	const tree = unified().use(remarkParse).parse(readFileSync(file, 'utf8')) as Root;
	const examples = new Map<string, string[]>();
	let inReference = false;
	let component: string | undefined;
	for (const node of tree.children) {
		if (node.type === 'heading') {
			const heading = node as Heading;
			if (heading.depth === 2) inReference = toString(heading) === 'Component reference';
			if (heading.depth === 3) component = /^<(\w+)>$/.exec(toString(heading))?.[1];
			if (component && !examples.has(component)) examples.set(component, []);
		} else if (inReference && component && node.type === 'code' && (node as Code).lang === 'mdx') {
			examples.get(component)!.push((node as Code).value);
		}
	}
	return examples;
}

/** The names of `mdxComponents` in src/components/mdx.ts, read without importing Astro files. */
export function registeredComponents(file = 'src/components/mdx.ts'): string[] {
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
	const names: string[] = [];
	source.forEachChild(function visit(node) {
		if (ts.isVariableDeclaration(node) && node.name.getText(source) === 'mdxComponents' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
			for (const p of node.initializer.properties) if (p.name) names.push(p.name.getText(source));
		}
		node.forEachChild(visit);
	});
	return names;
}
