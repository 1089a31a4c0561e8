import type { Root as HastRoot } from 'hast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { parseMarkdown } from '../corpus/mdx-nodes.ts';
import { remarkBaseLinks } from '../plugins/remark-base-links.ts';

/**
 * A short Markdown text from a data file (a glossary entry's `body`) as a hast tree, for the
 * `Hast` component, parsed as the checks parse it (`parseMarkdown`), so that they see the same
 * links. Links inside the site get the base path, as in MDX (`remarkBaseLinks`, the same plugin).
 * Raw HTML in the text is dropped, never passed through.
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
