import { messages } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * The periods the timeline is read in. Fixed and few; each era runs from `from` to `to`
 * inclusive (`to` undefined: still running). Names are descriptive, never judgements.
 */
export interface Era {
	/** Anchor on /timeline/, e.g. `era-origins`. */
	readonly id: string;
	readonly name: string;
	readonly from: number;
	readonly to: number | undefined;
}

export const ERAS: readonly Era[] = [
	{ id: 'era-origins', name: 'Origins', from: 1996, to: 2001 },
	{ id: 'era-early-agreements', name: 'Early agreements and growth', from: 2002, to: 2008 },
	{ id: 'era-oversight', name: 'Oversight and retrenchment', from: 2009, to: 2016 },
	{ id: 'era-first-trump-expansion', name: 'Expansion and the Warrant Service Officer model', from: 2017, to: 2020 },
	{ id: 'era-biden', name: 'The Biden administration', from: 2021, to: 2024 },
	{ id: 'era-second-trump-expansion', name: 'Expansion under the second Trump administration', from: 2025, to: undefined },
];

/** "1996–2001", or "2025–" for the era still running. */
export function eraYears(era: Era): string {
	return `${era.from}–${era.to ?? ''}`;
}

/** The era's name in `locale` (the English `name` when it has no translation). */
export function eraName(era: Era, locale: Locale = 'en'): string {
	return messages(locale).timeline.eras[era.id] ?? era.name;
}

/** "Origins (1996–2001)", "Orígenes (1996–2001)". */
export function eraTitle(era: Era, locale: Locale = 'en'): string {
	return `${eraName(era, locale)} (${eraYears(era)})`;
}

/** The era a year falls in; years before the first era belong to it. */
export function eraOf(year: number): Era {
	return ERAS.find((e) => e.to === undefined || year <= e.to) ?? (ERAS[ERAS.length - 1] as Era);
}
