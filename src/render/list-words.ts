import type { CountWhat } from '../agreements-view/list-counts.ts';
import type { AgreementList } from '../agreements/types.ts';
import { countOf, messages, type Locale } from '../i18n/index.ts';
import { formatDateSpec, parseDateSpec, type DateSpec } from '../lib/dates.ts';

/** How the site words ICE's lists and their counts, for the figures page, the home page and `<ListCount>`. */

/** The day of a list as a DateSpec, for `<DateText>`, from `2025-05-01` or `2025-05-01T09:00`. */
export function listDaySpec(date: string): DateSpec {
	const day = parseDateSpec(date.slice(0, 10));
	if (typeof day === 'string') throw new Error(`A list's date must start with YYYY-MM-DD: ${day}`);
	return day;
}

/** "May 1, 2025" ("1 de mayo de 2025"), from a list's date. */
export function formatListDay(date: string, locale: Locale = 'en'): string {
	return formatDateSpec(listDaySpec(date), locale);
}

/** "1 agency", "870 agencies", "1,002 agreements"; in Spanish "1 agencia", "1,002 acuerdos". */
export function countWords(n: number, what: CountWhat, locale: Locale = 'en'): string {
	const w = messages(locale).agreements.words;
	return countOf(n, what === 'agreements' ? w.agreement : w.agency, locale);
}

/** What a list is, for readers: ICE's own file, or the table of ICE's page as the Wayback Machine kept it. */
export function listKindWords(list: Pick<AgreementList, 'kind' | 'date'>, locale: Locale = 'en'): string {
	const m = messages(locale).agreements.listCount;
	const day = formatListDay(list.date, locale);
	return list.kind === 'ice-workbook' ? m.workbookOf(day) : m.waybackOf(day);
}
