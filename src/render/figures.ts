import { formatNumber, messages, pluralForm, type Locale } from '../i18n/index.ts';
import { untranslatedLang } from '../i18n/localised.ts';
import { COMPARISONS, METRICS, type ComparisonId, type FigureData, type Metric } from '../schemas/figure.ts';
import { formatDateSpec } from '../lib/dates.ts';

/** A figure as pages receive it: the entry id and its checked data. */
export interface FigureEntry {
	readonly id: string;
	readonly data: FigureData;
}

/** Whether a value is written in millions: "14 million", "1 millón". */
const inMillions = (value: number) => value >= 1_000_000 && value % 100_000 === 0;

/**
 * The value as a reader sees it, with the source's qualifier and the unit, in `locale`.
 * In: `{ value: 600, qualifier: 'nearly' }` Out: "nearly 600" ("casi 600"); `{ value: 641, unit: 'percent' }`: "641%";
 * `{ value: 14000000, qualifier: 'roughly' }`: "roughly 14 million" ("aproximadamente 14 millones").
 */
export function formatFigureValue(data: Pick<FigureData, 'value' | 'unit' | 'qualifier'>, locale: Locale = 'en'): string {
	const m = messages(locale).figures;
	const { value, unit, qualifier } = data;
	const millions = value / 1_000_000;
	const number = inMillions(value) ? `${formatNumber(millions, locale)} ${pluralForm(millions, m.million, locale)}` : formatNumber(value, locale);
	const withUnit =
		unit === 'percent'
			? `${number}%`
			: unit === 'years' || unit === 'days'
				? `${number} ${pluralForm(inMillions(value) ? millions : value, m[unit], locale)}`
				: number;
	return qualifier ? `${m.qualifiers[qualifier]} ${withUnit}` : withUnit;
}

/**
 * What the value counts, in a word ("agreements", "acuerdos"; "de arrestos" after "1 millón");
 * empty for other counts, whose `counts` says it all.
 */
export function figureUnitWord(data: Pick<FigureData, 'metric' | 'value'>, locale: Locale = 'en'): string {
	if (data.metric === 'other') return '';
	const m = messages(locale).figures;
	const word = pluralForm(data.value, m.units[data.metric], locale);
	return inMillions(data.value) ? m.ofMillions(word) : word;
}

/**
 * The short form editorial.md asks for: "1,001 agreements (DHS, September 17, 2025)"; in
 * Spanish "1,001 acuerdos (DHS, 17 de septiembre de 2025)", with the figure's Spanish `claimedBy`.
 */
export function figureInBrief(data: FigureData, locale: Locale = 'en'): string {
	const word = figureUnitWord(data, locale);
	const claimedBy = (locale !== 'en' && data.es?.claimedBy) || data.claimedBy;
	return `${formatFigureValue(data, locale)}${word ? ` ${word}` : ''} (${claimedBy}, ${formatDateSpec(data.asOf, locale)})`;
}

/** A text of a figure in a page's language: `lang` is `en` while it has no translation there. */
export interface FigureText {
	readonly text: string;
	readonly lang?: 'en' | undefined;
}

/** The text fields of a figure that its `es:` mapping translates. */
export type FigureTextField = 'counts' | 'status' | 'claimedBy' | 'note';

/**
 * A figure's text fields in `locale`, each marked English while its translation is missing;
 * fields the figure does not have are left out.
 *
 * In:  `{ counts: 'signed agreements', claimedBy: 'DHS', es: { counts: 'acuerdos firmados' } }`, `es`
 * Out: `{ counts: { text: 'acuerdos firmados' }, claimedBy: { text: 'DHS', lang: 'en' } }`
 */
export function figureTexts(
	data: Pick<FigureData, FigureTextField | 'es'>,
	locale: Locale = 'en',
): Partial<Record<FigureTextField, FigureText>> & Record<'counts' | 'claimedBy', FigureText> {
	const text = (field: FigureTextField): FigureText | undefined => {
		const english = data[field];
		if (!english) return undefined;
		const translated = locale === 'en' ? undefined : data.es?.[field];
		const lang = untranslatedLang(translated, locale);
		return { text: translated || english, ...(lang ? { lang } : {}) };
	};
	const fields = (['status', 'note'] as const).flatMap((f) => {
		const t = text(f);
		return t ? [[f, t] as const] : [];
	});
	return { counts: text('counts') as FigureText, claimedBy: text('claimedBy') as FigureText, ...Object.fromEntries(fields) };
}

/** Oldest first by the start of the period counted; ties by end, then id, so the order is stable. */
export function byDate(a: FigureEntry, b: FigureEntry): number {
	return a.data.asOf.start.localeCompare(b.data.asOf.start) || a.data.asOf.end.localeCompare(b.data.asOf.end) || a.id.localeCompare(b.id);
}

/** Figures under one heading: a metric, or a comparison of figures for the same thing. */
export interface FigureGroup<K extends string, T extends FigureEntry> {
	readonly key: K;
	readonly label: string;
	readonly figures: readonly T[];
}

/** Figures under each of `keys`, in its order, named by `labels`, oldest first; groups smaller than `min` are left out. */
function groupUnder<K extends string, T extends FigureEntry>(
	keys: readonly K[],
	labels: Readonly<Record<K, string>>,
	keyOf: (f: T) => string | undefined,
	figures: readonly T[],
	min: number,
): FigureGroup<K, T>[] {
	return keys.map((key) => ({ key, label: labels[key], figures: figures.filter((f) => keyOf(f) === key).sort(byDate) })).filter((g) => g.figures.length >= min);
}

/** Figures by what they count, in the order of METRICS, under their names in `locale`; empty groups left out. */
export function groupByMetric<T extends FigureEntry>(figures: readonly T[], locale: Locale = 'en'): FigureGroup<Metric, T>[] {
	return groupUnder(Object.keys(METRICS) as Metric[], messages(locale).figures.metrics, (f) => f.data.metric, figures, 1);
}

/** Figures for the same thing, side by side: each COMPARISONS group that has at least two figures, named in `locale`. */
export function comparisons<T extends FigureEntry>(figures: readonly T[], locale: Locale = 'en'): FigureGroup<ComparisonId, T>[] {
	return groupUnder(Object.keys(COMPARISONS) as ComparisonId[], messages(locale).figures.comparisons, (f) => f.data.compare, figures, 2);
}

/** The most recent figure that passes `keep`: latest end of the period counted, then latest start, then id. */
export function latestFigure<T extends FigureEntry>(figures: readonly T[], keep: (f: T) => boolean): T | undefined {
	return figures
		.filter(keep)
		.sort((a, b) => a.data.asOf.end.localeCompare(b.data.asOf.end) || byDate(a, b))
		.at(-1);
}
