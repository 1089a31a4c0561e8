import searchStyles from '../../styles/search.css?url';
import { HIGHLIGHT_PARAM, pagefindOptions } from '../../search/search-options.ts';
import { addStylesheet } from './pagefind-components.ts';

/**
 * Marks the searched words on a page opened from a search result (`?highlight=...`), with
 * Pagefind's highlighter, inside the indexed region only. Loaded only when the address asks.
 */
interface HighlightModule {
	default: new (options: Record<string, unknown>) => unknown;
}

const folder = pagefindOptions(import.meta.env.BASE_URL).bundlePath;
addStylesheet(searchStyles);
try {
	const { default: PagefindHighlight } = (await import(/* @vite-ignore */ `${folder}pagefind-highlight.js`)) as HighlightModule;
	new PagefindHighlight({
		highlightParam: HIGHLIGHT_PARAM,
		// Our stylesheet colours the marks for both themes.
		addStyles: false,
		markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
	});
} catch {
	// Without the index (e.g. in `npm run dev` before a build) the page simply shows no highlight.
}
