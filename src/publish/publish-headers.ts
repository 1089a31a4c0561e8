import { withBase } from '../lib/urls.ts';
import { HEADER_ONLY_DIRECTIVES } from './security-policy.ts';

/** Headers for every response: the same policy as the pages' `<meta>`, and two more protections. */
export const COMMON_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const;

/** Files whose names change when their content does: cached for a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Folders of such files: Astro's bundles and Pagefind's index chunks (named by their hash). */
export const HASHED_FOLDERS = ['/_astro/', '/pagefind/fragment/', '/pagefind/index/', '/pagefind/filter/'] as const;

/**
 * One policy for the whole site from the policies of its pages: each directive with the sources
 * of every page (the pages differ only in the hashes of their own styles and scripts). Sent as a
 * header, it allows nothing a page's own `<meta>` policy does not, since a browser enforces both;
 * and it adds what only a header can say (`frame-ancestors`).
 *
 * In:  `["script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'"]`
 * Out: `script-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none'`
 */
export function sitePolicy(pagePolicies: Iterable<string>): string {
	const directives = new Map<string, Set<string>>();
	for (const policy of pagePolicies) {
		for (const directive of policy.split(';')) {
			const [name, ...sources] = directive.trim().split(/\s+/);
			if (!name) continue;
			const known = directives.get(name) ?? new Set<string>();
			for (const source of sources) known.add(source);
			directives.set(name, known);
		}
	}
	return [...[...directives].map(([name, sources]) => [name, ...sources].join(' ')), ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/**
 * `dist/_headers`, the file Netlify and Cloudflare Pages read: one rule for the whole site with
 * the Content-Security-Policy (`sitePolicy`), `nosniff` and the referrer policy, and long
 * caching for hashed files. A few rules, whatever the number of pages (Cloudflare reads 100).
 *
 * In:  `publishHeaders(["script-src 'self'"], '/')`
 * Out: `/*\n  Content-Security-Policy: script-src 'self'; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n …`
 */
export function publishHeaders(pagePolicies: Iterable<string>, base: string): string {
	const rule = (path: string, headers: Record<string, string>) => [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
	const rules = [rule(withBase('/*', base), { 'Content-Security-Policy': sitePolicy(pagePolicies), ...COMMON_HEADERS })];
	for (const folder of HASHED_FOLDERS) rules.push(rule(withBase(`${folder}*`, base), { 'Cache-Control': IMMUTABLE }));
	return `${rules.join('\n\n')}\n`;
}
