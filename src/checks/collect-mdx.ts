import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Problem } from '../corpus/problems.ts';

/** A citation found in a file, with where it is written. */
export interface LocatedCitation {
	readonly file: string;
	readonly line: number;
	readonly column: number;
	/** `cite` for `<Cite>`, `note` for the passage a `<Note>` is anchored to. */
	readonly role: 'cite' | 'note';
	readonly source: string;
	readonly quote: string;
	/** For notes: the kind of note (error, context...). */
	readonly noteKind?: string;
	/** For notes: the note's text, for indexes and checks. */
	readonly text?: string;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter);

/** Parses an MDX file into mdast, the way the checks read it (the build compiles it again). */
export function parseMdx(text: string): Root {
	return parser.parse(text);
}

/** A plain string attribute, `undefined` when absent, or a problem when written as an expression. */
export function stringAttribute(node: JsxElement, name: string): string | undefined | { expression: true } {
	const attr = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
	if (!attr || attr.value === undefined || attr.value === null) return undefined;
	return typeof attr.value === 'string' ? attr.value : { expression: true };
}

/**
 * Finds every `<Cite>` and `<Note>` of an MDX file.
 * In an article, a `<Cite>` without `source` cites the article's own seed, and a `<Note>` is
 * anchored to a passage of it.
 */
export function citationsInMdx(file: string, tree: Root, ownSlug?: string): { citations: LocatedCitation[]; problems: Problem[] } {
	const citations: LocatedCitation[] = [];
	const problems: Problem[] = [];
	visit(tree, (node) => {
		if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
		if (node.name !== 'Cite' && node.name !== 'Note') return;
		const line = node.position?.start.line ?? 1;
		const column = node.position?.start.column ?? 1;
		const at = { file, line, column };
		const source = stringAttribute(node, 'source');
		const quoteAttr = stringAttribute(node, 'quote');
		for (const [name, value] of [['source', source], ['quote', quoteAttr]] as const) {
			if (typeof value === 'object') {
				problems.push({ ...at, message: `<${node.name}> has ${name}={...}; write it as a plain string: ${name}="...".` });
			}
		}
		if (typeof source === 'object' || typeof quoteAttr === 'object') return;
		if (node.name === 'Note') {
			if (!ownSlug) {
				problems.push({ ...at, message: '<Note> belongs in an article file (content/articles/); cite sources with <Cite> here.' });
				return;
			}
			if (!quoteAttr) {
				problems.push({ ...at, message: '<Note> needs quote="..." : the passage of this article\'s seed that the note is about.' });
				return;
			}
			const noteKind = stringAttribute(node, 'kind');
			citations.push({
				...at,
				role: 'note',
				source: ownSlug,
				quote: quoteAttr,
				noteKind: typeof noteKind === 'string' ? noteKind : 'context',
				text: toString(node),
			});
			return;
		}
		const quote = quoteAttr ?? toString(node).trim();
		const slug = source ?? ownSlug;
		if (!slug) {
			problems.push({ ...at, message: '<Cite> needs source="<slug>": the source page it cites, as in /sources/<slug>/.' });
			return;
		}
		if (!quote) {
			problems.push({ ...at, message: `<Cite source="${slug}"> needs quote="...": a passage copied exactly from the source.` });
			return;
		}
		citations.push({ ...at, role: 'cite', source: slug, quote });
	});
	return { citations, problems };
}
