import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * The parts of the search UI that pages load on first use, built by Vite to fixed addresses
 * (`_astro/search-dialog.js`) so that the few inline lines of `SearchBox.astro` can import them
 * without a script of their own on every page. In `npm run dev`, Vite serves the source files.
 */
export const SEARCH_CLIENT_ENTRIES = {
	dialog: 'src/scripts/search/dialog.ts',
	highlight: 'src/scripts/search/highlight.ts',
} as const;

export type SearchClientEntry = keyof typeof SEARCH_CLIENT_ENTRIES;

/** Where an entry is served, without the base path. */
export function searchClientPath(entry: SearchClientEntry, dev: boolean, assets = '_astro'): string {
	return dev ? `/${SEARCH_CLIENT_ENTRIES[entry]}` : `/${assets}/search-${entry}.js`;
}

/** A Vite plugin for the client build that emits each entry under its fixed name. */
export function searchClientEntries(root: URL, assets: string): Plugin {
	return {
		name: '287g-explained:search-client',
		apply: 'build',
		applyToEnvironment: (environment) => environment.name === 'client',
		buildStart() {
			for (const entry of Object.keys(SEARCH_CLIENT_ENTRIES) as SearchClientEntry[]) {
				this.emitFile({
					type: 'chunk',
					id: fileURLToPath(new URL(SEARCH_CLIENT_ENTRIES[entry], root)),
					fileName: searchClientPath(entry, false, assets).slice(1),
				});
			}
		},
	};
}
