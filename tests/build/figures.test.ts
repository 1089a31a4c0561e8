import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { midpoint } from '../../src/render/agreements-chart.ts';
import { loadAgreements } from '../../src/agreements/load.ts';
import { byDate } from '../../src/render/figures.ts';
import { formatListDay } from '../../src/render/list-words.ts';
import { figureSchema, METRICS, COMPARISONS } from '../../src/schemas/figure.ts';
import { readCollection } from '../support/collection-data.ts';
import { page } from '../support/dist.ts';

const figures = readCollection('content/figures', figureSchema);
const tree = page('/figures/');
const DAY = 86_400_000;
const { lists, latest } = await loadAgreements();

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
			expect(ids).toEqual(
				figures
					.filter((f) => f.data.metric === metric)
					.sort(byDate)
					.map((f) => f.id),
			);
		}
	});

	it('shows a figure with its qualifier, what it counts, date, claimant, status and citations', () => {
		const card = select('[id="agreements-2025-04-dhs-nearly-600"]', tree)!;
		expect(toString(select('.figure-heading', card)!)).toBe('nearly 600 agreements');
		const facts = selectAll('.figure-facts > div:not(.figure-check) dd', card).map((d) => toString(d));
		expect(facts).toEqual([
			'April 29, 2025',
			"DHS, as reported by TNND (the figure comes from ICE's 100-day release)",
			'signed or pending (the source says signed)',
			'nearly 600 signed agreements',
		]);
		expect(selectAll('.citation-list li', card)).toHaveLength(1);
	});

	it("sets each count of agreements or agencies beside ICE's list of that day, counted row by row here", () => {
		const counted = figures.filter((f) => (f.data.metric === 'agreements' || f.data.metric === 'agencies') && f.data.unit === 'count');
		expect(counted.length).toBeGreaterThan(0);
		let sameDay = 0;
		for (const f of counted) {
			const check = select(`[id="${f.id}"] .figure-check`, tree);
			expect(check, f.id).toBeDefined();
			expect(toString(select('dt', check!)!)).toBe("On ICE's list");
			if (f.data.asOf.precision !== 'day') continue;
			// The last list of that day, if the archive has one; others are the nearest list, tested in unit tests.
			const list = lists.filter((l) => l.date.slice(0, 10) === f.data.asOf.start).at(-1);
			if (!list) continue;
			sameDay++;
			const rows = list.rows.filter((r) => f.data.models.length === 0 || f.data.models.includes(r.model));
			const value = f.data.metric === 'agreements' ? rows.length : new Set(rows.map((r) => `${r.state} ${r.agencyKey}`)).size;
			const text = toString(select('dd', check!)!);
			expect(toString(select('dd strong', check!)!), f.id).toBe(
				`${value.toLocaleString('en-US')} ${f.data.metric === 'agreements' ? 'agreements' : 'agencies'}`,
			);
			expect(text, f.id).toContain(formatListDay(list.date));
			expect(text, f.id).toContain(list.kind === 'ice-workbook' ? "in ICE's workbook of" : 'Wayback Machine');
			expect(text, f.id).toContain(f.data.metric === 'agreements' ? 'rows of the list, one per agreement' : 'distinct agencies on the list');
		}
		expect(sameDay, 'figures dated on the day of an archived list').toBeGreaterThan(0);
	});

	it('leaves counts of other things without a list beside them', () => {
		for (const f of figures.filter((f) => f.data.metric === 'officers' || f.data.metric === 'arrests')) {
			expect(select(`[id="${f.id}"] .figure-check`, tree), f.id).toBeUndefined();
		}
	});

	it('sets figures for the same thing side by side, oldest first, with the reason they differ', () => {
		const ids = Object.keys(COMPARISONS).filter((c) => figures.filter((f) => f.data.compare === c).length > 1);
		const sections = selectAll('section.figure-comparison', tree);
		expect(sections.map((s) => select('h3', s)?.properties['id'])).toEqual(ids.map((id) => `compare-${id}`));
		const spring = select('section.figure-comparison:has(#compare-spring-2025)', tree)!;
		const rows = selectAll('tbody tr', spring);
		expect(rows.map((r) => toString(select('th', r)!))).toEqual([
			'579 agreements',
			'nearly 600 agreements',
			'517 agreements',
			'523 agreements',
			'635 agreements',
		]);
		expect(toString(rows[0]!)).toContain('Counts pending agreements with signed ones');
		const heads = selectAll('thead th', spring).map((t) => toString(t));
		const column = heads.indexOf("On ICE's list");
		expect(column, 'an "On ICE\'s list" column').toBeGreaterThan(0);
		for (const row of rows) {
			// The same count as on the figure's card, with the list it comes from.
			const id = String(select('th a', row)!.properties['href']).slice(1);
			const onCard = toString(select(`[id="${id}"] .figure-check dd strong`, tree)!);
			expect(toString(selectAll('th, td', row)[column]!), id).toMatch(new RegExp(`^${onCard} \\(ICE's workbook of `));
		}
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
		expect(circles.map((c) => [c.properties['dataFigureId'], Number(c.properties['dataValue'])])).toEqual(charted.map((f) => [f.id, f.data.value]));
	});

	it('draws each point where its value and date put it on the axes', () => {
		const yTicks = selectAll('g.chart-tick[data-value]', svg).map(
			(g) => [Number(g.properties['dataValue']), Number(select('line', g)!.properties['y1'])] as [number, number],
		);
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
		expect(selectAll('th, td', rows.at(-1)!).map((c) => toString(c))).toEqual(['February 13, 2026', '1,412', 'active', last.data.counts, last.data.claimedBy]);
	});
});

describe('the home page', () => {
	const home = page('/');

	it("gives the latest counts of agreements and agencies from ICE's latest list, with its date, linked to /agreements/", () => {
		const items = selectAll('.latest-counts li', home);
		expect(items.map((li) => select('a', li)?.properties['href'])).toEqual(['/agreements/', '/agreements/', '/figures/#officers-2025-09-02-task-force-8501']);
		const agencies = new Set(latest.rows.map((r) => `${r.state} ${r.agencyKey}`)).size;
		expect(toString(select('.figure-heading', items[0]!)!)).toBe(`${latest.rows.length.toLocaleString('en-US')} agreements`);
		expect(toString(select('.figure-heading', items[1]!)!)).toBe(`${agencies.toLocaleString('en-US')} agencies`);
		for (const item of items.slice(0, 2)) expect(toString(item)).toContain(`As of ${formatListDay(latest.date)} (ICE's list).`);
		expect(toString(items[2]!)).toContain('As of September 2, 2025 (DHS).');
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
