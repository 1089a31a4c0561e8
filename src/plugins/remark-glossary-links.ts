import type { Link, Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { isJsxElement, stringAttribute } from '../corpus/mdx-nodes.ts';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { firstMentions, splitAtMentions } from '../corpus/term-matcher.ts';
import { termLinks, type LinkableTerm, type TermLinks } from '../corpus/term-links.ts';
import { localeOfFile, type Locale } from '../i18n/locales.ts';
import { setPageData } from './page-data.ts';

export interface Options {
	/** The glossary; a function so that it is read when the first file is compiled. */
	terms?: () => readonly LinkableTerm[];
	/** The site's base path, e.g. `/` or `/287g/`. */
	base?: string;
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** Text inside these is never linked: headings, links, and code or components that are not prose. */
const NOT_PROSE = new Set(['heading', 'link', 'linkReference', 'code', 'inlineCode', 'html', 'definition', 'footnoteReference']);
/** `<Cite>` holds a quote, not prose; the others are HTML written in MDX that must not hold a link. */
const NOT_PROSE_JSX = new Set(['Cite', 'a', 'abbr', 'button', 'code', 'dfn', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'kbd', 'pre', 'samp']);
const GLOSSARY_HREF = /(?:^|\/)glossary\/#([^/#?]+)$/;

function isJsx(node: Nodes): node is Jsx {
	return isJsxElement(node);
}

/** What a `<Term>` shows: its children, or the term's name when it has none. */
function termContent(node: Jsx, links: TermLinks, file: VFile): PhrasingContent[] {
	const id = stringAttribute(node, 'id');
	const term = id === undefined ? undefined : links.terms.get(id);
	if (!term) file.fail(`<Term id="${id ?? ''}">: unknown glossary term "${id ?? ''}". Use the name of a file in content/glossary/, without .yaml.`, node);
	return node.children.length > 0 ? (node.children as PhrasingContent[]) : [{ type: 'text', value: term.term }];
}

function link(links: TermLinks, id: string, children: PhrasingContent[]): Link {
	return { type: 'link', url: String(links.properties(id)['href']), children, data: { hProperties: links.properties(id) } };
}

/**
 * Links the first mention of each glossary term on a page to its entry, and turns explicit
 * `<Term id="detainer">hold request</Term>` into the same link (always a link, and it counts as
 * the first mention). Never inside headings, links, code or `<Cite>`; a `<Term>` there is shown
 * as plain text. The ids linked are left in the page's `glossaryLinks`, so that a page that
 * adds more text (a source's verbatim text) links only terms not linked yet.
 *
 * In:  `ICE may issue a detainer. A detainer is a request.`
 * Out: `<a class="term" href="/glossary/#ice" data-definition="…">ICE</a> may issue a
 *      <a class="term" href="/glossary/#detainer" …>detainer</a>. A detainer is a request.`
 */
export function remarkGlossaryLinks(options: Options = {}) {
	const base = options.base ?? '/';
	const compiled = new Map<Locale, { terms: readonly LinkableTerm[]; links: TermLinks }>();
	return (tree: Root, file: VFile) => {
		const terms = options.terms?.() ?? [];
		// A translation links the glossary of its own language, by the terms' names in it.
		const locale = localeOfFile(file.path);
		// Compiled once per glossary and language: in dev the content report, and so the array, is renewed on change.
		let entry = compiled.get(locale);
		if (entry?.terms !== terms) compiled.set(locale, (entry = { terms, links: termLinks(terms, base, locale) }));
		const { links } = entry;
		const seen = new Set<string>();

		const unwrapTerms = (node: Nodes) =>
			visit(node, (child, index, parent) => {
				if (!isJsx(child) || child.name !== 'Term' || !parent || index === undefined) return;
				parent.children.splice(index, 1, ...termContent(child, links, file));
				return index;
			});

		visit(tree, (node, index, parent) => {
			if (node.type === 'link') {
				const id = GLOSSARY_HREF.exec(node.url)?.[1];
				if (id && links.terms.has(id)) seen.add(id);
			}
			if (NOT_PROSE.has(node.type) || (isJsx(node) && NOT_PROSE_JSX.has(node.name ?? ''))) {
				unwrapTerms(node);
				return SKIP;
			}
			if (!parent || index === undefined) return;
			if (isJsx(node) && node.name === 'Term') {
				const content = termContent(node, links, file);
				seen.add(stringAttribute(node, 'id')!);
				parent.children.splice(index, 1, link(links, stringAttribute(node, 'id')!, content) as RootContent);
				return [SKIP, index + 1];
			}
			if (node.type !== 'text') return;
			const mentions = firstMentions(links.matcher, node.value, seen);
			if (mentions.length === 0) return;
			const pieces = splitAtMentions(node.value, mentions).map((p): PhrasingContent =>
				p.id === undefined ? { type: 'text', value: p.text } : link(links, p.id, [{ type: 'text', value: p.text }]),
			);
			parent.children.splice(index, 1, ...(pieces as RootContent[]));
			return [SKIP, index + pieces.length];
		});

		setPageData(file, 'glossaryLinks', [...seen]);
	};
}
