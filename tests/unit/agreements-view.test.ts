import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { agencies, listedPlaces, pendingOf } from '../../src/agreements-view/agencies.ts';
import { countyKey, countyMap } from '../../src/agreements-view/county-map.ts';
import { toCsv, toJson } from '../../src/agreements-view/export.ts';
import { changesOnly, history, placeChanges } from '../../src/agreements-view/history.ts';
import { historyChart } from '../../src/agreements-view/history-chart.ts';
import { levelOf, levels } from '../../src/agreements-view/levels.ts';
import { httpUrl } from '../../src/agreements-view/safe-url.ts';
import { stateMap } from '../../src/agreements-view/state-map.ts';
import { PLACES, placePath, placeSlug } from '../../src/agreements-view/states.ts';
import { byAgencyType, byState, counts } from '../../src/agreements-view/summary.ts';
import { fixtureData } from '../fixtures/agreements-data.ts';

const data = fixtureData();
const root = (el: Element): Root => ({ type: 'root', children: [el] });

describe('counts of a list', () => {
	it('counts rows as agreements and distinct agencies as agencies, by model', () => {
		const c = counts(data.latest.rows);
		expect(c.agreements).toBe(6);
		// Alamance holds two agreements: five agencies.
		expect(c.agencies).toBe(5);
		expect(c.byModel).toEqual({ jem: { agreements: 1, agencies: 1 }, tfm: { agreements: 4, agencies: 4 }, wso: { agreements: 1, agencies: 1 } });
	});

	it('groups by state and by agency type, largest first, a missing type as "Not given"', () => {
		expect(byState(data.latest.rows).map((g) => [g.key, g.agreements, g.agencies])).toEqual([
			['NC', 3, 2],
			['TX', 2, 2],
			['GU', 1, 1],
		]);
		expect(byAgencyType(data.lists[0]!.rows).map((g) => g.key)).toEqual(['Not given']);
	});
});

describe('places', () => {
	it('gives every place a unique address, territories included', () => {
		expect(placePath('NC')).toBe('/agreements/north-carolina/');
		expect(placeSlug('GU')).toBe('guam');
		expect(new Set(PLACES.map((p) => placeSlug(p.code))).size).toBe(PLACES.length);
		expect(() => placeSlug('XX')).toThrow(/Unknown state or territory code "XX"/);
	});

	it('lists every place of any list', () => {
		expect(listedPlaces(data)).toEqual(['GU', 'NC', 'TX']);
	});
});

describe('history', () => {
	it('counts every list by model, keeping where each came from', () => {
		const h = history(data.lists);
		expect(h.map((p) => [p.total, p.kind])).toEqual([
			[2, 'wayback-table'],
			[3, 'ice-workbook'],
			[6, 'ice-workbook'],
		]);
		expect(history(data.lists, (r) => r.state === 'TX').map((p) => p.byModel.tfm)).toEqual([0, 1, 2]);
	});

	it('keeps only lists whose counts changed, and always the first and last', () => {
		const h = history([data.lists[0]!, data.lists[0]!, data.lists[0]!, data.lists[2]!]);
		expect(changesOnly(h).length).toBe(2);
		expect(changesOnly(history([data.lists[0]!, data.lists[0]!])).length).toBe(2);
	});

	it('gives the changes of one place, newest first, with the lists between which they happened', () => {
		const tx = placeChanges(data, 'TX');
		expect(tx[0]!.from).toBe('2025-03-17');
		expect(tx[0]!.to).toBe('2026-05-18');
		expect(tx[0]!.removed.map((a) => a.agency)).toEqual(['Galveston County Sheriff’s Office']);
		expect(tx[0]!.added.map((a) => a.agency)).toEqual(['Texas Department of Public Safety']);
		expect(placeChanges(data, 'GU').flatMap((c) => c.removed)).toEqual([]);
	});
});

describe('agencies of a place', () => {
	it('gives each agency its rows of the latest list, followed agreements and unique anchors', () => {
		const nc = agencies(data, 'NC');
		expect(nc.map((a) => a.name)).toEqual(["Alamance County Sheriff's Office", 'Wake Forest Police Department']);
		expect(nc[0]!.rows.map((r) => r.model)).toEqual(['jem', 'tfm']);
		expect(nc[0]!.agreements.map((a) => a?.firstListed)).toEqual(['2021-01-13T00:20', '2026-05-18']);
		expect(new Set(nc.map((a) => a.anchor)).size).toBe(nc.length);
		expect(agencies(data, 'TX').find((a) => a.name.startsWith('Galveston County Sheriff'))).toBeUndefined();
	});

	it('gives the pending agencies of a place', () => {
		expect(pendingOf(data, 'NC').map((r) => r.agency)).toEqual(['Cary Police Department']);
		expect(pendingOf(data, 'TX')).toEqual([]);
	});
});

describe('MOA links', () => {
	it('keeps http(s) addresses only', () => {
		expect(httpUrl('https://www.ice.gov/doclib/287gMOA/a.pdf')).toBe('https://www.ice.gov/doclib/287gMOA/a.pdf');
		expect(httpUrl('http://example.org/a b.pdf')).toBe('http://example.org/a%20b.pdf');
		for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'link pending', '', null, undefined]) expect(httpUrl(bad)).toBeNull();
	});
});

