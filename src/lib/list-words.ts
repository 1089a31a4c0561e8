import type { CountWhat } from '../agreements-view/list-counts.ts';
import type { AgreementList } from '../agreements/types.ts';
import { formatDateSpec, parseDateSpec, type DateSpec } from './dates.ts';

/** How the site words ICE's lists and their counts, for the figures page, the home page and `<ListCount>`. */

const NUMBER = new Intl.NumberFormat('en-US');

/** The day of a list as a DateSpec, for `<DateText>`, from `2025-05-01` or `2025-05-01T09:00`. */
export function listDaySpec(date: string): DateSpec {
	const day = parseDateSpec(date.slice(0, 10));
	if (typeof day === 'string') throw new Error(`A list's date must start with YYYY-MM-DD: ${day}`);
	return day;
}

/** "May 1, 2025", from a list's date. */
export function formatListDay(date: string): string {
	return formatDateSpec(listDaySpec(date));
}

/** "1 agency", "870 agencies", "1,002 agreements". */
export function countWords(n: number, what: CountWhat): string {
	const word = what === 'agreements' ? (n === 1 ? 'agreement' : 'agreements') : n === 1 ? 'agency' : 'agencies';
	return `${NUMBER.format(n)} ${word}`;
}

/** What a list is, for readers: ICE's own file, or the table of ICE's page as the Wayback Machine kept it. */
export function listKindWords(list: Pick<AgreementList, 'kind' | 'date'>): string {
	return list.kind === 'ice-workbook'
		? `ICE's workbook of ${formatListDay(list.date)}`
		: `the table on ICE's page as the Wayback Machine captured it on ${formatListDay(list.date)} (not ICE's own file)`;
}
