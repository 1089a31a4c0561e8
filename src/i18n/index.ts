import type { Locale } from './locales.ts';
import { agreements } from './messages/agreements.ts';
import { sources } from './messages/sources.ts';
import { glossary } from './messages/glossary.ts';
import { timeline } from './messages/timeline.ts';
import { figures } from './messages/figures.ts';
import { models } from './messages/models.ts';
import { search } from './messages/search.ts';
import { citations } from './messages/citations.ts';
import { pages } from './messages/pages.ts';
import { site } from './messages/site.ts';

/**
 * Every text of the interface, by group, in one language. Components take the group they need:
 * `messages(locale).site.menu`. Content (explainers, glossary, timeline…) is translated in its
 * own files; this layer holds only what the code writes.
 */
const GROUPS = { site, pages, citations, agreements, sources, glossary, timeline, figures, models, search };

export type Messages = { readonly [G in keyof typeof GROUPS]: (typeof GROUPS)[G]['en'] };

export function messages(locale: Locale): Messages {
	return Object.fromEntries(Object.entries(GROUPS).map(([name, group]) => [name, group[locale]])) as Messages;
}

export { countOf, formatNumber, pluralForm, type PluralForms } from './format.ts';
export {
	DEFAULT_LOCALE,
	LANGUAGES,
	LOCALES,
	TRANSLATIONS,
	isLocale,
	localeId,
	localeOf,
	localePath,
	splitLocaleId,
	splitLocalePath,
	type Locale,
} from './locales.ts';
