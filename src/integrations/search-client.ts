import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { SEARCH_CLIENT_ENTRIES, searchClientPath, type SearchClientEntry } from '../search/search-client.ts';

/** A Vite plugin for the client build that emits each search entry under its fixed name. */
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
