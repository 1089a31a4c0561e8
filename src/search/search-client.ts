/**
 * The parts of the search UI that pages load on first use, built by Vite to fixed addresses
 * (`_astro/search-dialog.js`) so that the few inline lines of `SearchBox.astro` can import them
 * without a script file of their own on every page. In `npm run dev`, Vite serves the sources.
 * The Vite plugin that builds them is `src/integrations/search-client.ts`.
 */
export const SEARCH_CLIENT_ENTRIES = {
	dialog: 'src/client/search/dialog.ts',
	highlight: 'src/client/search/highlight.ts',
} as const;

export type SearchClientEntry = keyof typeof SEARCH_CLIENT_ENTRIES;

/** Where an entry is served, without the base path. */
export function searchClientPath(entry: SearchClientEntry, dev: boolean, assets = '_astro'): string {
	return dev ? `/${SEARCH_CLIENT_ENTRIES[entry]}` : `/${assets}/search-${entry}.js`;
}
