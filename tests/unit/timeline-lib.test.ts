import { describe, expect, it } from 'vitest';
import { parseDateSpec, type DateSpec } from '../../src/lib/dates.ts';
import { ERAS, eraOf, eraTitle } from '../../src/render/eras.ts';
import { filterEvents } from '../../src/render/timeline.ts';
import { timelineFilterLinks } from '../../src/render/timeline-filters.ts';
import { groupByEraAndYear } from '../../src/render/timeline-groups.ts';

const event = (id: string, date: string, kind = 'count', models: string[] = []) => ({
	id,
	data: { date: parseDateSpec(date) as DateSpec, kind, models },
});

const events = [
	event('tidal-wave', '2025-04-21/2025-04-26', 'operation'),
	event('iirira', '1996-09-30', 'law'),
	event('tfm-ended', '2012-12-21', 'model', ['tfm']),
	event('first-agreement', '2002-07', 'policy', ['tfm']),
	event('wso', '2019-05-06', 'model', ['wso']),
	event('metro-surge', '2025-11-28/2026-02-12', 'operation'),
];

describe('eras', () => {
	it('cover every year from 1996 on, without gaps or overlaps', () => {
		for (let i = 1; i < ERAS.length; i++) expect(ERAS[i]!.from).toBe(ERAS[i - 1]!.to! + 1);
		expect(ERAS[0]!.from).toBe(1996);
		expect(ERAS.at(-1)!.to).toBeUndefined();
	});

	it.each([
		[1996, 'Origins (1996–2001)'],
		[2008, 'Early agreements and growth (2002–2008)'],
		[2012, 'Oversight and retrenchment (2009–2016)'],
		[2019, 'Expansion and the Warrant Service Officer model (2017–2020)'],
		[2024, 'The Biden administration (2021–2024)'],
		[2026, 'Expansion under the second Trump administration (2025–)'],
	])('puts %i in "%s"', (year, title) => {
		expect(eraTitle(eraOf(year))).toBe(title);
	});
});

describe('filterEvents', () => {
	it('sorts by start date', () => {
		expect(filterEvents(events).map((e) => e.id)).toEqual(['iirira', 'first-agreement', 'tfm-ended', 'wso', 'tidal-wave', 'metro-surge']);
	});

	it('keeps one kind, or one model', () => {
		expect(filterEvents(events, { kind: 'operation' }).map((e) => e.id)).toEqual(['tidal-wave', 'metro-surge']);
		expect(filterEvents(events, { model: 'tfm' }).map((e) => e.id)).toEqual(['first-agreement', 'tfm-ended']);
	});

	it('keeps events that overlap the years from..to, as <Timeline model="tfm" from="2002" to="2012" /> asks', () => {
		expect(filterEvents(events, { model: 'tfm', from: 2002, to: 2012 }).map((e) => e.id)).toEqual(['first-agreement', 'tfm-ended']);
		expect(filterEvents(events, { from: 2026 }).map((e) => e.id)).toEqual(['metro-surge']);
		expect(filterEvents(events, { to: 2001 }).map((e) => e.id)).toEqual(['iirira']);
	});
});

describe('groupByEraAndYear', () => {
	it('groups by era, then by the year an event starts, leaving out empty eras', () => {
		const groups = groupByEraAndYear(filterEvents(events));
		expect(groups.map((g) => [g.era.id, g.count])).toEqual([
			['era-origins', 1],
			['era-early-agreements', 1],
			['era-oversight', 1],
			['era-first-trump-expansion', 1],
			['era-second-trump-expansion', 2],
		]);
		expect(groups.at(-1)!.years).toEqual([{ year: 2025, events: [events[0], events[5]] }]);
	});

	it('keeps empty eras when asked', () => {
		expect(groupByEraAndYear([], { all: true })).toHaveLength(ERAS.length);
	});
});

describe('timelineFilterLinks', () => {
	it('gives one page per kind and per model in use, with its count', () => {
		const links = timelineFilterLinks(events);
		expect(links.map((l) => [l.path, l.count])).toEqual([
			['/timeline/kind/law/', 1],
			['/timeline/kind/policy/', 1],
			['/timeline/kind/model/', 2],
			['/timeline/kind/operation/', 2],
			['/timeline/model/tfm/', 2],
			['/timeline/model/wso/', 1],
		]);
		expect(links.find((l) => l.value === 'tfm')?.label).toBe('Task Force Model (TFM)');
	});
});
