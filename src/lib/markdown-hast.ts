import type { Root as HastRoot } from 'hast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkRehype);

/**
 * A short Markdown text from a data file (a glossary entry's `body`) as a hast tree, for the
 * `Hast` component. Raw HTML in the text is dropped, never passed through.
 *
 * In:  `A *detainer* is a request ([ICE](https://www.ice.gov/…)).`
 * Out: `<p>A <em>detainer</em> is a request (<a href="https://www.ice.gov/…">ICE</a>).</p>`
 */
export function markdownToHast(markdown: string): HastRoot {
	return processor.runSync(processor.parse(markdown)) as HastRoot;
}
