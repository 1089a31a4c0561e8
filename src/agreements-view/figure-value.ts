import { countOf, formatNumber, messages, type Locale } from '../i18n/index.ts';
import { formatFigureValue } from '../lib/figures.ts';
import type { FigureData } from '../schemas/figure.ts';

/**
 * A count of the figures ledger as the home page's latest counts show it, in the page's language,
 * with the source's qualifier: English as `formatFigureValue` writes it; in Spanish
 * `casi 600`, `14 millones`, `641%`.
 */
export function figureValueText(data: Pick<FigureData, 'value' | 'unit' | 'qualifier'>, locale: Locale): string {
	if (locale === 'en') return formatFigureValue(data);
	const m = messages(locale).agreements;
	const { value, unit, qualifier } = data;
	const number = value >= 1_000_000 && value % 100_000 === 0 ? countOf(value / 1_000_000, m.latest.million, locale) : formatNumber(value, locale);
	const withUnit =
		unit === 'percent' ? `${number}%` : unit === 'years' ? `${number} ${m.latest.years}` : unit === 'days' ? `${number} ${m.latest.days}` : number;
	return qualifier ? `${m.chart.qualifiers[qualifier] ?? qualifier} ${withUnit}` : withUnit;
}

/** What a figure counts, in a word of the page's language (`agentes`); empty for other counts. */
export const figureUnitText = (data: Pick<FigureData, 'metric'>, locale: Locale): string => messages(locale).agreements.latest.metrics[data.metric] ?? '';
