import type { ElementContent, Root, RootContent } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Corpus } from '../corpus/corpus.ts';
import { describeResolution } from '../corpus/describe.ts';
import { citeMarker, ReferenceList } from '../corpus/reference-list.ts';
import { referenceView } from '../corpus/reference-view.ts';
import type { PlacedNote } from '../corpus/source-text.ts';
import { localeOfFile } from '../i18n/locales.ts';
import { isJsxElement, readCitation } from '../corpus/mdx-nodes.ts';

export interface Options {
	/** The checked corpus; a function so that it is read when the first file is compiled. */
	corpus: () => Corpus;
	/** The site's base path, e.g. `/` or `/287g/`. */
	base?: string;
}

export type { ReferenceItem } from '../corpus/reference-list.ts';

// `content/articles/<slug>.mdx`, or its translation `content/articles/<locale>/<slug>.mdx`.
const ARTICLE = /[\\/]content[\\/]articles[\\/](?:[a-z]{2}[\\/])?([^\\/]+)\.mdx$/;

/**
 * Turns `<Cite>` into numbered references and lifts `<Note>` out of article files.
 *
 * In:  `Tidal Wave led to 1,120 arrests.<Cite source="tnnd" quote="resulted in 1,120 arrests" />`
 * Out: `…arrests.<sup class="cite"><a href="#ref-1" id="cite-1-1">[1]</a></sup>`, and in the
 *      page's frontmatter `references: [{ n: 1, passage, href: '/sources/tnnd/#p-1:~:text=…' }]`
 *
 * Notes go to `frontmatter.notes` with their anchor, for the source page to place beside the
 * passage. Quotes were checked before the build; a failure here is still reported in full.
 */
export function rehypeCitations(options: Options) {
	const base = options.base ?? '/';
	return (tree: Root, file: VFile) => {
		const ownSlug = ARTICLE.exec(file.path)?.[1];
		const locale = localeOfFile(file.path);
		const corpus = options.corpus();
		const references = new ReferenceList();

		visit(tree, (node, index, parent) => {
			if (!isJsxElement(node, 'Cite') || !parent || index === undefined) return;
			const reading = readCitation(node, ownSlug);
			// The checks reported an unreadable <Cite> before the build; a slip here still fails in full.
			if (!reading.ok) return file.fail(reading.messages.join(' '), node);
			const { source, quote } = reading;
			const resolution = corpus.resolve({ source, quote });
			if (!resolution.ok) {
				file.fail(describeResolution(resolution, quote, source), node);
			}
			const view = referenceView(resolution.source, resolution.span, base, locale);
			const marker = citeMarker(references.cite(view), view, locale);
			parent.children.splice(index, 1, marker as RootContent & ElementContent);
			return [SKIP, index + 1];
		});

		const notes: PlacedNote[] = [];
		if (ownSlug) {
			const own = corpus.get(ownSlug);
			visit(tree, (node, index, parent) => {
				if (!isJsxElement(node, 'Note') || !parent || index === undefined || !own) return;
				const reading = readCitation(node, ownSlug);
				if (!reading.ok) return file.fail(reading.messages.join(' '), node);
				const { quote } = reading;
				const resolution = corpus.resolve({ source: ownSlug, quote });
				if (!resolution.ok) file.fail(`note anchor: ${describeResolution(resolution, quote, ownSlug)}`, node);
				const { paragraph, start, end } = resolution.span;
				notes.push({
					id: `note-${notes.length + 1}`,
					kind: reading.role === 'note' ? reading.kind : 'context',
					paragraph,
					start,
					end,
					// A tree, not an HTML string: the source page places it as nodes, so its text stays text.
					children: node.children as ElementContent[],
				});
				parent.children.splice(index, 1);
				return [SKIP, index];
			});
		}

		const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
		data.astro ??= {};
		data.astro.frontmatter ??= {};
		data.astro.frontmatter['references'] = references.items;
		data.astro.frontmatter['notes'] = notes;
	};
}
