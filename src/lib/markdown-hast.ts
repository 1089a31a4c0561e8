import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { remarkBaseLinks } from '../plugins/remark-base-links.ts';

const parser = unified().use(remarkParse);

/**
 * A short Markdown text from a data file as an mdast tree: how a glossary `body` is read, both
 * for display (below) and by the checks, so that they see the same links.
 */
export function parseMarkdown(markdown: string): MdastRoot {
	return parser.parse(markdown);
}

/**
 * A short Markdown text from a data file (a glossary entry's `body`) as a hast tree, for the
 * `Hast` component. Links inside the site get the base path, as in MDX (`remarkBaseLinks`, the
 * same plugin). Raw HTML in the text is dropped, never passed through.
 *
 * In:  `A *detainer* is a request ([history](/history/)).`, base `/287g/`
 * Out: `<p>A <em>detainer</em> is a request (<a href="/287g/history/">history</a>).</p>`
 */
export function markdownToHast(markdown: string, options: { readonly base?: string } = {}): HastRoot {
	const processor = unified()
		.use(remarkBaseLinks, { base: options.base ?? '/' })
		.use(remarkRehype);
	return processor.runSync(parseMarkdown(markdown)) as HastRoot;
}
