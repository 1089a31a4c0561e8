import type { Element } from 'hast';
import { s } from 'hastscript';
import { formatNumber } from '../i18n/format.ts';
import { messages, type Locale } from '../i18n/index.ts';
import { formatDateSpec, type DateSpec } from '../lib/dates.ts';
import { byDate, formatFigureValue, type FigureEntry } from './figures.ts';

/**
 * The chart of 287(g) agreements over time, drawn at build time as an SVG hast tree: no
 * client-side library, an accessible name and description, and colours from the site's
 * custom properties (set in figures.css, with currentColor fallbacks) so it follows the theme.
 */
export interface ChartPoint {
	readonly id: string;
	readonly value: number;
	readonly date: DateSpec;
	/** Middle of the period counted, in milliseconds since 1970 (UTC). */
	readonly time: number;
	readonly cx: number;
	readonly cy: number;
}

export interface Chart {
	readonly svg: Element;
	/** What is drawn, in drawing order, for the data table and for tests. */
	readonly points: readonly ChartPoint[];
}

export interface ChartOptions {
	readonly titleId: string;
	readonly descId: string;
	/** The language of the page: the title, the description, numbers and dates. */
	readonly locale?: Locale | undefined;
}

const WIDTH = 480;
const HEIGHT = 300;
const MARGIN = { top: 14, right: 16, bottom: 36, left: 52 };
const DAY = 86_400_000;

/** Middle of a period: a day's noon, the middle of a month, year or range. */
export function midpoint(date: DateSpec): number {
	return (Date.parse(date.start) + Date.parse(date.end) + DAY) / 2;
}

/** A round top for the value axis and its step, e.g. 1412 → 1500 in steps of 500. */
export function niceScale(max: number, ticks = 4): { top: number; step: number } {
	const raw = max / ticks;
	const power = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((m) => m >= raw) ?? 10 * power;
	return { top: Math.ceil(max / step) * step, step };
}

const round = (n: number) => Math.round(n * 10) / 10;

export function agreementsChart(figures: readonly FigureEntry[], options: ChartOptions): Chart {
	const locale = options.locale ?? 'en';
	const m = messages(locale).figures.chart;
	// A count of agreements with the source's qualifier: "nearly 600", "casi 600".
	const value = (d: FigureEntry['data']) => formatFigureValue(d, locale);
	const data = figures.filter((f) => f.data.chart).sort(byDate);
	if (data.length === 0) throw new Error('The agreements chart needs at least one figure with `chart: true`.');
	const times = data.map((f) => midpoint(f.data.asOf));
	const firstYear = new Date(Math.min(...times)).getUTCFullYear();
	const lastYear = new Date(Math.max(...times)).getUTCFullYear() + 1;
	const t0 = Date.UTC(firstYear, 0, 1);
	const t1 = Date.UTC(lastYear, 0, 1);
	const { top, step } = niceScale(Math.max(...data.map((f) => f.data.value)));
	const plotW = WIDTH - MARGIN.left - MARGIN.right;
	const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
	const x = (t: number) => round(MARGIN.left + ((t - t0) / (t1 - t0)) * plotW);
	const y = (v: number) => round(MARGIN.top + plotH - (v / top) * plotH);

	const points: ChartPoint[] = data.map((f, i) => ({
		id: f.id,
		value: f.data.value,
		date: f.data.asOf,
		time: times[i] as number,
		cx: x(times[i] as number),
		cy: y(f.data.value),
	}));

	const valueTicks = Array.from({ length: top / step + 1 }, (_, i) => i * step).map((v) =>
		s('g', { class: 'chart-tick', 'data-value': v }, [
			s('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(v), y2: y(v), stroke: 'currentColor', 'stroke-opacity': 0.2 }),
			s('text', { x: MARGIN.left - 8, y: y(v), 'text-anchor': 'end', 'dominant-baseline': 'middle', fill: 'currentColor' }, formatNumber(v, locale)),
		]),
	);
	const every = lastYear - firstYear > 6 ? 2 : 1;
	const yearTicks = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i).map((year) =>
		s('g', { class: 'chart-tick', 'data-year': year }, [
			s('line', { x1: x(Date.UTC(year, 0, 1)), x2: x(Date.UTC(year, 0, 1)), y1: MARGIN.top + plotH, y2: MARGIN.top + plotH + 5, stroke: 'currentColor' }),
			(year - firstYear) % every === 0
				? s('text', { x: x(Date.UTC(year, 0, 1)), y: HEIGHT - 10, 'text-anchor': 'middle', fill: 'currentColor' }, String(year))
				: undefined,
		]),
	);
	const first = data[0] as FigureEntry;
	const last = data[data.length - 1] as FigureEntry;
	const svg = s(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
			class: 'chart',
			role: 'img',
			'aria-labelledby': options.titleId,
			'aria-describedby': options.descId,
		},
		[
			s('title', { id: options.titleId }, m.title(firstYear, lastYear - 1)),
			s(
				'desc',
				{ id: options.descId },
				m.description(data.length, value(first.data), formatDateSpec(first.data.asOf, locale), value(last.data), formatDateSpec(last.data.asOf, locale)),
			),
			s('g', { class: 'chart-grid' }, valueTicks),
			s('g', { class: 'chart-x-axis' }, [
				s('line', { class: 'chart-axis', x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: MARGIN.top + plotH, y2: MARGIN.top + plotH, stroke: 'currentColor' }),
				...yearTicks,
			]),
			s('polyline', { class: 'chart-line', points: points.map((p) => `${p.cx},${p.cy}`).join(' '), fill: 'none', stroke: 'currentColor', 'stroke-width': 2.5 }),
			s(
				'g',
				{ class: 'chart-points' },
				points.map((p, i) =>
					s('circle', { cx: p.cx, cy: p.cy, r: 4.5, 'data-figure-id': p.id, 'data-value': p.value, 'data-date': p.date.text, fill: 'currentColor' }, [
						s('title', `${value((data[i] as FigureEntry).data)}, ${formatDateSpec(p.date, locale)}`),
					]),
				),
			),
		],
	);
	return { svg, points };
}
