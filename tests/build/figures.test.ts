import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { midpoint } from '../../src/lib/agreements-chart.ts';
import { byDate } from '../../src/lib/figures.ts';
import { figureSchema, METRICS, COMPARISONS } from '../../src/schemas/figure.ts';
import { readCollection } from '../support/collection-data.ts';
import { page } from '../support/dist.ts';

const figures = readCollection('content/figures', figureSchema);
const tree = page('/figures/');
const DAY = 86_400_000;

/** Reads a value back from a coordinate, by linear interpolation between two labelled ticks. */
function fromTicks(ticks: readonly [number, number][], coordinate: number): number {
	const [[v0, c0], [v1, c1]] = [ticks[0]!, ticks.at(-1)!];
	return v0 + ((coordinate - c0) / (c1 - c0)) * (v1 - v0);
}

describe('/figures/', () => {
	it('groups every figure under what it counts', () => {
		const groups = selectAll('section.figure-group', tree);
		const metrics = Object.keys(METRICS).filter((m) => figures.some((f) => f.data.metric === m));
		expect(groups.map((g) => select('h2', g)?.properties['id'])).toEqual(metrics.map((m) => `metric-${m}`));
		for (const [i, metric] of metrics.entries()) {
			const ids = selectAll('article.figure-card', groups[i]!).map((a) => a.properties['id']);
			expect(ids).toEqual(figures.filter((f) => f.data.metric === metric).sort(byDate).map((f) => f.id));
		}
	});

	it('shows a figure with its qualifier, what it counts, date, claimant, status and citations', () => {
		const card = select('[id="agreements-2025-04-dhs-nearly-600"]', tree)!;
		expect(toString(select('.figure-heading', card)!)).toBe('nearly 600 agreements');
		const facts = selectAll('.figure-facts dd', card).map((d) => toString(d));
		expect(facts).toEqual([
			'April 29, 2025',
			'DHS, as reported by TNND (the figure comes from ICE\'s 100-day release)',
			'signed or pending (the source says signed)',
			'nearly 600 signed agreements',
		]);
		expect(selectAll('.citation-list li', card)).toHaveLength(1);
	});

	it('sets figures for the same thing side by side, oldest first, with the reason they differ', () => {
		const ids = Object.keys(COMPARISONS).filter((c) => figures.filter((f) => f.data.compare === c).length > 1);
		const sections = selectAll('section.figure-comparison', tree);
		expect(sections.map((s) => select('h3', s)?.properties['id'])).toEqual(ids.map((id) => `compare-${id}`));
		const spring = select('section.figure-comparison:has(#compare-spring-2025)', tree)!;
		const rows = selectAll('tbody tr', spring);
		expect(rows.map((r) => toString(select('th', r)!))).toEqual(['579 agreements', 'nearly 600 agreements', '517 agreements', '523 agreements', '635 agreements']);
		expect(toString(rows[0]!)).toContain('Counts pending agreements with signed ones');
	});
});

describe('the agreements chart', () => {
	const svg = select('svg.chart', tree) as Element;
	const charted = figures.filter((f) => f.data.chart).sort(byDate);

	it('is an SVG in the page with an accessible name and description', () => {
		expect(svg.properties['role']).toBe('img');
		const [titleId] = svg.properties['ariaLabelledBy'] as string[];
		const [descId] = svg.properties['ariaDescribedBy'] as string[];
		expect(toString(select(`title[id="${titleId}"]`, svg)!)).toMatch(/^Number of 287\(g\) agreements, 2017–20\d\d$/);
		expect(toString(select(`desc[id="${descId}"]`, svg)!)).toContain(`${charted.length} counts of signed or active 287(g) agreements`);
	});

	it('plots exactly the figures marked chart: true, with their values, in date order', () => {
		const circles = selectAll('circle', svg);
		expect(circles.map((c) => [c.properties['dataFigureId'], Number(c.properties['dataValue'])])).toEqual(
			charted.map((f) => [f.id, f.data.value]),
		);
	});

	it('draws each point where its value and date put it on the axes', () => {
		const yTicks = selectAll('g.chart-tick[data-value]', svg).map((g) => [Number(g.properties['dataValue']), Number(select('line', g)!.properties['y1'])] as [number, number]);
		const xTicks = selectAll('g.chart-tick[data-year]', svg).map(
			(g) => [Date.UTC(Number(g.properties['dataYear']), 0, 1), Number(select('line', g)!.properties['x1'])] as [number, number],
		);
		for (const [i, circle] of selectAll('circle', svg).entries()) {
			const f = charted[i]!;
			expect(fromTicks(yTicks, Number(circle.properties['cy'])), f.id).toBeCloseTo(f.data.value, -1);
			expect(Math.abs(fromTicks(xTicks, Number(circle.properties['cx'])) - midpoint(f.data.asOf)), f.id).toBeLessThan(5 * DAY);
		}
	});

	it('has the same data in a table beside it: date, value, what is counted, who reported it', () => {
		const table = select('.chart-table table', tree)!;
		expect(selectAll('thead th', table).map((t) => toString(t))).toEqual(['As of', 'Agreements', 'Status', 'What is counted', 'Reported by']);
		const rows = selectAll('tbody tr', table);
		expect(rows.map((r) => r.properties['dataFigureId'])).toEqual(charted.map((f) => f.id));
		const last = charted.at(-1)!;
		expect(selectAll('th, td', rows.at(-1)!).map((c) => toString(c))).toEqual([
			'February 13, 2026',
			'1,412',
			'active',
			last.data.counts,
			last.data.claimedBy,
		]);
	});
});

describe('the home page', () => {
	const home = page('/');

	it('gives the latest counts with their dates and sources', () => {
		const items = selectAll('.latest-counts li', home);
		expect(items.map((li) => select('a', li)?.properties['href'])).toEqual([
			'/figures/#agreements-2026-02-ice-1412',
			'/figures/#agencies-2026-01-fwd-1168',
			'/figures/#officers-2025-09-02-task-force-8501',
		]);
		expect(toString(items[0]!)).toContain('As of February 13, 2026 (ICE data, as reported by NPR).');
	});

	it('lists the timeline eras, linked to their place on /timeline/', () => {
		const links = selectAll('.era-list a', home);
		expect(links.map((a) => a.properties['href'])).toEqual([
			'/timeline/#era-origins',
			'/timeline/#era-early-agreements',
			'/timeline/#era-oversight',
			'/timeline/#era-first-trump-expansion',
			'/timeline/#era-biden',
			'/timeline/#era-second-trump-expansion',
		]);
		expect(toString(links[3]!)).toBe('Expansion and the Warrant Service Officer model (2017–2020)');
	});
});
