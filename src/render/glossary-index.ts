/** The order and the alphabetical index of the glossary page, in the page's language. */

import type { Locale } from '../i18n/locales.ts';

export interface IndexableTerm {
	readonly id: string;
	readonly term: string;
	readonly acronym?: string | undefined;
}

/** One line of the index: a term, or an acronym that points to its term. */
export interface IndexEntry {
	readonly id: string;
	readonly label: string;
	/** For an acronym: the term it stands for. */
	readonly expansion?: string;
}

export interface IndexGroup {
	/** A letter of the page's alphabet ("A" to "Z"; in Spanish also "Ñ"), or "0–9" for terms
	 * that start with a digit, such as 287(g). */
	readonly letter: string;
	readonly entries: readonly IndexEntry[];
}

/** How each language orders words: ignoring case and accents, with Spanish "ñ" after "n". */
const COLLATORS: Readonly<Record<Locale, Intl.Collator>> = {
	en: new Intl.Collator('en', { sensitivity: 'base', numeric: true }),
	es: new Intl.Collator('es', { sensitivity: 'base', numeric: true }),
};

/**
 * Terms in the alphabetical order of `locale`, ignoring case and accents; "287(g)" comes before
 * the letters. Sort the terms by the names the page shows (for Spanish, their `es.term`).
 *
 * In:  `sortTerms([{ term: 'Orden' }, { term: 'Ñandú' }, { term: 'Nube' }], 'es')`
 * Out: Nube, Ñandú, Orden
 */
export function sortTerms<T extends IndexableTerm>(terms: readonly T[], locale: Locale = 'en'): T[] {
	const collator = COLLATORS[locale];
	return [...terms].sort((a, b) => collator.compare(a.term, b.term) || a.id.localeCompare(b.id));
}

/**
 * The letter a label is indexed under: its first letter without an accent ("Órdenes" under
 * "O"), unless the language counts the accented letter as a letter of its own (Spanish "Ñ").
 */
export function indexLetter(label: string, locale: Locale = 'en'): string {
	const first = label.charAt(0).toUpperCase();
	if (/\d/.test(first)) return '0–9';
	const bare = first.normalize('NFD').charAt(0);
	const letter = COLLATORS[locale].compare(first, bare) === 0 ? bare : first;
	return /\p{Lu}/u.test(letter) ? letter : '#';
}

/**
 * The index at the top of the glossary page: every term, and every acronym as its own line
 * ("ICE", standing for U.S. Immigration and Customs Enforcement), grouped by first letter, in
 * the order of `locale`.
 */
export function glossaryIndex(terms: readonly IndexableTerm[], locale: Locale = 'en'): IndexGroup[] {
	const collator = COLLATORS[locale];
	const entries: IndexEntry[] = terms.flatMap((t) => [{ id: t.id, label: t.term }, ...(t.acronym ? [{ id: t.id, label: t.acronym, expansion: t.term }] : [])]);
	entries.sort((a, b) => collator.compare(a.label, b.label) || a.id.localeCompare(b.id));
	const groups = new Map<string, IndexEntry[]>();
	for (const e of entries) {
		const letter = indexLetter(e.label, locale);
		groups.set(letter, [...(groups.get(letter) ?? []), e]);
	}
	return [...groups].map(([letter, list]) => ({ letter, entries: list }));
}
