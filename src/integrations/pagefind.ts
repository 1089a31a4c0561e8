import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Stops with a clear error when a Pagefind step reports problems. */
function assertNoErrors(step: string, errors: readonly string[]): void {
	if (errors.length > 0) {
		throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
	}
}

/**
 * Builds the Pagefind search index from the finished site, in `astro:build:done`.
 * Only regions marked `data-pagefind-body` are indexed (see `layouts/Base.astro`).
 */
export function pagefind(): AstroIntegration {
	return {
		name: '287g-explained:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { createIndex, close } = await import('pagefind');
				const outDir = fileURLToPath(dir);
				try {
					const { index, errors } = await createIndex({});
					assertNoErrors('start', errors);
					if (!index) throw new Error('Pagefind returned no index.');
					const added = await index.addDirectory({ path: outDir });
					assertNoErrors('index the site', added.errors);
					const written = await index.writeFiles({ outputPath: `${outDir.replace(/\/$/, '')}/pagefind` });
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
