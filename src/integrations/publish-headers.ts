import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { publishHeaders } from '../publish/publish-headers.ts';

/** The policy in a built page's `<meta http-equiv="content-security-policy">`, read from its head only. */
function pagePolicy(file: string): string | undefined {
	const html = readFileSync(file, 'utf8');
	const end = html.indexOf('</head>');
	const head = fromHtml(end === -1 ? html : html.slice(0, end), { fragment: false });
	const meta = select('meta[http-equiv="content-security-policy"]', head);
	const content = meta?.properties['content'];
	return typeof content === 'string' ? content : undefined;
}

/**
 * Writes `dist/_headers` after the build (README, "Publishing with security headers"): the
 * policies Astro put in the pages' `<meta>`, as one header, with the headers a meta policy
 * cannot give. A page without the policy stops the build: every page must carry it.
 */
export function securityHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: '287g-explained:security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir, pages, logger }) => {
				const site = fileURLToPath(dir);
				const policies = new Map<string, string>();
				const missing: string[] = [];
				for (const { pathname } of pages) {
					// `sources/x/` is sources/x/index.html, `404` is 404.html; robots.txt is no page.
					const file = [join(site, pathname, 'index.html'), join(site, `${pathname.replace(/\/$/, '')}.html`)].find(existsSync);
					if (!file) continue;
					const path = `/${file
						.slice(site.length)
						.replace(/^\//, '')
						.replace(/(^|\/)index\.html$/, '$1')}`;
					const policy = pagePolicy(file);
					if (policy === undefined) missing.push(path);
					else policies.set(path, policy);
				}
				if (missing.length > 0)
					throw new Error(`These pages have no Content-Security-Policy <meta>: ${missing.join(', ')}. Every page must use the Base layout.`);
				writeFileSync(join(site, '_headers'), publishHeaders(policies.values(), base));
				logger.info(`Wrote _headers for ${policies.size} pages.`);
			},
		},
	};
}
