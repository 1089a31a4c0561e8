import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { INDEX_EXCLUDE, INDEX_FOLDER } from '../search/search-index.ts';
import { servePagefindInDev } from './pagefind-dev.ts';
import { searchClientEntries } from './search-client.ts';

/** Stops with a clear error when a Pagefind step reports problems. */
function assertNoErrors(step: string, errors: readonly string[]): void {
	if (errors.length > 0) {
		throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
	}
}

/**
 * Builds the Pagefind search index from the finished site, in `astro:build:done`.
 * Only regions marked `data-pagefind-body` are indexed (see the README, "Search").
 * In `astro dev`, serves the index of the last build, if there is one.
 */
export function pagefind(): AstroIntegration {
	let outDir = '';
	let base = '/';
	return {
		name: '287g-explained:pagefind',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				updateConfig({ vite: { plugins: [searchClientEntries(config.root, config.build.assets)] } });
			},
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				base = config.base;
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use(servePagefindInDev(`${outDir.replace(/\/$/, '')}/${INDEX_FOLDER}`, base));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { createIndex, close } = await import('pagefind');
				const site = fileURLToPath(dir).replace(/\/$/, '');
				try {
					const { index, errors } = await createIndex({ excludeSelectors: [...INDEX_EXCLUDE] });
					assertNoErrors('start', errors);
					if (!index) throw new Error('Pagefind returned no index.');
					const added = await index.addDirectory({ path: site });
					assertNoErrors('index the site', added.errors);
					const written = await index.writeFiles({ outputPath: `${site}/${INDEX_FOLDER}` });
					assertNoErrors('write the index', written.errors);
					logger.info(`Indexed ${added.page_count} pages for search.`);
				} catch (error) {
					throw new Error('Building the search index failed.', { cause: error });
				} finally {
					await close();
				}
			},
		},
	};
}
