import type { Locale } from './locales.ts';

/**
 * Whether a page is shown in its reader's language:
 * - `original`: an English page;
 * - `translated`: its translation exists and is newer than the English;
 * - `missing`: no translation yet, so the English text is shown;
 * - `outdated`: the English changed after the translation was last changed.
 */
export type TranslationState = 'original' | 'translated' | 'missing' | 'outdated';

/**
 * When each file was last changed (an ISO date), by path from the project root, or `null` when
 * this copy of the repository cannot tell. A file git does not know yet is being written: it is
 * the newest.
 */
export type ChangeDates = ReadonlyMap<string, string | null>;

/**
 * In:  `translationState('es', 'content/explainers/history.mdx', 'content/explainers/es/history.mdx', dates)`
 *      where git last changed the English file on 2026-12-01 and the Spanish one on 2026-11-20
 * Out: `outdated`
 */
export function translationState(locale: Locale, english: string, translation: string | undefined, dates: ChangeDates): TranslationState {
	if (locale === 'en') return 'original';
	if (translation === undefined) return 'missing';
	const en = dates.get(english);
	const tr = dates.get(translation);
	// Unknown dates (a shallow clone) never make a page look outdated; an uncommitted file is newest.
	if (en === null || tr === null || tr === undefined) return 'translated';
	if (en === undefined) return 'outdated';
	return Date.parse(en) > Date.parse(tr) ? 'outdated' : 'translated';
}
