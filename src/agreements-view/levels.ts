import { formatNumber } from '../i18n/format.ts';
import { messages, type Locale } from '../i18n/index.ts';

/**
 * The shading of a map: a few fixed classes of the number of agreements, so that the legend
 * reads as plain ranges and a state's shade does not change when another state's count does.
 */
export interface Level {
	readonly index: number;
	readonly min: number;
	readonly max: number | null;
	readonly label: string;
}

export function levels(thresholds: readonly number[], locale: Locale = 'en'): Level[] {
	const m = messages(locale).agreements.map;
	const n = (v: number) => formatNumber(v, locale);
	return thresholds.map((min, i) => {
		const next = thresholds[i + 1];
		const max = next === undefined ? null : next - 1;
		const label = min === 0 ? m.none : max === null ? m.orMore(n(min)) : min === max ? String(min) : `${n(min)}–${n(max)}`;
		return { index: i, min, max, label };
	});
}

export function levelOf(value: number, all: readonly Level[]): Level {
	return [...all].reverse().find((l) => value >= l.min) ?? (all[0] as Level);
}

const STATE_THRESHOLDS = [0, 1, 10, 50, 200];
const COUNTY_THRESHOLDS = [0, 1, 3, 6];
/** States: agreements per state or territory. */
export const STATE_LEVELS = levels(STATE_THRESHOLDS);
/** Counties: agreements per county. */
export const COUNTY_LEVELS = levels(COUNTY_THRESHOLDS);
/** The same classes, labelled in one language. */
export const stateLevels = (locale: Locale = 'en'): Level[] => levels(STATE_THRESHOLDS, locale);
export const countyLevels = (locale: Locale = 'en'): Level[] => levels(COUNTY_THRESHOLDS, locale);
