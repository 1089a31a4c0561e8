import type { Element, Root, RootContent } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** One cited passage as a built page shows it. */
export interface PageCitation {
	/**
	 * How the page shows it: a marker in the text (`sup.cite`, src/corpus/reference-list.ts), an
	 * item of the reference list (src/components/References.astro) or of a list of sources under
	 * a glossary term, timeline event or figure (src/components/CitationList.astro).
	 */
	readonly kind: 'marker' | 'reference' | 'list';
	/**
	 * Where the citation leads, the same for both editions: a source page's address without its
	 * base and language (`sources/x/#p-9:~:text=…`), or an external reference's address.
	 */
	readonly source: string;
	/** The passage, as the source prints it, without the quotation marks around it. */
	readonly quote: string;
	/** Whether the passage is marked English (`lang="en"` on it or around it). */
	readonly markedEnglish: boolean;
}

export interface CitationContext {
	/** The page's own address, to resolve its links (`https://example.org/287g/es/history/`). */
	readonly pageUrl: string;
	/** The site's base path, `/` or `/287g/`. */
	readonly base: string;
	/** Language prefixes taken off a source page's address (`['es']`). */
	readonly locales: readonly string[];
}

const isEnglish = (lang: string | undefined) => /^en(?:-|$)/i.test(lang ?? '');
const unquote = (text: string) => text.trim().replace(/^“|”$/g, '');

/** The language of an element: its own `lang`, or the one it inherits. */
function languageOf(element: Element, inherited: string | undefined): string | undefined {
	const lang = element.properties['lang'];
	return typeof lang === 'string' ? lang : inherited;
}

/**
 * Every cited passage of a page, in order: markers, reference list items and lists of sources.
 * A marker's source is read from the reference list item it links to (`#ref-3`).
 */
export function pageCitations(tree: Root, context: CitationContext): PageCitation[] {
	const page = new URL(context.pageUrl);
	const source = (href: unknown): string => {
		if (typeof href !== 'string') return '(no link)';
		const url = new URL(href, page);
		if (url.origin !== page.origin || !url.pathname.startsWith(context.base)) return url.href;
		const path = url.pathname.slice(context.base.length);
		const prefix = context.locales.find((l) => path.startsWith(`${l}/`));
		return (prefix ? path.slice(prefix.length + 1) : path) + url.hash;
	};
	const found: PageCitation[] = [];
	const walk = (node: Root | RootContent, lang: string | undefined) => {
		if (node.type !== 'root' && node.type !== 'element') return;
		if (node.type === 'element') {
			lang = languageOf(node, lang);
			const classes = (node.properties['className'] as string[] | undefined) ?? [];
			const passage = (selector: string, within: Element = node) => {
				const element = select(selector, within);
				const inherited = within === node ? lang : languageOf(within, lang);
				return { quote: unquote(toString(element ?? within)), markedEnglish: isEnglish(element ? languageOf(element, inherited) : undefined) };
			};
			if (node.tagName === 'sup' && classes.includes('cite')) {
				const ref = /^#(ref-\d+)$/.exec(String(select('a', node)?.properties['href'] ?? ''))?.[1];
				const item = ref ? select(`li[id="${ref}"]`, tree) : undefined;
				const href = item ? select('.ref-source a', item)?.properties['href'] : undefined;
				found.push({ kind: 'marker', source: source(href), ...passage('.cite-tip-passage') });
				return;
			}
			if (node.tagName === 'li' && typeof node.properties['id'] === 'string' && /^ref-\d+$/.test(node.properties['id'])) {
				found.push({ kind: 'reference', source: source(select('.ref-source a', node)?.properties['href']), ...passage('blockquote') });
				return;
			}
			if (node.tagName === 'div' && classes.includes('citation-list')) {
				for (const li of selectAll('li', node)) {
					found.push({ kind: 'list', source: source(select('a', li)?.properties['href']), ...passage('q', li) });
				}
				return;
			}
		}
		for (const child of node.children) walk(child, lang);
	};
	walk(tree, undefined);
	return found;
}
