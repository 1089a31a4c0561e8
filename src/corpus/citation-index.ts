import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Span } from './quote-match.ts';

/** A run of a label: text in the page's language, or text in another language, with its `lang`. */
export type LabelPart = string | { readonly text: string; readonly lang: string };

/** A page that cites a passage. */
export interface CitingPage {
	readonly href: string;
	readonly label: string;
	/** The label in runs, when part of it is in another language than the page's: on a Spanish
	 * page, "Notas sobre “<English title>”". Absent when the whole label is in the page's language. */
	readonly parts?: readonly LabelPart[];
}

/**
 * A label with the name it contains marked as being in `lang`, when the name is in another
 * language than the page's.
 *
 * In:  `labelParts('Notas sobre “Local authorities team with ICE”', 'Local authorities team with ICE', 'en')`
 * Out: `['Notas sobre “', { text: 'Local authorities team with ICE', lang: 'en' }, '”']`
 */
export function labelParts(label: string, name: string, lang: string | undefined): readonly LabelPart[] | undefined {
	const at = name === '' ? -1 : label.indexOf(name);
	if (at < 0 || lang === undefined) return undefined;
	const parts: LabelPart[] = [label.slice(0, at), { text: name, lang }, label.slice(at + name.length)];
	return parts.filter((part) => part !== '');
}

/**
 * The link to a citing page, its label's runs in another language marked with `lang`: on the link
 * itself when the whole label is in that language, else on a `<span>` around the run.
 */
export function citingLink(page: CitingPage): Element {
	const parts = page.parts ?? [page.label];
	const only = parts.length === 1 ? parts[0] : undefined;
	if (only !== undefined && typeof only !== 'string') return h('a', { href: page.href, lang: only.lang }, only.text);
	const nodes = parts.map((part): ElementContent => (typeof part === 'string' ? { type: 'text', value: part } : h('span', { lang: part.lang }, part.text)));
	return h('a', { href: page.href }, nodes);
}

/** One cited passage of a source and the pages that cite it. */
export interface CitedPassage extends Omit<Span, 'text'> {
	readonly pages: readonly CitingPage[];
}

export interface IndexInput {
	readonly source: string;
	readonly span: Span;
	readonly page: CitingPage;
}

/**
 * Which pages cite which passages, by source slug: what source pages need for "Cited in".
 * The same passage cited by several pages is one entry; a page is listed once per passage.
 */
export function buildCitationIndex(citations: Iterable<IndexInput>): Map<string, CitedPassage[]> {
	const bySource = new Map<string, Map<string, { span: Span; pages: Map<string, CitingPage> }>>();
	for (const { source, span, page } of citations) {
		const passages = bySource.get(source) ?? new Map();
		bySource.set(source, passages);
		const key = `${span.paragraph}:${span.start}:${span.end}`;
		const entry = passages.get(key) ?? { span, pages: new Map() };
		passages.set(key, entry);
		entry.pages.set(page.href, page);
	}
	const index = new Map<string, CitedPassage[]>();
	for (const [source, passages] of bySource) {
		index.set(
			source,
			[...passages.values()]
				.map(({ span, pages }) => ({ paragraph: span.paragraph, start: span.start, end: span.end, pages: [...pages.values()] }))
				.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start),
		);
	}
	return index;
}

/** The pages citing any of these passages, each once, in the order first met. */
export function citingPages(passages: readonly CitedPassage[]): CitingPage[] {
	return [...new Map(passages.flatMap((c) => c.pages).map((p) => [p.href, p])).values()];
}
