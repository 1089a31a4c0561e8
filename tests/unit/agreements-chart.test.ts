import { toHtml } from 'hast-util-to-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { agreementsChart, midpoint, niceScale } from '../../src/render/agreements-chart.ts';
import { parseDateSpec, type DateSpec } from '../../src/lib/dates.ts';
import { figure } from '../support/figure-entry.ts';

const ids = { titleId: 't', descId: 'd' };
const figures = [
	figure('a-35', { value: 35, asOf: '2017-01', chart: true }),
	figure('a-1001', { value: 1001, asOf: '2025-09-17', chart: true }),
	figure('a-579', { value: 579, asOf: '2025-04-29', chart: false }),
	figure('a-1412', { value: 1412, asOf: '2026-02-13', chart: true }),
];

describe('midpoint and niceScale', () => {
	it('places a month in its middle and a day at noon', () => {
		expect(new Date(midpoint(parseDateSpec('2017-01') as DateSpec)).toISOString()).toBe('2017-01-16T12:00:00.000Z');
		expect(new Date(midpoint(parseDateSpec('2025-09-17') as DateSpec)).toISOString()).toBe('2025-09-17T12:00:00.000Z');
	});

	it.each([
		[1412, { top: 1500, step: 500 }],
		[160, { top: 200, step: 50 }],
		[35, { top: 40, step: 10 }],
	])('rounds %i up to %o', (max, scale) => {
		expect(niceScale(max)).toEqual(scale);
	});
});

describe('agreementsChart', () => {
	const chart = agreementsChart(figures, ids);
	const svg = chart.svg;

	it('plots only chart: true figures, oldest first', () => {
		expect(chart.points.map((p) => [p.id, p.value])).toEqual([
			['a-35', 35],
			['a-1001', 1001],
			['a-1412', 1412],
		]);
	});

	it('puts higher values higher and later dates further right', () => {
		const [a, b, c] = chart.points;
		expect(a!.cx).toBeLessThan(b!.cx);
		expect(b!.cx).toBeLessThan(c!.cx);
		expect(a!.cy).toBeGreaterThan(b!.cy);
		expect(b!.cy).toBeGreaterThan(c!.cy);
	});

	it('draws a circle per point at the coordinates it reports', () => {
		const circles = selectAll('circle', svg);
		expect(circles.map((c) => [c.properties['dataFigureId'], Number(c.properties['cx']), Number(c.properties['cy'])])).toEqual(
			chart.points.map((p) => [p.id, p.cx, p.cy]),
		);
	});

	it('has an accessible name and description', () => {
		expect(svg.properties['role']).toBe('img');
		expect(svg.properties['ariaLabelledBy']).toEqual(['t']);
		expect(svg.properties['ariaDescribedBy']).toEqual(['d']);
		expect(toString(select('title#t', svg)!)).toBe('Number of 287(g) agreements, 2017–2026');
		expect(toString(select('desc#d', svg)!)).toContain('from 35 (January 2017) to 1,412 (February 13, 2026)');
	});

	it('draws with currentColor, so that the theme decides the colours', () => {
		const html = toHtml(svg, { space: 'svg' });
		expect(html).not.toMatch(/#[0-9a-f]{3,6}\b/i);
		expect(selectAll('polyline, line, circle', svg).every((e) => e.properties['stroke'] === 'currentColor' || e.properties['fill'] === 'currentColor')).toBe(
			true,
		);
	});

	it('labels the value axis in round steps from zero', () => {
		expect(selectAll('.chart-grid text', svg).map((t) => toString(t))).toEqual(['0', '500', '1,000', '1,500']);
	});

	it('refuses to draw nothing', () => {
		expect(() => agreementsChart([figures[2]!], ids)).toThrow('needs at least one figure with `chart: true`');
	});
});
