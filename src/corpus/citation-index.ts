import type { Span } from './quote-match.ts';

/** A page that cites a passage. */
export interface CitingPage {
	readonly href: string;
	readonly label: string;
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
