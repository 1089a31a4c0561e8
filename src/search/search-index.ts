/**
 * How the built pages are indexed for search. Pages mark their main content with
 * `data-pagefind-body` and their own furniture with `data-pagefind-ignore`; the selectors here
 * keep out fragments that other modules generate on many pages, where a matching word says
 * nothing about the page itself.
 */
export const INDEX_EXCLUDE = [
	// Citation markers, "[3]": numbers that would match numeric queries and clutter excerpts.
	'sup.cite',
	// Reference lists repeat passages of the sources, which are indexed on the source pages.
	'.references',
	// "Cited in" lists beside a source paragraph name other pages, e.g. "Timeline: Operation Tidal Wave".
	'.cited-in',
	// Paragraph numbers of a source's full text.
	'.pnum',
	// Lines of page furniture inside a seed: share prompts, teasers of unrelated articles, credits.
	'.boilerplate',
	// The sources listed under a glossary term, timeline event or figure repeat passages of the
	// sources, as reference lists do.
	'.citation-list',
	// Code examples of the contributors' guide quote passages only as syntax examples.
	'pre',
] as const;

/** The folder of the index inside the built site, and its address under the base path. */
export const INDEX_FOLDER = 'pagefind';

/** The filters of the index: what kind of page, which models it concerns, which years it covers. */
export const SEARCH_FILTERS = ['type', 'model', 'year'] as const;
