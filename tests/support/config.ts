import config from '../../astro.config.mjs';

/** The site's public origin and base path as astro.config.mjs sets them (SITE_URL, BASE_PATH). */
export const SITE = { url: String(config.site), base: config.base ?? '/' } as const;
