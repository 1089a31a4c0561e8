import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxFlowElementHast, MdxJsxTextElement, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';

/**
 * The one reading of the site's MDX components (`<Cite>`, `<Note>`, `<Term>`, `<Timeline>`,
 * `<ListCount>`…) as trees hold them. The checks read them in mdast, the rehype plugins in hast;
 * both call these functions, so a component means the same thing to the check that verifies it
 * and to the plugin that renders it.
 */

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter);

/** Parses an MDX file into mdast: how the content layer reads it (Astro compiles it for the page). */
export function parseMdx(text: string): Root {
	return parser.parse(text);
}

const markdownParser = unified().use(remarkParse);

/**
 * A short Markdown text from a data file (a glossary entry's `body`) as an mdast tree: how the
 * checks read it and how the page shows it (`src/render/markdown-hast.ts`), so they see the same links.
 */
export function parseMarkdown(markdown: string): Root {
	return markdownParser.parse(markdown);
}

/** A JSX element in MDX, in an mdast tree (the checks, remark) or a hast tree (rehype). */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement | MdxJsxFlowElementHast | MdxJsxTextElementHast;

/**
 * Whether a node is a JSX element, of the given name when one is given.
 *
 * In:  the node of `<Cite source="a" quote="b" />`, `'Cite'`
 * Out: `true`
 */
export function isJsxElement(node: { readonly type: string }, name?: string): node is JsxElement {
	if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return false;
	return name === undefined || (node as JsxElement).name === name;
}

/**
 * An attribute as written: its string, `undefined` when absent (or written bare), or
 * `{ expression: true }` when written as an expression (`quote={x}`), which no component of the
 * site accepts since the build must read it without running code.
 */
export function jsxAttribute(node: JsxElement, name: string): string | undefined | { expression: true } {
	const attr = (node.attributes as readonly { type: string }[]).find(
		(a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && (a as MdxJsxAttribute).name === name,
	);
	if (!attr || attr.value === undefined || attr.value === null) return undefined;
	return typeof attr.value === 'string' ? attr.value : { expression: true };
}

/** A plain string attribute, or `undefined` when it is absent or an expression. */
export function stringAttribute(node: JsxElement, name: string): string | undefined {
	const value = jsxAttribute(node, name);
	return typeof value === 'string' ? value : undefined;
}

/** The text inside an element: its text nodes in order, in mdast and hast alike. */
export function textInside(node: { readonly children?: readonly unknown[] }): string {
	return (node.children ?? [])
		.map((child) => {
			const c = child as { type: string; value?: unknown; children?: readonly unknown[] };
			return c.type === 'text' && typeof c.value === 'string' ? c.value : textInside(c);
		})
		.join('');
}

/** What a `<Cite>` or `<Note>` refers to, or why it cannot be read. */
export type CitationReading =
	| { readonly ok: true; readonly role: 'cite'; readonly source: string; readonly quote: string }
	| { readonly ok: true; readonly role: 'note'; readonly source: string; readonly quote: string; readonly kind: string }
	| { readonly ok: false; readonly messages: readonly string[] };

/**
 * Reads a `<Cite>` or `<Note>`. In an article (`ownSlug` given), a `<Cite>` without `source` cites
 * the article's own seed, and a `<Note>` is anchored to a passage of it; a `<Cite>` without
 * `quote` quotes its own text (`<Cite source="a">exact words</Cite>`).
 *
 * In:  `<Cite source="tnnd" quote="resulted in 1,120 arrests" />`
 * Out: `{ ok: true, role: 'cite', source: 'tnnd', quote: 'resulted in 1,120 arrests' }`
 */
export function readCitation(node: JsxElement, ownSlug?: string): CitationReading {
	const name = node.name ?? '';
	const source = jsxAttribute(node, 'source');
	const quote = jsxAttribute(node, 'quote');
	const expressions = (
		[
			['source', source],
			['quote', quote],
		] as const
	)
		.filter(([, value]) => typeof value === 'object')
		.map(([attr]) => `<${name}> has ${attr}={...}; write it as a plain string: ${attr}="...".`);
	if (expressions.length > 0 || typeof source === 'object' || typeof quote === 'object') return { ok: false, messages: expressions };
	if (name === 'Note') {
		if (!ownSlug) return { ok: false, messages: ['<Note> belongs in an article file (content/articles/); cite sources with <Cite> here.'] };
		if (!quote) return { ok: false, messages: ['<Note> needs quote="..." : the passage of this article\'s seed that the note is about.'] };
		return { ok: true, role: 'note', source: ownSlug, quote, kind: stringAttribute(node, 'kind') ?? 'context' };
	}
	const slug = source ?? ownSlug;
	if (!slug) return { ok: false, messages: ['<Cite> needs source="<slug>": the source page it cites, as in /sources/<slug>/.'] };
	const text = quote ?? textInside(node).trim();
	if (!text) return { ok: false, messages: [`<Cite source="${slug}"> needs quote="...": a passage copied exactly from the source.`] };
	return { ok: true, role: 'cite', source: slug, quote: text };
}
