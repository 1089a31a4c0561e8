import { INDEX_FOLDER } from './search-index.ts';
import { withBase } from '../lib/urls.ts';

/** The query parameter that carries searched words to a result page, to highlight them there. */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * How results are ranked, for every caller of the index (the search page, the dialog and the
 * relevance tests), so that the tests check the ranking readers get. Pagefind already weights
 * headings above body text; these weights apply to metadata.
 */
export const RANKING = {
	metaWeights: {
		// A word in the title: a strong sign that the page is about it (Pagefind's default weight).
		title: 5,
		// Other ways readers write the subject of a page ("287 g"), chosen by its author: above the title.
		keywords: 10,
		// Searching for an outlet ("Voz", "TNND") should bring up its articles.
		outlet: 5,
	},
} as const;

/** The options given to Pagefind, for a site served under `base`. */
export function pagefindOptions(base: string) {
	return {
		bundlePath: withBase(`/${INDEX_FOLDER}/`, base),
		baseUrl: base,
		highlightParam: HIGHLIGHT_PARAM,
		ranking: RANKING,
	};
}
