import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkRehype);

/**
 * A short Markdown text from a data file as an mdast tree: how a glossary `body` is read, both
 * for display (below) and by the checks, so that they see the same links.
 */
export function parseMarkdown(markdown: string): MdastRoot {
	return processor.parse(markdown);
}

/**
 * A short Markdown text from a data file (a glossary entry's `body`) as a hast tree, for the
 * `Hast` component. Raw HTML in the text is dropped, never passed through.
 *
 * In:  `A *detainer* is a request ([ICE](https://www.ice.gov/…)).`
 * Out: `<p>A <em>detainer</em> is a request (<a href="https://www.ice.gov/…">ICE</a>).</p>`
 */
export function markdownToHast(markdown: string): HastRoot {
	return processor.runSync(parseMarkdown(markdown)) as HastRoot;
}
