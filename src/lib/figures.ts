import { COMPARISONS, METRICS, type ComparisonId, type FigureData, type Metric } from '../schemas/figure.ts';
import { formatDateSpec } from './dates.ts';

/** A figure as pages receive it: the entry id and its checked data. */
export interface FigureEntry {
	readonly id: string;
	readonly data: FigureData;
}

const NUMBER = new Intl.NumberFormat('en-US');

/**
 * The value as a reader sees it, with the source's qualifier and the unit.
 * In: `{ value: 600, qualifier: 'nearly' }` Out: "nearly 600"; `{ value: 641, unit: 'percent' }`: "641%";
 * `{ value: 14000000, qualifier: 'roughly' }`: "roughly 14 million".
 */
export function formatFigureValue(data: Pick<FigureData, 'value' | 'unit' | 'qualifier'>): string {
	const { value, unit, qualifier } = data;
	const number = value >= 1_000_000 && value % 100_000 === 0 ? `${value / 1_000_000} million` : NUMBER.format(value);
	const withUnit =
		unit === 'percent' ? `${number}%` : unit === 'years' ? `${number} years` : unit === 'days' ? `${number} days` : number;
	return qualifier ? `${qualifier} ${withUnit}` : withUnit;
}

/** What the value counts, in a word ("agreements"); empty for other counts, whose `counts` says it all. */
export function figureUnitWord(data: Pick<FigureData, 'metric'>): string {
	return data.metric === 'other' ? '' : METRICS[data.metric].toLowerCase();
}

/** The short form editorial.md asks for: "1,001 agreements (DHS, September 17, 2025)". */
export function figureInBrief(data: FigureData): string {
	const word = figureUnitWord(data);
	return `${formatFigureValue(data)}${word ? ` ${word}` : ''} (${data.claimedBy}, ${formatDateSpec(data.asOf)})`;
}

/** Oldest first by the start of the period counted; ties by end, then id, so the order is stable. */
export function byDate(a: FigureEntry, b: FigureEntry): number {
	return (
		a.data.asOf.start.localeCompare(b.data.asOf.start) ||
		a.data.asOf.end.localeCompare(b.data.asOf.end) ||
		a.id.localeCompare(b.id)
	);
}

/** Figures under one heading: a metric, or a comparison of figures for the same thing. */
export interface FigureGroup<K extends string, T extends FigureEntry> {
	readonly key: K;
	readonly label: string;
	readonly figures: readonly T[];
}

/** Figures under each key of `labels`, in its order, oldest first; groups smaller than `min` are left out. */
function groupUnder<K extends string, T extends FigureEntry>(
	labels: Record<K, string>,
	keyOf: (f: T) => string | undefined,
	figures: readonly T[],
	min: number,
): FigureGroup<K, T>[] {
	return (Object.keys(labels) as K[])
		.map((key) => ({ key, label: labels[key], figures: figures.filter((f) => keyOf(f) === key).sort(byDate) }))
		.filter((g) => g.figures.length >= min);
}

/** Figures by what they count, in the order of METRICS; empty groups left out. */
export function groupByMetric<T extends FigureEntry>(figures: readonly T[]): FigureGroup<Metric, T>[] {
	return groupUnder(METRICS, (f) => f.data.metric, figures, 1);
}

/** Figures for the same thing, side by side: each COMPARISONS group that has at least two figures. */
export function comparisons<T extends FigureEntry>(figures: readonly T[]): FigureGroup<ComparisonId, T>[] {
	return groupUnder(COMPARISONS, (f) => f.data.compare, figures, 2);
}

/** The most recent figure that passes `keep`: latest end of the period counted, then latest start, then id. */
export function latestFigure<T extends FigureEntry>(figures: readonly T[], keep: (f: T) => boolean): T | undefined {
	return figures
		.filter(keep)
		.sort((a, b) => a.data.asOf.end.localeCompare(b.data.asOf.end) || byDate(a, b))
		.at(-1);
}
