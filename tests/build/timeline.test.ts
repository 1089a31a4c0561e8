import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { ERAS } from '../../src/render/eras.ts';
import { EVENT_KINDS } from '../../src/schemas/timeline.ts';
import { MODELS } from '../../src/schemas/models.ts';
import { timelineSchema } from '../../src/schemas/timeline.ts';
import { readCollection } from '../support/collection-data.ts';
import { htmlFiles, page } from '../support/dist.ts';

const events = readCollection('content/timeline', timelineSchema);
const timeline = page('/timeline/');
const byId = (tree: ReturnType<typeof page>, id: string) => select(`[id="${id}"]`, tree) as Element | undefined;
const dateOf = (id: string) => toString(select('.timeline-date', byId(timeline, id)!)!);

describe('/timeline/', () => {
	it('shows every event of content/timeline, each at its id', () => {
		const shown = selectAll('article.timeline-event', timeline).map((a) => a.properties['id']);
		expect(events.length).toBeGreaterThan(0);
		expect(shown.sort()).toEqual(events.map((e) => e.id).sort());
	});

	it.each([
		['2021-biden-pledge-unfulfilled', '2021', ['2021']],
		['2002-07-first-agreement-florida', 'July 2002', ['2002-07']],
		['1996-iirira-adds-287g', 'September 30, 1996', ['1996-09-30']],
		['2025-04-tidal-wave', 'April 21–26, 2025', ['2025-04-21', '2025-04-26']],
		['2026-01-west-virginia-operation', 'January 5–19, 2026', ['2026-01-05', '2026-01-19']],
	])('shows %s at its precision: "%s"', (id, shown, datetimes) => {
		expect(dateOf(id)).toBe(shown);
		expect(selectAll('.timeline-date time', byId(timeline, id)!).map((t) => t.properties['dateTime'])).toEqual(datetimes);
	});

	it('groups events by era, then year, oldest first', () => {
		const eras = selectAll('section.timeline-era > h2', timeline);
		expect(eras.map((h) => h.properties['id'])).toEqual(ERAS.map((e) => e.id));
		expect(toString(eras[0]!)).toBe('Origins (1996–2001)');
		const era2025 = select('section.timeline-era:has(#era-second-trump-expansion)', timeline)!;
		expect(selectAll('.timeline-year > h3', era2025).map((h) => toString(h))).toEqual(['2025', '2026']);
		const tidal = select('section.timeline-year:has(#year-2025) [id="2025-04-tidal-wave"]', timeline);
		expect(tidal).toBeDefined();
		const order = selectAll('article.timeline-event', timeline).map((a) => String(a.properties['id']));
		const starts = order.map((id) => events.find((e) => e.id === id)!.data.date.start);
		expect(starts).toEqual([...starts].sort());
	});

	it('shows each event with its kind, models, summary and verified citations', () => {
		const tfm = byId(timeline, '2012-12-task-force-model-ended')!;
		expect(selectAll('.tag', tfm).map((t) => toString(t))).toEqual(['Model change', 'TFM']);
		expect(toString(select('.timeline-title', tfm)!)).toBe('ICE ends the Task Force Model');
		for (const e of events) {
			const cites = selectAll('.citation-list li', byId(timeline, e.id)!);
			expect(cites, e.id).toHaveLength(e.data.citations.length);
		}
	});

	it('links to a page per kind and per model, which works without JavaScript', () => {
		const links = selectAll('.timeline-filters a', timeline).map((a) => String(a.properties['href']));
		const expected = [
			'/timeline/',
			...Object.keys(EVENT_KINDS)
				.filter((k) => events.some((e) => e.data.kind === k))
				.map((k) => `/timeline/kind/${k}/`),
			...Object.keys(MODELS)
				.filter((m) => events.some((e) => e.data.models.includes(m as 'tfm')))
				.map((m) => `/timeline/model/${m}/`),
		];
		expect(links).toEqual(expected);
		for (const href of links) expect(htmlFiles()).toContain(`${href.slice(1)}index.html`);
		expect(select('.timeline-filters a[aria-current="page"]', timeline)?.properties['href']).toBe('/timeline/');
	});

	it.each([
		['kind', 'operation'],
		['model', 'tfm'],
	])('filters by %s on /timeline/%s/%s/, marking the current filter', (dimension, value) => {
		const tree = page(`/timeline/${dimension}/${value}/`);
		const expected = events.filter((e) => (dimension === 'kind' ? e.data.kind === value : e.data.models.includes(value as 'tfm')));
		expect(
			selectAll('article.timeline-event', tree)
				.map((a) => a.properties['id'])
				.sort(),
		).toEqual(expected.map((e) => e.id).sort());
		expect(select('.timeline-filters a[aria-current="page"]', tree)?.properties['href']).toBe(`/timeline/${dimension}/${value}/`);
		expect(select('script[src]', tree)).toBeUndefined();
	});
});

describe('timeline slices in explainers', () => {
	it('embeds the operations on /operations/, linked to their place on /timeline/', () => {
		const slice = select('.timeline-slice', page('/operations/'))!;
		const links = selectAll('.timeline-title a', slice).map((a) => String(a.properties['href']));
		const operations = events.filter((e) => e.data.kind === 'operation').sort((a, b) => a.data.date.start.localeCompare(b.data.date.start));
		expect(links).toEqual(operations.map((e) => `/timeline/#${e.id}`));
	});

	it('keeps <Timeline model="tfm" from="2002" to="2012" /> to those years', () => {
		const slices = selectAll('.timeline-slice', page('/history/'));
		const tfm = slices.find((s) => selectAll('.timeline-title a', s).some((a) => String(a.properties['href']).includes('task-force-model-ended')))!;
		const years = selectAll('.timeline-date time', tfm).map((t) => Number(String(t.properties['dateTime']).slice(0, 4)));
		expect(years.length).toBeGreaterThanOrEqual(2);
		expect(years.every((y) => y >= 2002 && y <= 2012)).toBe(true);
	});
});
