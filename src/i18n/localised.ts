import { englishLang, type Locale } from './locales.ts';

/**
 * A data entry (a glossary term, an event, a figure, a table cell) as a page in `locale` shows it:
 * the fields of its `es:` mapping over the English ones. A field not translated yet stays
 * English; the completeness check lists it.
 *
 * In:  `localised({ title: 'ICE ends the model', es: { title: 'ICE pone fin al modelo' } }, 'es')`
 * Out: `{ title: 'ICE pone fin al modelo', es: { … } }`
 */
export function localised<T extends { readonly es?: Partial<T> | undefined }>(entry: T, locale: Locale): T {
	if (locale === 'en' || !entry.es) return entry;
	const defined = Object.entries(entry.es).filter(([, value]) => value !== undefined && value !== '');
	return { ...entry, ...Object.fromEntries(defined) };
}

/**
 * The `lang` of one field of a data entry on a page in `locale`: `en` while the page is in
 * another language and the field has no translation in it (the page shows the English), none
 * otherwise. With `localised`, the one rule for untranslated text in every data view.
 *
 * In:  `untranslatedLang(undefined, 'es')`, `untranslatedLang('Título', 'es')`, `untranslatedLang(undefined, 'en')`
 * Out: `'en'`, `undefined`, `undefined`
 */
export function untranslatedLang(translated: string | undefined, locale: Locale): 'en' | undefined {
	return translated ? undefined : englishLang(locale);
}
