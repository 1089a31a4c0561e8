import type { Locale } from '../i18n/locales.ts';

/**
 * Dates as the site writes them: a year, a month, a day, or a range of days, in ISO 8601 form.
 *
 * In:  `2025`, `2025-04`, `2025-04-21`, `2025-04-21/2025-04-26`
 * Out: `{ start: '2025-04-21', end: '2025-04-26', precision: 'range' }`,
 *      shown as "April 21–26, 2025"
 */
export type DatePrecision = 'year' | 'month' | 'day' | 'range';

export interface DateSpec {
	/** What the contributor wrote, e.g. `2025-04-21/2025-04-26`. */
	readonly text: string;
	readonly precision: DatePrecision;
	/** First day covered, `YYYY-MM-DD`. */
	readonly start: string;
	/** Last day covered, `YYYY-MM-DD`. */
	readonly end: string;
}

const MONTHS: Readonly<Record<Locale, readonly string[]>> = {
	en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
	es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

interface Part {
	year: number;
	month?: number;
	day?: number;
}

function parsePart(text: string): Part | string {
	const m = PART.exec(text);
	if (!m) return `"${text}" is not a date. Write 2025, 2025-04 or 2025-04-21.`;
	const year = Number(m[1]);
	if (m[2] === undefined) return { year };
	const month = Number(m[2]);
	if (month < 1 || month > 12) return `"${text}" has no month ${m[2]}.`;
	if (m[3] === undefined) return { year, month };
	const day = Number(m[3]);
	if (day < 1 || day > daysIn(year, month)) return `"${text}" has no day ${m[3]}.`;
	return { year, month, day };
}

function firstDay(p: Part): string {
	return `${p.year}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
}

function lastDay(p: Part): string {
	const month = p.month ?? 12;
	return `${p.year}-${pad(month)}-${pad(p.day ?? daysIn(p.year, month))}`;
}

/** Parses a date as written in content; returns an error message instead of throwing. */
export function parseDateSpec(input: string | Date): DateSpec | string {
	const text = input instanceof Date ? input.toISOString().slice(0, 10) : input.trim();
	const [from, to, extra] = text.split('/');
	if (from === undefined || extra !== undefined) return `"${text}" is not a date or a range.`;
	const a = parsePart(from);
	if (typeof a === 'string') return a;
	if (to === undefined) {
		const precision = a.day !== undefined ? 'day' : a.month !== undefined ? 'month' : 'year';
		return { text, precision, start: firstDay(a), end: lastDay(a) };
	}
	const b = parsePart(to);
	if (typeof b === 'string') return b;
	if (a.day === undefined || b.day === undefined) {
		return `"${text}": a range needs full days on both sides, e.g. 2025-04-21/2025-04-26.`;
	}
	const start = firstDay(a);
	const end = lastDay(b);
	if (end <= start) return `"${text}": the range must end after it starts.`;
	return { text, precision: 'range', start, end };
}

function monthName(iso: string, locale: Locale): string {
	return MONTHS[locale][Number(iso.slice(5, 7)) - 1] ?? '';
}

/** A piece of a shown date; `datetime` is the machine-readable date it names, for `<time>`. */
export interface DateSegment {
	readonly text: string;
	readonly datetime?: string;
}

/**
 * A date at its true precision, in pieces: one per end of a range, so that each can be a
 * `<time datetime>` element. Joined, the pieces read "April 21–26, 2025", or in Spanish
 * "21–26 de abril de 2025".
 */
export function dateSegments(spec: DateSpec, locale: Locale = 'en'): DateSegment[] {
	return locale === 'es' ? spanishSegments(spec) : englishSegments(spec);
}

function englishSegments(spec: DateSpec): DateSegment[] {
	const [y, , d] = spec.start.split('-').map(Number);
	const month = (iso: string) => monthName(iso, 'en');
	switch (spec.precision) {
		case 'year':
			return [{ text: String(y), datetime: spec.start.slice(0, 4) }];
		case 'month':
			return [{ text: `${month(spec.start)} ${y}`, datetime: spec.start.slice(0, 7) }];
		case 'day':
			return [{ text: `${month(spec.start)} ${d}, ${y}`, datetime: spec.start }];
		case 'range': {
			const [y2, , d2] = spec.end.split('-').map(Number);
			const sameYear = y === y2;
			const sameMonth = spec.start.slice(0, 7) === spec.end.slice(0, 7);
			const first = sameYear ? `${month(spec.start)} ${d}` : `${month(spec.start)} ${d}, ${y}`;
			const last = sameMonth ? `${d2}, ${y2}` : `${month(spec.end)} ${d2}, ${y2}`;
			return [{ text: first, datetime: spec.start }, { text: sameMonth ? '–' : ' – ' }, { text: last, datetime: spec.end }];
		}
	}
}

// "17 de septiembre de 2025", "mayo de 2025", "5–9 de mayo de 2025", "28 de abril – 3 de mayo de 2025".
function spanishSegments(spec: DateSpec): DateSegment[] {
	const [y, , d] = spec.start.split('-').map(Number);
	const month = (iso: string) => monthName(iso, 'es');
	switch (spec.precision) {
		case 'year':
			return [{ text: String(y), datetime: spec.start.slice(0, 4) }];
		case 'month':
			return [{ text: `${month(spec.start)} de ${y}`, datetime: spec.start.slice(0, 7) }];
		case 'day':
			return [{ text: `${d} de ${month(spec.start)} de ${y}`, datetime: spec.start }];
		case 'range': {
			const [y2, , d2] = spec.end.split('-').map(Number);
			const sameYear = y === y2;
			const sameMonth = spec.start.slice(0, 7) === spec.end.slice(0, 7);
			const first = sameMonth ? `${d}` : sameYear ? `${d} de ${month(spec.start)}` : `${d} de ${month(spec.start)} de ${y}`;
			const last = `${d2} de ${month(spec.end)} de ${y2}`;
			return [{ text: first, datetime: spec.start }, { text: sameMonth ? '–' : ' – ' }, { text: last, datetime: spec.end }];
		}
	}
}

/** Shows a date at its true precision: "1996", "April 2025", "April 26, 2025", "April 21–26, 2025". */
export function formatDateSpec(spec: DateSpec, locale: Locale = 'en'): string {
	return dateSegments(spec, locale)
		.map((s) => s.text)
		.join('');
}

/**
 * A date the source does not print, as editorial.md asks estimates to be shown.
 *
 * In:  `estimatedDate('May 5–9, 2025', 'en')`, `estimatedDate('5–9 de mayo de 2025', 'es')`
 * Out: `about May 5–9, 2025 (estimated)`, `hacia el 5–9 de mayo de 2025 (estimada)`
 */
export function estimatedDate(text: string, locale: Locale = 'en'): string {
	if (locale === 'en') return `about ${text} (estimated)`;
	// "hacia el 5 de mayo", but "hacia mayo de 2025" and "hacia 2017".
	return `hacia ${/^\d{1,2}\b(?!\d)/.test(text) ? 'el ' : ''}${text} (estimada)`;
}

/** The years a date covers, e.g. `[2025]`, or `[2025, 2026]` for a range across new year. */
export function yearsOf(spec: DateSpec): number[] {
	const years: number[] = [];
	for (let y = Number(spec.start.slice(0, 4)); y <= Number(spec.end.slice(0, 4)); y++) years.push(y);
	return years;
}
