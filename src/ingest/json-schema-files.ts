import { SCHEMAS } from '../checks/check-content.ts';
import type { ContentKind } from '../content-layer/files.ts';
import { fieldDocs } from './field-docs.ts';
import { jsonSchemaOf } from '../schemas/json-schema.ts';

const WHERE: Record<ContentKind, string> = {
	article: 'frontmatter of content/articles/*.mdx',
	explainer: 'frontmatter of content/explainers/**/*.mdx',
	glossary: 'content/glossary/*.yaml',
	timeline: 'content/timeline/*.yaml',
	figure: 'content/figures/*.yaml',
	reference: 'content/references/*.yaml',
	comparison: 'content/comparison.yaml',
};

type Node = { properties?: Record<string, Node>; items?: Node; anyOf?: Node[]; description?: string };

/** A copy of a JSON Schema with each property's description, from `describe(path)`. */
function withDocs(node: Node, describe: (path: readonly string[]) => string | undefined, path: readonly string[] = []): Node {
	const out: Node = { ...node };
	if (node.properties) {
		out.properties = Object.fromEntries(
			Object.entries(node.properties).map(([key, sub]) => {
				const doc = describe([...path, key]);
				return [key, withDocs(doc ? { description: doc, ...sub } : sub, describe, [...path, key])];
			}),
		);
	}
	if (node.items) out.items = withDocs(node.items, describe, path);
	if (node.anyOf) out.anyOf = node.anyOf.map((n) => withDocs(n, describe, path));
	return out;
}

/**
 * The files `npm run schemas` writes to `schemas/`: one JSON Schema per kind of content file,
 * generated from its zod schema, with the field comments of its schema file as descriptions,
 * for editor completion, hover help and validation (`.vscode/settings.json` maps the data
 * folders to them). A unit test fails when the committed files are stale.
 */
export function jsonSchemaFiles(): Record<string, string> {
	// Citations are defined once, in citation.ts; helper objects (a comparison cell) sit at the
	// top of their file, so a field not found by its full path is looked up by its name.
	const shared = fieldDocs('src/schemas/citation.ts');
	return Object.fromEntries(
		(Object.keys(SCHEMAS) as ContentKind[]).map((kind) => {
			const docs = fieldDocs(`src/schemas/${kind}.ts`);
			const describe = (path: readonly string[]) => docs.get(path.join('.')) ?? docs.get(path.at(-1)!) ?? shared.get(path.at(-1)!);
			const schema = withDocs(jsonSchemaOf(SCHEMAS[kind]) as Node, describe);
			return [`${kind}.schema.json`, `${JSON.stringify({ title: `287(g) Explained: ${WHERE[kind]}`, ...schema }, null, '\t')}\n`];
		}),
	);
}
