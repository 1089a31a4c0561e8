import { SCHEMAS } from '../checks/check-content.ts';
import type { ContentKind } from '../checks/content-files.ts';
import { jsonSchemaOf } from './json-schema.ts';

const WHERE: Record<ContentKind, string> = {
	article: 'frontmatter of content/articles/*.mdx',
	explainer: 'frontmatter of content/explainers/**/*.mdx',
	glossary: 'content/glossary/*.yaml',
	timeline: 'content/timeline/*.yaml',
	figure: 'content/figures/*.yaml',
	reference: 'content/references/*.yaml',
	comparison: 'content/comparison.yaml',
};

/**
 * The files `npm run schemas` writes to `schemas/`: one JSON Schema per kind of content file,
 * generated from its zod schema, for editor completion and validation (`.vscode/settings.json`
 * maps the data folders to them). A unit test fails when the committed files are stale.
 */
export function jsonSchemaFiles(): Record<string, string> {
	return Object.fromEntries(
		(Object.keys(SCHEMAS) as ContentKind[]).map((kind) => [
			`${kind}.schema.json`,
			`${JSON.stringify({ title: `287(g) Explained: ${WHERE[kind]}`, ...jsonSchemaOf(SCHEMAS[kind]) }, null, '\t')}\n`,
		]),
	);
}
