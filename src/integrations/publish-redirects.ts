import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { TRANSLATIONS } from '../i18n/locales.ts';
import { nearestNotFound, notFoundCandidates, publishRedirects, type NotFoundPage } from '../publish/publish-redirects.ts';

/**
 * Writes `dist/_redirects` after the build (src/publish/publish-redirects.ts): each translation's
 * unknown addresses get its own "page not found". A translation without a built 404 page stops
 * the build: readers of that edition would get the English one. The page is also copied to
 * `<locale>/404.html`, for hosts that serve the nearest `404.html` instead (Cloudflare Pages).
 */
export function notFoundRedirects(): AstroIntegration {
	let base = '/';
	return {
		name: '287g-explained:not-found-redirects',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const pages: NotFoundPage[] = TRANSLATIONS.map((locale) => {
					const file = notFoundCandidates(locale).find((candidate) => existsSync(join(site, candidate)));
					if (!file)
						throw new Error(`No "page not found" for /${locale}/ (looked for ${notFoundCandidates(locale).join(', ')}): add src/pages/${locale}/404.astro.`);
					return { folder: locale, file };
				});
				writeFileSync(join(site, '_redirects'), publishRedirects(pages, base));
				for (const { folder, file } of pages) {
					const nearest = nearestNotFound(folder);
					if (file !== nearest) copyFileSync(join(site, file), join(site, nearest));
				}
				logger.info(`Wrote _redirects: unknown addresses under ${pages.map((p) => `/${p.folder}/`).join(', ')} get their edition's 404 page.`);
			},
		},
	};
}
