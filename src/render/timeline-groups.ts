import type { DateSpec } from '../lib/dates.ts';
import { ERAS, eraOf, type Era } from './eras.ts';

interface Dated {
	readonly id: string;
	readonly data: { readonly date: DateSpec };
}

export interface YearGroup<T> {
	readonly year: number;
	readonly events: readonly T[];
}

export interface EraGroup<T> {
	readonly era: Era;
	readonly years: readonly YearGroup<T>[];
	readonly count: number;
}

/**
 * Events grouped by era, then by the year they start in, in the order given (use
 * `filterEvents` first for date order). Eras without events are left out unless `all`.
 */
export function groupByEraAndYear<T extends Dated>(events: readonly T[], options: { all?: boolean } = {}): EraGroup<T>[] {
	const groups = ERAS.map((era) => {
		const years = new Map<number, T[]>();
		for (const e of events) {
			const year = Number(e.data.date.start.slice(0, 4));
			if (eraOf(year) !== era) continue;
			years.set(year, [...(years.get(year) ?? []), e]);
		}
		const list = [...years].sort(([a], [b]) => a - b).map(([year, evs]) => ({ year, events: evs }));
		return { era, years: list, count: list.reduce((n, y) => n + y.events.length, 0) };
	});
	return options.all ? groups : groups.filter((g) => g.count > 0);
}
