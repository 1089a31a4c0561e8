import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import type { ListRow } from '../../src/agreements/types.ts';
import { agreementsData } from '../../src/agreements-view/source.ts';
import { placePath } from '../../src/agreements-view/states.ts';
import { DIST, page } from '../support/dist.ts';

/**
 * The pages of ICE's lists against the lists themselves: every row of the latest list on its
 * state page, and every count shown equal to a count of the rows made here, independently of
 * the pages' own counting code.
 */
const data = await agreementsData();
const rows = data.latest.rows;
const MODELS = ['jem', 'tfm', 'wso'] as const;
const states = [...new Set(rows.map((r) => r.state))].sort();

const agencyCount = (of: readonly ListRow[]) => new Set(of.map((r) => `${r.state}|${r.agencyKey}`)).size;
const number = (el: Element | undefined) => Number(toString(el!).replace(/[^0-9]/g, ''));

/** The counts of a table row of a counts table, by its data-count cells. */
function rowCounts(table: Element, key: string): Record<string, number> {
	const tr = select(`tr[data-key="${key}"]`, table);
	expect(tr, `no row "${key}" in the table "${table.properties['dataCounts']}"`).toBeDefined();
	return Object.fromEntries(selectAll('[data-count]', tr!).map((td) => [String(td.properties['dataCount']), number(td)]));
}

function expected(of: readonly ListRow[]) {
	return { agreements: of.length, agencies: agencyCount(of), ...Object.fromEntries(MODELS.map((m) => [m, of.filter((r) => r.model === m).length])) };
}

describe('/agreements/', () => {
	const tree = page('/agreements/');

	it('counts agreements and agencies by model as the rows do', () => {
		const table = select('table[data-counts="by-model"]', tree)!;
		for (const m of MODELS) {
			const of = rows.filter((r) => r.model === m);
			expect(rowCounts(table, m), m).toEqual({ agreements: of.length, agencies: agencyCount(of) });
		}
		expect(rowCounts(table, 'all')).toEqual({ agreements: rows.length, agencies: agencyCount(rows) });
	});

	it('counts every state and territory of the list, and lists no other', () => {
		const table = select('table[data-counts="by-state-caption"]', tree)!;
		for (const state of states) expect(rowCounts(table, state), state).toEqual(expected(rows.filter((r) => r.state === state)));
		expect(selectAll('tbody tr', table).length).toBe(states.length);
	});

	it('counts every agency type of the list', () => {
		const table = select('table[data-counts="by-type-caption"]', tree)!;
		const types = [...new Set(rows.map((r) => r.agencyType ?? 'Not given'))];
		for (const type of types) expect(rowCounts(table, type), type).toEqual(expected(rows.filter((r) => (r.agencyType ?? 'Not given') === type)));
		expect(selectAll('tbody tr', table).length).toBe(types.length);
	});

	it('links each state of the list from the map, with its count in the link name', () => {
		const links = selectAll('svg.agreements-map a', tree);
		for (const state of states) {
			const link = links.find((a) => a.properties['dataCode'] === state);
			expect(link, state).toBeDefined();
			expect(String(link!.properties['href'])).toBe(placePath(state));
			const n = rows.filter((r) => r.state === state).length;
			expect(toString(select('title', link!)!)).toMatch(new RegExp(`: ${n.toLocaleString('en-US')} agreements?$`));
		}
	});

	it('offers the latest list as CSV and JSON with every row, and each list byte for byte', () => {
		const json = JSON.parse(readFileSync(join(DIST, 'agreements/data/agreements-latest.json'), 'utf8'));
		expect(json.rows.length).toBe(rows.length);
		expect(json.rows.map((r: ListRow) => `${r.file}#${r.row}`)).toEqual(rows.map((r) => `${r.file}#${r.row}`));
		const csv = readFileSync(join(DIST, 'agreements/data/agreements-latest.csv'), 'utf8');
		expect(csv.startsWith('state,state_name,agency,')).toBe(true);
		for (const list of [...data.lists, ...(data.pending ? [data.pending] : [])]) {
			const copy = join(DIST, 'agreements/data', list.file.split('/').pop()!);
			expect(existsSync(copy), copy).toBe(true);
			expect(readFileSync(copy).equals(readFileSync(list.file)), list.file).toBe(true);
		}
	});
});

describe('state pages', () => {
	const pages = new Map<string, Root>(states.map((s) => [s, page(placePath(s))]));

	it.each(states)('%s: every row of the latest list is in its agency section', (state) => {
		const tree = pages.get(state)!;
		// Each listed agreement, by the row it names, with the agency of its section.
		const shown = new Map(
			selectAll('section.agency', tree).flatMap((section) => {
				const agencyKey = String(section.properties['dataAgencyKey']);
				return selectAll('li[data-row]', section).map((li) => [String(li.properties['dataRow']), { agencyKey, model: li.properties['dataModel'] }] as const);
			}),
		);
		for (const r of rows.filter((x) => x.state === state)) {
			const li = shown.get(`${r.file}#${r.sheet}!${r.row}`);
			expect(li, `${r.file} row ${r.row} (${r.agency}) is not on the page of ${state}`).toBeDefined();
			expect(li!.model).toBe(r.model);
			expect(li!.agencyKey).toBe(r.agencyKey);
		}
		expect(selectAll('li[data-row]', tree).length).toBe(rows.filter((x) => x.state === state).length);
	});

	it.each(states)('%s: the counts shown are the counts of its rows', (state) => {
		const tree = pages.get(state)!;
		const of = rows.filter((r) => r.state === state);
		expect(number(select('.lead [data-count="agreements"]', tree))).toBe(of.length);
		expect(number(select('.lead [data-count="agencies"]', tree))).toBe(agencyCount(of));
		expect(selectAll('table.agency-table tbody tr', tree).length).toBe(agencyCount(of));
		const table = select('table[data-counts="by-type-caption"]', tree)!;
		for (const type of new Set(of.map((r) => r.agencyType ?? 'Not given')))
			expect(rowCounts(table, type)).toEqual(expected(of.filter((r) => (r.agencyType ?? 'Not given') === type)));
	});

	it('every link of an agreements page is http(s) or inside the site, and no page says "terminated"', () => {
		for (const [state, tree] of [...pages, ['all', page('/agreements/')] as const]) {
			for (const a of selectAll('a[href]', tree)) expect(String(a.properties['href']), state).toMatch(/^(https?:\/\/|\/|#)/);
			expect(toString(select('main', tree)!), state).not.toMatch(/terminated/i);
		}
	});
});