describe('the map of the states', () => {
	const entries = [
		{ code: 'NC', agreements: 3, href: '/agreements/north-carolina/' },
		{ code: 'TX', agreements: 250, href: '/agreements/texas/' },
		{ code: 'GU', agreements: 1, href: '/agreements/guam/' },
	];
	const map = stateMap(entries, { titleId: 't', descId: 'd', title: 'Agreements by state', description: 'desc' });
	const tree = root(map.svg);

	it('draws every state, DC and territory of the atlas, with a label and a name', () => {
		for (const code of ['AK', 'HI', 'DC', 'RI', 'GU', 'MP', 'PR']) expect(map.places.map((p) => p.code)).toContain(code);
		expect(
			map.places
				.filter((p) => p.inset)
				.map((p) => p.code)
				.sort(),
		).toEqual(['AS', 'GU', 'MP', 'PR', 'VI']);
		expect(toString(selectAll('svg > title', tree)[0]!)).toBe('Agreements by state');
		const labels = selectAll('text.map-label', tree).map((t) => toString(t));
		expect(labels.sort()).toEqual(map.places.map((p) => p.code).sort());
	});

	it('links the places with a page, naming each with its count, and shades by class', () => {
		const links = selectAll('a', tree);
		expect(links.map((a) => [a.properties['href'], toString(select('title', a)!)])).toEqual(
			expect.arrayContaining([
				['/agreements/north-carolina/', 'North Carolina (NC): 3 agreements'],
				['/agreements/texas/', 'Texas (TX): 250 agreements'],
				['/agreements/guam/', 'Guam (GU): 1 agreement'],
			]),
		);
		expect(links.length).toBe(3);
		expect(map.places.find((p) => p.code === 'TX')!.level).toBe(4);
		expect(map.places.find((p) => p.code === 'OR')).toMatchObject({ agreements: 0, level: 0, href: null });
		expect(selectAll('[aria-label="Oregon (OR): no agreements"]', tree).length).toBe(1);
	});
});

describe('shading classes', () => {
	it('labels ranges and finds the class of a value', () => {
		const l = levels([0, 1, 10, 50]);
		expect(l.map((x) => x.label)).toEqual(['None', '1–9', '10–49', '50 or more']);
		expect([0, 1, 9, 10, 49, 5000].map((v) => levelOf(v, l).index)).toEqual([0, 1, 1, 2, 2, 3]);
	});
});

describe('the county map of a state', () => {
	it('matches county names in their usual variants', () => {
		expect(countyKey('St. Johns County')).toBe(countyKey('Saint Johns'));
		expect(countyKey('Doña Ana')).toBe('dona ana');
		expect(countyKey("Prince George's County")).toBe(countyKey('Prince Georges'));
	});

	it('shades matched counties and reports the others', () => {
		const m = countyMap(
			'NC',
			'37',
			[
				{ county: 'Alamance', agreements: 2 },
				{ county: 'Wake County', agreements: 1 },
				{ county: 'Nowhere', agreements: 1 },
			],
			{ titleId: 't', descId: 'd', title: 'Counties' },
		)!;
		expect(m.matched.map((c) => [c.shape, c.level])).toEqual([
			['Alamance', 1],
			['Wake', 1],
		]);
		expect(m.unmatched).toEqual(['Nowhere']);
		expect(selectAll('path.map-county', root(m.svg)).length).toBe(2);
	});

	it('draws a large state small enough for a page', () => {
		const m = countyMap('TX', '48', [], { titleId: 't', descId: 'd', title: 'Counties' })!;
		const bytes = JSON.stringify(m.svg).length;
		expect(bytes).toBeLessThan(60_000);
	});
});

describe('the chart of agreements over time', () => {
	const { svg, series } = historyChart(history(data.lists), { titleId: 't', descId: 'd', title: 'Agreements over time' });
	it('draws a line for all agreements and one per model, in time order', () => {
		expect(series.map((s) => s.key)).toEqual(['total', 'jem', 'tfm', 'wso']);
		expect(series[0]!.points.map((p) => p.value)).toEqual([2, 3, 6]);
		const xs = series[0]!.points.map((p) => p.x);
		expect([...xs].sort((a, b) => a - b)).toEqual(xs);
		expect(selectAll('polyline', root(svg)).length).toBe(4);
	});
	it('steps its axis by whole agreements for small counts', () => {
		const one = historyChart(
			history([data.lists[0]!], (r) => r.state === 'NC'),
			{ titleId: 't', descId: 'd', title: 'x' },
		);
		const ticks = selectAll('.chart-grid text', root(one.svg)).map((t) => toString(t));
		expect(ticks).toEqual(['0', '1']);
	});

	it('marks the lists read from Wayback captures', () => {
		expect(selectAll('.history-wayback circle', root(svg)).length).toBe(1);
	});
});

describe('downloads', () => {
	it('writes every row as CSV, quoting what needs it and defusing formulas', () => {
		const csv = toCsv(data.latest).trimEnd().split('\r\n');
		expect(csv.length).toBe(data.latest.rows.length + 1);
		expect(csv[1]).toBe(
			`NC,North Carolina,Alamance County Sheriff's Office,Sheriff's Office,Alamance,jem,2019-06-01,${data.latest.rows[0]!.moa},,${data.latest.file},Sheet1,2`,
		);
		const withFormula = { ...data.latest, rows: [{ ...data.latest.rows[0]!, agency: '=HYPERLINK("x")' }] };
		expect(toCsv(withFormula).split('\r\n')[1]).toContain(`"'=HYPERLINK(""x"")"`);
	});
	it('writes the same rows as JSON with the list they come from', () => {
		const json = JSON.parse(toJson(data.latest));
		expect(json.rows.length).toBe(data.latest.rows.length);
		expect(json.list.date).toBe('2026-05-18');
	});
});
