import { createHash } from 'node:crypto';

/**
 * The site's only `is:inline` script: it applies a theme chosen with the toggle before the first
 * paint (the system setting decides otherwise), so it must run in the head, before the page is
 * drawn, which a bundled module script cannot. Astro does not hash `is:inline` scripts for its
 * Content-Security-Policy, so `astro.config.mjs` adds the hash of this exact text; the
 * policy then allows this script and no other inline code.
 */
export const THEME_SCRIPT = `try{const t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}`;

/** Every inline script the site writes itself (Astro hashes its bundled ones). */
export const INLINE_SCRIPTS = [THEME_SCRIPT] as const;

/** The CSP hash of a script's exact text, e.g. `sha256-…`. */
export function scriptHash(code: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}
