/** How the glossary page names an entry in its heading, in the page's language. */

import type { Locale } from '../i18n/locales.ts';

/** What the label needs of an entry: its English name and acronym, and its Spanish name if any. */
export interface LabelledTerm {
	readonly term: string;
	readonly acronym?: string | undefined;
	readonly es?: { readonly term?: string | undefined } | undefined;
}

export interface TermLabel {
	/** The name in the page's language (the English one while an entry is not translated). */
	readonly name: string;
	/** What follows it in parentheses: on an English page the acronym; on a Spanish page the
	 * English name, when it differs, and the acronym, both English. */
	readonly aside?: string;
	/** The language of `aside` when it differs from the page's: "en" on a Spanish page. */
	readonly asideLang?: Locale;
	/** Whether the entry is shown in the page's language; false for an untranslated entry. */
	readonly translated: boolean;
}

/**
 * The heading of an entry: in Spanish, the Spanish name with the English name and acronym
 * beside it, so that a reader can match them with English sources.
 *
 * In:  `termLabel({ term: 'Task Force Model', acronym: 'TFM', es: { term: 'Modelo de Grupo de Trabajo' } }, 'es')`
 * Out: `{ name: 'Modelo de Grupo de Trabajo', aside: 'Task Force Model, TFM', asideLang: 'en', translated: true }`
 */
export function termLabel(entry: LabelledTerm, locale: Locale): TermLabel {
	const spanish = entry.es?.term;
	if (locale === 'en' || !spanish) {
		return { name: entry.term, ...(entry.acronym ? { aside: entry.acronym } : {}), translated: locale === 'en' };
	}
	const english = [spanish === entry.term ? undefined : entry.term, entry.acronym].filter((s): s is string => Boolean(s));
	return { name: spanish, ...(english.length > 0 ? { aside: english.join(', '), asideLang: 'en' as const } : {}), translated: true };
}

/**
 * The label as plain text, e.g. for a title or a test.
 *
 * In:  the label above
 * Out: `Modelo de Grupo de Trabajo (Task Force Model, TFM)`
 */
export function termLabelText(label: TermLabel): string {
	return label.aside ? `${label.name} (${label.aside})` : label.name;
}
