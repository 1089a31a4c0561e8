/**
 * The languages of the site. English is the original and lives at `/`; each translation lives
 * under `/<locale>/` with the same paths, and its content files under `<folder>/<locale>/`.
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** The languages translated from English. */
export const TRANSLATIONS: readonly Exclude<Locale, 'en'>[] = ['es'];

/** Each language's name in itself, for the language switcher; and its BCP 47 tag for `Intl`. */
export const LANGUAGES: Readonly<Record<Locale, { readonly name: string; readonly intl: string }>> = {
	en: { name: 'English', intl: 'en-US' },
	// US Spanish, as US Spanish-language media write it: 1,843 and 12.5 (thousands with a comma).
	es: { name: 'Español', intl: 'es-US' },
};

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The `lang` of English text (a source's words, a name as ICE prints it) on a page in `locale`:
 * `en` on a page in another language, none on an English page, whose language it is.
 */
export function englishLang(locale: Locale): 'en' | undefined {
	return locale === 'en' ? undefined : 'en';
}

/** The locale Astro reports for a page (`Astro.currentLocale`), English when it has none. */
export function localeOf(value: string | undefined): Locale {
	return isLocale(value) ? value : DEFAULT_LOCALE;
}

/**
 * A path of the site (without the base path) in one language.
 *
 * In:  `localePath('/models/task-force/', 'es')`
 * Out: `/es/models/task-force/`
 */
export function localePath(path: string, locale: Locale): string {
	if (locale === DEFAULT_LOCALE) return path;
	return `/${locale}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * The language of a path (without the base path) and the path in English.
 *
 * In:  `/es/sources/x/#p-2`
 * Out: `{ locale: 'es', path: '/sources/x/#p-2' }`
 */
export function splitLocalePath(path: string): { locale: Locale; path: string } {
	const match = /^\/([a-z]{2})(\/.*|$)/.exec(path);
	if (match && isLocale(match[1]) && match[1] !== DEFAULT_LOCALE) return { locale: match[1], path: match[2] || '/' };
	return { locale: DEFAULT_LOCALE, path };
}

/**
 * The language of a content entry from its id (its path under its folder), and the id it shares
 * with the English entry it translates.
 *
 * In:  `es/models/task-force`
 * Out: `{ locale: 'es', id: 'models/task-force' }`
 */
export function splitLocaleId(id: string): { locale: Locale; id: string } {
	const slash = id.indexOf('/');
	const first = slash === -1 ? '' : id.slice(0, slash);
	if (isLocale(first) && first !== DEFAULT_LOCALE) return { locale: first, id: id.slice(slash + 1) };
	return { locale: DEFAULT_LOCALE, id };
}

/** The id of an entry in one language: `localeId('history', 'es')` is `es/history`. */
export function localeId(id: string, locale: Locale): string {
	return locale === DEFAULT_LOCALE ? id : `${locale}/${id}`;
}

/**
 * The language of a content file by its path: a translation sits in a folder named by its locale,
 * or carries it before its extension.
 *
 * In:  `/site/content/explainers/es/history.mdx`, `/site/CONTRIBUTING.es.md`, `content/glossary/ice.yaml`
 * Out: `es`, `es`, `en`
 */
export function localeOfFile(path: string): Locale {
	const found = /[\\/]content[\\/][^\\/]+[\\/]([a-z]{2})[\\/]/.exec(path)?.[1] ?? /\.([a-z]{2})\.mdx?$/.exec(path)?.[1];
	return isLocale(found) ? found : DEFAULT_LOCALE;
}
