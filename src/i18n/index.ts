import type { Locale } from './locales.ts';
import { site } from './messages/site.ts';

/**
 * Every text of the interface, by group, in one language. Components take the group they need:
 * `messages(locale).site.menu`. Content (explainers, glossary, timeline…) is translated in its
 * own files; this layer holds only what the code writes.
 */
const GROUPS = { site };

export type Messages = { readonly [G in keyof typeof GROUPS]: (typeof GROUPS)[G]['en'] };

export function messages(locale: Locale): Messages {
	return Object.fromEntries(Object.entries(GROUPS).map(([name, group]) => [name, group[locale]])) as Messages;
}

export { countOf, formatNumber, pluralForm, type PluralForms } from './format.ts';
export { DEFAULT_LOCALE, LANGUAGES, LOCALES, TRANSLATIONS, isLocale, localeId, localeOf, localePath, splitLocaleId, splitLocalePath, type Locale } from './locales.ts';
