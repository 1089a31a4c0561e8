import { readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * The one-sentence comments written above each field of a schema file, by field path
 * (`published.date`), so that the JSON Schemas carry them to editors as hover text. The
 * comments in src/schemas/ stay the only place a field is documented.
 *
 * In:  `export const s = z.object({ /** Page title. *\/ title: z.string() })`
 * Out: `Map { 'title' → 'Page title.' }`
 */
export function fieldDocs(file: string): Map<string, string> {
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
	const docs = new Map<string, string>();
	const visit = (node: ts.Node, path: readonly string[]) => {
		if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
			const here = [...path, node.name.text];
			const comment = ts
				.getJSDocCommentsAndTags(node)
				.filter(ts.isJSDoc)
				.map((d) => ts.getTextOfJSDocComment(d.comment) ?? '')
				.join(' ')
				.trim();
			if (comment) docs.set(here.join('.'), comment.replace(/\s+/g, ' '));
			node.initializer.forEachChild((child) => visit(child, here));
			return;
		}
		node.forEachChild((child) => visit(child, path));
	};
	visit(source, []);
	return docs;
}
