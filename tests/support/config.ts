import config from '../../astro.config.mjs';

/** The site's public origin and base path as astro.config.mjs sets them (SITE_URL, BASE_PATH). */
export const SITE = { url: String(config.site), base: config.base ?? '/' } as const;

/**
 * Pages and anchors that other branches are adding (the menu and the content already link to
 * them). Links to these are not reported while they are absent; once a page exists, its links
 * and anchors are checked like any other. Empty this list once those branches are merged.
 */
export const PENDING_PAGES: readonly string[] = ['timeline/', 'figures/', 'glossary/', 'models/#compare'];
