import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Corpus } from '../corpus/corpus.ts';
import { describeResolution } from '../corpus/describe.ts';
import { citeMarker, ReferenceList } from '../corpus/reference-list.ts';
import { referenceView } from '../corpus/reference-view.ts';
import type { PlacedNote } from '../corpus/source-text.ts';
import { localeOfFile } from '../i18n/locales.ts';
import { isJsxElement, readCitation, type JsxElement } from '../corpus/mdx-nodes.ts';
import { setPageData } from './page-data.ts';

export interface Options {
	/** The checked corpus; a function so that it is read when the first file is compiled. */
	corpus: () => Corpus;
	/** The site's base path, e.g. `/` or `/287g/`. */
	base?: string;
	/**
	 * Whether the content checks have reported a problem at this place of this file already. Then
	 * the plugin does not report it again (in `astro dev`, it was printed once, with its fix) and
	 * the page shows the citation as not verified; `astro build` has stopped before any page.
	 */
	reported?: (file: string, line: number, column: number) => boolean;
}

export type { ReferenceItem } from '../corpus/reference-list.ts';

/** What a page shows in `astro dev` in place of a citation the checks reported: never in a build. */
const UNVERIFIED: Element = h('sup', { className: ['cite', 'cite-unverified'] }, h('mark', '[citation not verified: see the problems in the terminal]'));

// `content/articles/<slug>.mdx`, or its translation `content/articles/<locale>/<slug>.mdx`.
const ARTICLE = /[\\/]content[\\/]articles[\\/](?:[a-z]{2}[\\/])?([^\\/]+)\.mdx$/;

/** A `<Cite>` or `<Note>` read and found in its source, or why not, in the checks' words. */
function resolveNode(node: JsxElement, ownSlug: string | undefined, corpus: Corpus) {
	const reading = readCitation(node, ownSlug);
	if (!reading.ok) return { ok: false, message: reading.messages.join(' ') } as const;
	const resolution = corpus.resolve(reading);
	if (!resolution.ok)
		return { ok: false, message: (reading.role === 'note' ? 'note anchor: ' : '') + describeResolution(resolution, reading.quote, reading.source) } as const;
	return { ok: true, reading, resolution } as const;
}

/**
 * Turns `<Cite>` into numbered references and lifts `<Note>` out of article files.
 *
 * In:  `Tidal Wave led to 1,120 arrests.<Cite source="tnnd" quote="resulted in 1,120 arrests" />`
 * Out: `…arrests.<sup class="cite"><a href="#ref-1" id="cite-1-1">[1]</a></sup>`, and in the
 *      page's data (`page-data.ts`) `references: [{ n: 1, passage, href: '/sources/tnnd/#p-1:~:text=…' }]`
 *
 * Notes go to the page's `notes` with their anchor, for the source page to place beside the
 * passage. Quotes were checked before the build; a failure the checks did not report is
 * reported here in full.
 */
export function rehypeCitations(options: Options) {
	const base = options.base ?? '/';
	return (tree: Root, file: VFile) => {
		const ownSlug = ARTICLE.exec(file.path)?.[1];
		const locale = localeOfFile(file.path);
		const corpus = options.corpus();
		const references = new ReferenceList();
		/** Fails with the message, unless the checks have reported the problem at this node already. */
		const failUnlessReported = (node: JsxElement, message: string) => {
			const { line = 0, column = 0 } = node.position?.start ?? {};
			if (!options.reported?.(file.path, line, column)) file.fail(message, node);
		};

		visit(tree, (node, index, parent) => {
			if (!isJsxElement(node, 'Cite') || !parent || index === undefined) return;
			const found = resolveNode(node, ownSlug, corpus);
			if (!found.ok) {
				failUnlessReported(node, found.message);
				parent.children.splice(index, 1, structuredClone(UNVERIFIED));
				return [SKIP, index + 1];
			}
			const view = referenceView(found.resolution.source, found.resolution.span, base, locale);
			const marker = citeMarker(references.cite(view), view, locale);
			parent.children.splice(index, 1, marker as RootContent & ElementContent);
			return [SKIP, index + 1];
		});

		const notes: PlacedNote[] = [];
		if (ownSlug) {
			visit(tree, (node, index, parent) => {
				if (!isJsxElement(node, 'Note') || !parent || index === undefined) return;
				const found = resolveNode(node, ownSlug, corpus);
				if (!found.ok) failUnlessReported(node, found.message);
				else {
					const { paragraph, start, end } = found.resolution.span;
					notes.push({
						id: `note-${notes.length + 1}`,
						kind: found.reading.role === 'note' ? found.reading.kind : 'context',
						paragraph,
						start,
						end,
						// A tree, not an HTML string: the source page places it as nodes, so its text stays text.
						children: node.children as ElementContent[],
					});
				}
				parent.children.splice(index, 1);
				return [SKIP, index];
			});
		}

		setPageData(file, 'references', references.items);
		setPageData(file, 'notes', notes);
	};
}
