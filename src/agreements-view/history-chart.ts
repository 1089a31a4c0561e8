import type { Element } from 'hast';
import { s } from 'hastscript';
import { niceScale } from '../render/agreements-chart.ts';
import { formatNumber } from '../i18n/format.ts';
import { messages, type Locale } from '../i18n/index.ts';
import { MODELS } from '../schemas/models.ts';
import type { HistoryPoint } from './history.ts';
import { MODEL_IDS } from './summary.ts';

/**
 * The number of agreements in every list, by model and in all, drawn at build time as an SVG
 * hast tree (a line per series; lists parsed from Wayback captures marked with hollow points).
 */
export interface HistoryChartOptions {
	readonly titleId: string;
	readonly descId: string;
	readonly title: string;
	/** The language of the page: labels, numbers and dates. */
	readonly locale?: Locale | undefined;
}

export interface Series {
	readonly key: 'total' | (typeof MODEL_IDS)[number];
	readonly label: string;
	readonly points: readonly { readonly x: number; readonly y: number; readonly value: number; readonly date: string }[];
}

const WIDTH = 640;
const HEIGHT = 320;
const MARGIN = { top: 14, right: 16, bottom: 36, left: 52 };
const round = (n: number) => Math.round(n * 10) / 10;
const time = (date: string) => Date.parse(date.length === 10 ? `${date}T12:00Z` : `${date}Z`);

export function historyChart(points: readonly HistoryPoint[], options: HistoryChartOptions): { svg: Element; series: Series[] } {
	const locale = options.locale ?? 'en';
	const m = messages(locale).agreements.history;
	if (points.length === 0) throw new Error('The chart of agreements over time needs at least one list.');
	const times = points.map((p) => time(p.date));
	const firstYear = new Date(Math.min(...times)).getUTCFullYear();
	const lastYear = new Date(Math.max(...times)).getUTCFullYear() + 1;
	const t0 = Date.UTC(firstYear, 0, 1);
	const t1 = Date.UTC(lastYear, 0, 1);
	// Counts are whole numbers: a small state's axis steps by one agreement, never by a fraction.
	const scale = niceScale(Math.max(1, ...points.map((p) => p.total)));
	const step = Math.max(1, scale.step);
	const top = Math.ceil(scale.top / step) * step;
	const plotW = WIDTH - MARGIN.left - MARGIN.right;
	const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
	const x = (t: number) => round(MARGIN.left + ((t - t0) / (t1 - t0)) * plotW);
	const y = (v: number) => round(MARGIN.top + plotH - (v / top) * plotH);

	const keys = ['total', ...MODEL_IDS] as const;
	const series: Series[] = keys.map((key) => ({
		key,
		label: key === 'total' ? m.all : MODELS[key].short,
		points: points.map((p, i) => {
			const value = key === 'total' ? p.total : p.byModel[key];
			return { x: x(times[i] as number), y: y(value), value, date: p.date };
		}),
	}));

	const valueTicks = Array.from({ length: top / step + 1 }, (_, i) => i * step).map((v) =>
		s('g', { class: 'chart-tick' }, [
			s('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(v), y2: y(v) }),
			s('text', { x: MARGIN.left - 8, y: y(v), 'text-anchor': 'end', 'dominant-baseline': 'middle' }, formatNumber(v, locale)),
		]),
	);
	const every = lastYear - firstYear > 6 ? 2 : 1;
	const yearTicks = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i).map((year) =>
		s('g', { class: 'chart-tick' }, [
			s('line', { x1: x(Date.UTC(year, 0, 1)), x2: x(Date.UTC(year, 0, 1)), y1: MARGIN.top + plotH, y2: MARGIN.top + plotH + 5 }),
			(year - firstYear) % every === 0 ? s('text', { x: x(Date.UTC(year, 0, 1)), y: HEIGHT - 10, 'text-anchor': 'middle' }, String(year)) : undefined,
		]),
	);
	const wayback = points.map((p, i) => ({ p, i })).filter(({ p }) => p.kind === 'wayback-table');
	const total = series[0] as Series;
	const svg = s(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
			class: 'chart history-chart',
			role: 'img',
			'aria-labelledby': options.titleId,
			'aria-describedby': options.descId,
		},
		[
			s('title', { id: options.titleId }, options.title),
			s(
				'desc',
				{ id: options.descId },
				m.description(
					points.length,
					total.points[0]?.value ?? 0,
					points[0]?.date.slice(0, 10) ?? '',
					total.points.at(-1)?.value ?? 0,
					points.at(-1)?.date.slice(0, 10) ?? '',
				),
			),
			s('g', { class: 'chart-grid' }, valueTicks),
			s('g', { class: 'chart-x-axis' }, [
				s('line', { class: 'chart-axis', x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: MARGIN.top + plotH, y2: MARGIN.top + plotH }),
				...yearTicks,
			]),
			...series.map((line) =>
				s('polyline', { class: `history-line history-${line.key}`, points: line.points.map((p) => `${p.x},${p.y}`).join(' '), fill: 'none' }),
			),
			s(
				'g',
				{ class: 'history-wayback' },
				wayback.map(({ i }) => s('circle', { cx: total.points[i]?.x, cy: total.points[i]?.y, r: 3 })),
			),
		],
	);
	return { svg, series };
}
