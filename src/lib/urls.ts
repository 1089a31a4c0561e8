import { localePath, type Locale } from '../i18n/locales.ts';

/**
 * Addresses inside the site, always built here so that a `base` path is never forgotten.
 *
 * In:  `withBase('/sources/x/', '/docs/')`
 * Out: `/docs/sources/x/`
 */
export function withBase(path: string, base: string): string {
	const b = base.endsWith('/') ? base : `${base}/`;
	return `${b}${path.replace(/^\//, '')}`;
}

/**
 * An address inside the site in one language, with the base path.
 *
 * In:  `localHref('/history/', 'es', '/287g/')`
 * Out: `/287g/es/history/`
 */
export function localHref(path: string, locale: Locale, base: string): string {
	return withBase(localePath(path, locale), base);
}

/** Address of a source page, with an optional paragraph anchor. */
export function sourcePath(slug: string, paragraph?: number): string {
	return `/sources/${slug}/${paragraph === undefined ? '' : `#p-${paragraph}`}`;
}

// Characters that must be escaped inside a text directive, besides what encodeURIComponent does.
function encodeFragmentText(text: string): string {
	return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/**
 * A text fragment (`:~:text=`) so that supporting browsers highlight the passage; long
 * passages use the `start,end` form with a few words at each end.
 *
 * In:  `Operation Tidal Wave resulted in 1,120 arrests across Florida`
 * Out: `:~:text=Operation%20Tidal%20Wave%20resulted%20in%201%2C120%20arrests%20across%20Florida`
 */
export function textFragment(passage: string, words = 5): string {
	const parts = passage.trim().split(/\s+/);
	if (parts.length <= words * 2) return `:~:text=${encodeFragmentText(parts.join(' '))}`;
	const start = parts.slice(0, words).join(' ');
	const end = parts.slice(-words).join(' ');
	return `:~:text=${encodeFragmentText(start)},${encodeFragmentText(end)}`;
}
