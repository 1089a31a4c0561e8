import { counts } from './summary.ts';
import type { ModelId } from '../schemas/models.ts';
import type { AgreementList, ListRow } from '../agreements/types.ts';

/**
 * Counting ICE's lists, and finding the list nearest a date: the numbers the figures page, the
 * home page and `<ListCount>` show. Pure: the lists come from the loader.
 *
 * A row is one agreement; an agency with the Jail Enforcement, Task Force and Warrant Service
 * Officer models has three rows, so "agreements" counts rows and "agencies" counts distinct
 * agencies (by state and `agencyKey`, so that two states' "Franklin County Sheriff's Office"
 * stay two agencies).
 *
 * In:  a list of 3 rows, Wake County Sheriff's Office (jem, wso) and Austin Police (tfm)
 * Out: `countList(list)` → `{ agreements: 3, agencies: 2 }`;
 *      `countList(list, { state: 'TX' })` → `{ agreements: 1, agencies: 1 }`
 */

/** What a count counts: rows (agreements) or distinct agencies. */
export type CountWhat = 'agreements' | 'agencies';

export const COUNT_WHATS: readonly CountWhat[] = ['agreements', 'agencies'];

/** Which rows to count; every field is optional. `models` keeps rows of any of the models. */
export interface RowFilter {
	readonly models?: readonly ModelId[] | undefined;
	/** USPS code, e.g. 'TX', 'GU'. */
	readonly state?: string | undefined;
}

export interface ListCount {
	/** Rows: one per agreement. */
	readonly agreements: number;
	/** Distinct agencies holding those agreements. */
	readonly agencies: number;
}

/** The rows of a list that pass the filter. */
export function filterRows(rows: readonly ListRow[], filter: RowFilter = {}): ListRow[] {
	const models = filter.models && filter.models.length > 0 ? new Set(filter.models) : undefined;
	return rows.filter((r) => (!models || models.has(r.model)) && (!filter.state || r.state === filter.state));
}

/** Agreements (rows) and agencies (distinct state + agencyKey) among the rows that pass the filter, counted as the agreements pages count them. */
export function countRows(rows: readonly ListRow[], filter: RowFilter = {}): ListCount {
	const { agreements, agencies } = counts(filterRows(rows, filter));
	return { agreements, agencies };
}

export function countList(list: Pick<AgreementList, 'rows'>, filter: RowFilter = {}): ListCount {
	return countRows(list.rows, filter);
}

/** The day of a list, `YYYY-MM-DD` (list dates may carry a time, `2026-05-18T09:00`). */
export function listDay(list: Pick<AgreementList, 'date'>): string {
	return list.date.slice(0, 10);
}

const DAY_MS = 86_400_000;

/** Whole days from `a` to `b` (both `YYYY-MM-DD`), negative when `b` is earlier. */
export function daysBetween(a: string, b: string): number {
	return Math.round((Date.parse(`${b}T00:00Z`) - Date.parse(`${a}T00:00Z`)) / DAY_MS);
}

/** A span of days, `YYYY-MM-DD` both ends, inclusive (a DateSpec fits). */
export interface DaySpan {
	readonly start: string;
	readonly end: string;
}

/** The list chosen for a date, and how far from it that list is. */
export interface NearestList<L extends Pick<AgreementList, 'date'>> {
	readonly list: L;
	/** `on`: the list is dated within the span; otherwise the list comes before or after it. */
	readonly relation: 'on' | 'before' | 'after';
	/** Days between the list and the nearest end of the span; 0 when `on`. */
	readonly daysOff: number;
}

/** How far from a date an archived list may be and still stand for that date (the archive has about one list a month before 2025). */
export const MAX_DAYS_OFF = 31;

/**
 * The list that stands for a date: the last list dated within the span (what the list held by
 * the end of that day or month), else the nearest list within `maxDays` of it, the earlier one
 * on a tie (the list then in force). Undefined when no list is that close.
 */
export function nearestList<L extends Pick<AgreementList, 'date'>>(lists: readonly L[], span: DaySpan, maxDays = MAX_DAYS_OFF): NearestList<L> | undefined {
	const sorted = [...lists].sort((a, b) => a.date.localeCompare(b.date));
	const within = sorted.filter((l) => listDay(l) >= span.start && listDay(l) <= span.end);
	if (within.length > 0) return { list: within.at(-1)!, relation: 'on', daysOff: 0 };
	const before = sorted.filter((l) => listDay(l) < span.start).at(-1);
	const after = sorted.find((l) => listDay(l) > span.end);
	const candidates = [
		before && { list: before, relation: 'before' as const, daysOff: daysBetween(listDay(before), span.start) },
		after && { list: after, relation: 'after' as const, daysOff: daysBetween(span.end, listDay(after)) },
	].filter((c): c is NearestList<L> & { relation: 'before' | 'after' } => Boolean(c) && c!.daysOff <= maxDays);
	return candidates.sort((a, b) => a.daysOff - b.daysOff)[0];
}
