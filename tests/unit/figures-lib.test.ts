import { describe, expect, it } from 'vitest';
import { byDate, comparisons, figureInBrief, formatFigureValue, groupByMetric, latestFigure } from '../../src/render/figures.ts';
import { figure } from '../support/figure-entry.ts';

describe('formatFigureValue', () => {
	it.each([
		[{ value: 1001 }, '1,001'],
		[{ value: 600, approximate: 'nearly' }, 'nearly 600'],
		[{ value: 800, approximate: true }, 'about 800'],
		[{ value: 641, unit: 'percent' }, '641%'],
		[{ value: 30, approximate: 'almost', unit: 'years' }, 'almost 30 years'],
		[{ value: 14_000_000, approximate: 'roughly' }, 'roughly 14 million'],
		[{ value: 1_234_567 }, '1,234,567'],
	])('shows %o as "%s"', (fields, shown) => {
		expect(formatFigureValue(figure('x', { asOf: '2025', ...fields }).data)).toBe(shown);
	});

	it('writes the short form editorial.md asks for', () => {
		expect(figureInBrief(figure('x', { value: 1001, asOf: '2025-09-17' }).data)).toBe('1,001 agreements (DHS, September 17, 2025)');
		expect(figureInBrief(figure('x', { metric: 'other', value: 641, unit: 'percent', asOf: '2025-09' }).data)).toBe('641% (DHS, September 2025)');
	});
});

const all = [
	figure('a-1001', { value: 1001, asOf: '2025-09-17', chart: true, compare: 'september-2025' }),
	figure('g-1000', { metric: 'agencies', value: 1000, approximate: 'more than', asOf: '2025-09-17', compare: 'september-2025' }),
	figure('a-958', { value: 958, asOf: '2025-09-02', chart: true, compare: 'september-2025' }),
	figure('g-1168', { metric: 'agencies', value: 1168, asOf: '2026-01-26' }),
	figure('o-8501', { metric: 'officers', value: 8501, asOf: '2025-09-02' }),
	figure('a-579', { value: 579, asOf: '2025-04-29', status: 'signed or pending', compare: 'spring-2025' }),
	figure('a-1412', { value: 1412, asOf: '2026-02-13', chart: true }),
];

describe('grouping figures', () => {
	it('groups by what they count, in the order of METRICS, oldest first', () => {
		expect(groupByMetric(all).map((g) => [g.label, g.figures.map((f) => f.id)])).toEqual([
			['Agreements', ['a-579', 'a-958', 'a-1001', 'a-1412']],
			['Agencies', ['g-1000', 'g-1168']],
			['Officers', ['o-8501']],
		]);
	});

	it('sets figures for the same thing side by side, across units, and drops groups of one', () => {
		const groups = comparisons(all);
		expect(groups.map((c) => c.key)).toEqual(['september-2025']);
		expect(groups[0]!.label).toBe('Agreements and agencies in September 2025');
		expect(groups[0]!.figures.map((f) => f.id)).toEqual(['a-958', 'a-1001', 'g-1000']);
	});

	it('orders by start of period, then end, then id', () => {
		const range = figure('r', { value: 1, asOf: '2025-09-01/2025-09-30' });
		const day = figure('d', { value: 1, asOf: '2025-09-01' });
		expect([range, day].sort(byDate).map((f) => f.id)).toEqual(['d', 'r']);
	});

	it('finds the latest figure by the end of its period', () => {
		expect(latestFigure(all, (f) => f.data.metric === 'agreements')?.id).toBe('a-1412');
		expect(latestFigure(all, () => false)).toBeUndefined();
	});
});
