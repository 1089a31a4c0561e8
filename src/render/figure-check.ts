import { countList, daysBetween, listDay, MAX_DAYS_OFF, nearestList, type CountWhat, type ListCount } from '../agreements-view/list-counts.ts';
import type { AgreementList } from '../agreements/types.ts';
import { formatNumber, messages, pluralForm, type Locale } from '../i18n/index.ts';
import type { FigureData } from '../schemas/figure.ts';
import { countWords, formatListDay, listKindWords } from './list-words.ts';

/**
 * A quoted count of agreements or agencies, set beside what ICE's own list held on that date.
 *
 * In:  AP's 517 agreements as of May 1, 2025, and the archived lists
 * Out: `{ status: 'compared', what: 'agreements', list: <list of May 1, 2025>, relation: 'on',
 *        counts: { agreements: 522, agencies: 470 }, value: 522 }`
 *
 * A figure of agencies is compared with the list's distinct agencies, a figure of agreements
 * with its rows; both counts are given, so pages can say which one is compared.
 */
export type FigureCheck =
	| {
			readonly status: 'compared';
			/** What the figure counts, so what `value` is. */
			readonly what: CountWhat;
			readonly list: Pick<AgreementList, 'file' | 'date' | 'kind'>;
			readonly relation: 'on' | 'before' | 'after';
			readonly daysOff: number;
			/** Both counts of the list (only the figure's models, when it names some). */
			readonly counts: ListCount;
			/** The list's count of what the figure counts. */
			readonly value: number;
	  }
	| {
			readonly status: 'no-list';
			/**
			 * Why no list stands for the figure's date: it covers more than a month (`period`), it
			 * comes before the first archived list (`before-archive`), or no list is near it (`gap`).
			 */
			readonly why: 'period' | 'before-archive' | 'gap';
			/** Day of the first archived list, for `before-archive`. */
			readonly firstList?: string;
	  };

/** Figures that count agreements or agencies: the ones ICE's list can be set beside. */
export function checksAgainstList(data: Pick<FigureData, 'metric' | 'unit'>): data is typeof data & { metric: CountWhat } {
	return (data.metric === 'agreements' || data.metric === 'agencies') && data.unit === 'count';
}

/**
 * What ICE's list held on the figure's date, or why no list can say; undefined for a figure that
 * counts something else (arrests, officers, percentages).
 */
export function checkFigure(data: Pick<FigureData, 'metric' | 'unit' | 'asOf' | 'models'>, lists: readonly AgreementList[]): FigureCheck | undefined {
	if (!checksAgainstList(data)) return undefined;
	const what = data.metric;
	if (daysBetween(data.asOf.start, data.asOf.end) > MAX_DAYS_OFF) {
		return { status: 'no-list', why: 'period' };
	}
	const found = nearestList(lists, data.asOf);
	if (!found) {
		const first = lists.map(listDay).sort()[0];
		return first !== undefined && data.asOf.end < first ? { status: 'no-list', why: 'before-archive', firstList: first } : { status: 'no-list', why: 'gap' };
	}
	const counts = countList(found.list, { models: data.models });
	return {
		status: 'compared',
		what,
		list: { file: found.list.file, date: found.list.date, kind: found.list.kind },
		relation: found.relation,
		daysOff: found.daysOff,
		counts,
		value: counts[what],
	};
}

/** The parts of "On ICE's list" beside a figure, worded; the component adds the links. */
export interface CheckWords {
	/** The list's count of what the figure counts: "1,002 agreements". */
	readonly count: string;
	/** The other count, saying what a row is: "(rows of the list, one per agreement), held by 870 agencies". */
	readonly detail: string;
	/** Which list: "in ICE's workbook of September 17, 2025". */
	readonly list: string;
	/** How far that list is from the figure's date, when it is not of that date. */
	readonly distance?: string;
}

export function describeCheck(check: Extract<FigureCheck, { status: 'compared' }>, locale: Locale = 'en'): CheckWords {
	const m = messages(locale).figures;
	const { agreements, agencies } = check.counts;
	const detail =
		check.what === 'agreements' ? m.check.rows(countWords(agencies, 'agencies', locale)) : m.check.agencies(countWords(agreements, 'agreements', locale));
	const days = `${formatNumber(check.daysOff, locale)} ${pluralForm(check.daysOff, m.days, locale)}`;
	const distance = check.relation === 'on' ? undefined : check.relation === 'before' ? m.check.before(days) : m.check.after(days);
	return {
		count: countWords(check.value, check.what, locale),
		detail,
		list: m.check.inList(listKindWords(check.list, locale)),
		...(distance ? { distance } : {}),
	};
}

/** Why no list is shown beside a figure, as a sentence. */
export function noListWords(check: Extract<FigureCheck, { status: 'no-list' }>, locale: Locale = 'en'): string {
	const m = messages(locale).figures.check;
	switch (check.why) {
		case 'period':
			return m.period;
		case 'before-archive':
			return m.beforeArchive(formatListDay(check.firstList!, locale));
		case 'gap':
			return m.gap(MAX_DAYS_OFF);
	}
}

/** The short form, for a table cell: "522 agreements (ICE's workbook of May 1, 2025)", or "not compared". */
export function checkInBrief(check: FigureCheck | undefined, locale: Locale = 'en'): string {
	const m = messages(locale).figures.check;
	if (!check || check.status === 'no-list') return m.notCompared;
	const source = check.list.kind === 'ice-workbook' ? m.workbook : m.wayback;
	return m.brief(countWords(check.value, check.what, locale), source, formatListDay(check.list.date, locale));
}
