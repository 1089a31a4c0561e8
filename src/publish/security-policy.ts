import { INLINE_SCRIPTS, scriptHash } from './inline-scripts.ts';

/**
 * The Content-Security-Policy of every page, given to Astro's `security.csp` (which adds the
 * hashes of the scripts and styles it bundles and writes the policy into each page's
 * `<meta http-equiv="content-security-policy">`). No `'unsafe-inline'` and no `'unsafe-eval'`:
 * only the site's own files and the exact inline code it writes can run, so an escaping slip
 * in a page still cannot run anything.
 */
export const CSP_DIRECTIVES = ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "img-src 'self' data:"] as const;

/** `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly search index, and allows no JavaScript eval. */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** The hashes of the inline scripts the site writes itself (Astro hashes its bundled ones). */
export const SCRIPT_HASHES = INLINE_SCRIPTS.map(scriptHash);

/** Directives that only work as an HTTP header, never in a `<meta>` policy: `dist/_headers` adds them. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** `security.csp` for `astro.config.mjs`. */
export function cspConfig() {
	return {
		directives: [...CSP_DIRECTIVES],
		scriptDirective: { resources: [...SCRIPT_RESOURCES], hashes: [...SCRIPT_HASHES] },
	};
}
