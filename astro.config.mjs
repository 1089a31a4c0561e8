// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentChecks } from './src/integrations/content-checks.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { securityHeaders } from './src/integrations/publish-headers.ts';
import { notFoundRedirects } from './src/integrations/publish-redirects.ts';
import { markdownProcessor } from './src/markdown.ts';
import { cspConfig } from './src/publish/security-policy.ts';

// SITE_URL and BASE_PATH let the same content be published anywhere, e.g. under /287g/.
const site = process.env.SITE_URL ?? 'https://287g-explained.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Code blocks stay plain: Shiki's inline colours fail HTML validation and ignore the theme.
	markdown: { processor: markdownProcessor({ base }), syntaxHighlight: false },
	// English at `/`, Spanish under `/es/` with the same paths (src/i18n/locales.ts).
	i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
	integrations: [
		contentChecks(),
		mdx(),
		// Each page lists its counterpart in the other language, both ways.
		// The Spanish "page not found" is not a page to index, like the English one.
		sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', es: 'es' } }, filter: (page) => !/\/es\/404\/$/.test(page) }),
		pagefind(),
		securityHeaders(),
		// Unknown addresses under /es/ get the Spanish "page not found" (dist/_redirects).
		notFoundRedirects(),
	],
	// A strict Content-Security-Policy on every page (README, Security).
	security: { csp: cspConfig() },
	vite: {
		build: {
			rolldownOptions: {
				// Astro marks every MDX module with a "use astro:head-inject" directive, and the bundler
				// warns that it may not keep it: 15 harmless warnings per build, which would drown real
				// ones (withastro/astro#18087). Only that warning is dropped.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
