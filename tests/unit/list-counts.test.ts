import { describe, expect, it } from 'vitest';
import { countList, countRows, daysBetween, filterRows, nearestList } from '../../src/agreements-view/list-counts.ts';
import { checkFigure, checkInBrief, describeCheck, noListWords } from '../../src/render/figure-check.ts';
import type { AgreementList, ListKind, ListRow } from '../../src/agreements/types.ts';
import type { ModelId } from '../../src/schemas/models.ts';
import { resolveListCount } from '../../src/render/list-count.ts';
import { figure } from '../support/figure-entry.ts';

/** A row from the fields that matter for counting; the rest plausible. */
function row(state: string, agency: string, model: ModelId, n = 2): ListRow {
	return {
		file: 'data/ice/test.xlsx',
		sheet: 'Sheet1',
		row: n,
		state,
		agency,
		agencyKey: agency.toLowerCase().replace(/[’']/g, "'"),
		agencyType: 'Sheriff’s Office',
		county: null,
		model,
		signed: '2025-02-01',
		moa: null,
		addenda: [],
	};
}

function list(date: string, rows: readonly ListRow[], kind: ListKind = 'ice-workbook'): AgreementList {
	return { file: `data/ice/${date}.xlsx`, date, kind, sha256: '0'.repeat(64), rows };
}

const ROWS = [
	row('NC', 'Wake County Sheriff’s Office', 'jem'),
	row('NC', "Wake County Sheriff's Office", 'wso'),
	row('TX', 'Austin Police Department', 'tfm'),
	row('TX', 'Franklin County Sheriff’s Office', 'jem'),
	row('FL', 'Franklin County Sheriff’s Office', 'jem'),
	row('FL', 'Franklin County Sheriff’s Office', 'tfm'),
];

describe('counting a list', () => {
	it('counts agreements as rows and agencies as distinct agencies of a state', () => {
		// Wake (2 rows, one agencyKey for both apostrophes, as the loader gives), Austin, Franklin TX, Franklin FL (2 rows).
		expect(countRows(ROWS)).toEqual({ agreements: 6, agencies: 4 });
	});

	it('keeps the rows of a state, of some models, or both', () => {
		expect(countList(list('2025-05-01', ROWS), { state: 'TX' })).toEqual({ agreements: 2, agencies: 2 });
		expect(countRows(ROWS, { models: ['jem'] })).toEqual({ agreements: 3, agencies: 3 });
		expect(countRows(ROWS, { models: ['jem', 'tfm'], state: 'FL' })).toEqual({ agreements: 2, agencies: 1 });
		expect(countRows(ROWS, { models: [] })).toEqual(countRows(ROWS));
		expect(filterRows(ROWS, { state: 'GU' })).toEqual([]);
	});
});

describe('the list nearest a date', () => {
	const LISTS = [
		list('2021-01-13T00:20', []),
		list('2025-04-28', []),
		list('2025-05-01T09:00', []),
		list('2025-05-01T16:00', []),
		list('2025-05-10', []),
		list('2025-05-20', []),
	];

	it('takes the last list of the day asked for', () => {
		expect(nearestList(LISTS, { start: '2025-05-01', end: '2025-05-01' })).toEqual({ list: LISTS[3], relation: 'on', daysOff: 0 });
	});

	it('takes the last list within a month asked for', () => {
		expect(nearestList(LISTS, { start: '2025-05-01', end: '2025-05-31' })?.list).toBe(LISTS[5]);
	});

	it('otherwise takes the nearest list before or after, the earlier on a tie', () => {
		expect(nearestList(LISTS, { start: '2025-05-08', end: '2025-05-08' })).toEqual({ list: LISTS[4], relation: 'after', daysOff: 2 });
		expect(nearestList(LISTS, { start: '2025-05-13', end: '2025-05-13' })).toEqual({ list: LISTS[4], relation: 'before', daysOff: 3 });
		expect(nearestList(LISTS, { start: '2025-05-15', end: '2025-05-15' })).toEqual({ list: LISTS[4], relation: 'before', daysOff: 5 });
	});

	it('finds none further than a month away, in either direction', () => {
		expect(nearestList(LISTS, { start: '2020-09-01', end: '2020-09-30' })).toBeUndefined();
		expect(nearestList(LISTS, { start: '2023-06-01', end: '2023-06-01' })).toBeUndefined();
		expect(nearestList(LISTS, { start: '2026-01-01', end: '2026-01-01' })).toBeUndefined();
		expect(nearestList(LISTS, { start: '2020-12-13', end: '2020-12-13' })?.list).toBe(LISTS[0]);
	});

	it('counts days across months and years', () => {
		expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
		expect(daysBetween('2025-03-01', '2025-02-27')).toBe(-2);
	});
});

describe('a figure set beside the list', () => {
	const MAY_1 = list('2025-05-01', ROWS, 'ice-workbook');
	const JAN_2021 = list('2021-01-13', ROWS.slice(0, 3), 'wayback-table');
	const LISTS = [JAN_2021, MAY_1];

	it('compares a count of agreements with the rows of the list of that date', () => {
		const check = checkFigure(figure('ap-517', { value: 517, asOf: '2025-05-01' }).data, LISTS);
		expect(check).toEqual({
			status: 'compared',
			what: 'agreements',
			list: { file: MAY_1.file, date: '2025-05-01', kind: 'ice-workbook' },
			relation: 'on',
			daysOff: 0,
			counts: { agreements: 6, agencies: 4 },
			value: 6,
		});
	});

	it('compares a count of agencies with the distinct agencies, and says which list it is', () => {
		const check = checkFigure(figure('fwd-150', { metric: 'agencies', value: 150, asOf: '2021-01' }).data, LISTS);
		expect(check).toMatchObject({ status: 'compared', what: 'agencies', list: { kind: 'wayback-table' }, counts: { agreements: 3, agencies: 2 }, value: 2 });
	});

	it('counts only the models a figure names', () => {
		const check = checkFigure(figure('tfm', { value: 2, asOf: '2025-05-01', models: ['tfm'] }).data, LISTS);
		expect(check).toMatchObject({ status: 'compared', counts: { agreements: 2, agencies: 2 } });
	});

	it('says why no list stands for a date before the archive, a long period, or a gap', () => {
		expect(checkFigure(figure('a', { value: 35, asOf: '2017-01' }).data, LISTS)).toEqual({ status: 'no-list', why: 'before-archive', firstList: '2021-01-13' });
		expect(checkFigure(figure('b', { metric: 'agencies', value: 135, asOf: '2021-01-20/2025-01-19' }).data, LISTS)).toEqual({
			status: 'no-list',
			why: 'period',
		});
		expect(checkFigure(figure('c', { value: 150, asOf: '2023-06-01' }).data, LISTS)).toEqual({ status: 'no-list', why: 'gap' });
	});

	it('leaves out figures that count something else', () => {
		expect(checkFigure(figure('o', { metric: 'officers', value: 8501, asOf: '2025-09-02' }).data, LISTS)).toBeUndefined();
		expect(checkFigure(figure('p', { metric: 'other', value: 641, unit: 'percent', asOf: '2025-09' }).data, LISTS)).toBeUndefined();
	});
});

describe('the words beside a figure', () => {
	const LISTS = [list('2021-01-13', ROWS.slice(0, 1), 'wayback-table'), list('2025-05-03T14:00', ROWS)];

	it('names the count compared, the other count, and the list', () => {
		const check = checkFigure(figure('a', { value: 517, asOf: '2025-05-01' }).data, LISTS);
		expect(check?.status === 'compared' && describeCheck(check)).toEqual({
			count: '6 agreements',
			detail: '(rows of the list, one per agreement), held by 4 agencies',
			list: "in ICE's workbook of May 3, 2025",
			distance: "the nearest archived list, 2 days after the figure's date",
		});
	});

	it('says when an agencies figure is compared with distinct agencies, and when the list is a Wayback table', () => {
		const check = checkFigure(figure('b', { metric: 'agencies', value: 150, asOf: '2021-01-14' }).data, LISTS);
		expect(check?.status === 'compared' && describeCheck(check)).toEqual({
			count: '1 agency',
			detail: '(distinct agencies on the list), holding 1 agreement, one row each',
			list: "in the table on ICE's page as the Wayback Machine captured it on January 13, 2021 (not ICE's own file)",
			distance: "the nearest archived list, 1 day before the figure's date",
		});
	});

	it('gives a short form for a table cell', () => {
		expect(checkInBrief(checkFigure(figure('a', { value: 517, asOf: '2025-05-01' }).data, LISTS))).toBe("6 agreements (ICE's workbook of May 3, 2025)");
		expect(checkInBrief(checkFigure(figure('b', { metric: 'agencies', value: 1, asOf: '2021-01' }).data, LISTS))).toBe(
			"1 agency (Wayback copy of ICE's page of January 13, 2021)",
		);
		expect(checkInBrief(checkFigure(figure('c', { value: 1, asOf: '2017' }).data, LISTS))).toBe('not compared');
	});

	it('says why a figure is not compared', () => {
		const words = (asOf: string) => {
			const check = checkFigure(figure('c', { value: 1, asOf }).data, LISTS);
			return check?.status === 'no-list' ? noListWords(check) : check;
		};
		expect(words('2017-01')).toBe('Not compared: the archived lists begin on January 13, 2021.');
		expect(words('2021-01-20/2025-01-19')).toBe('Not compared: the figure covers more than a month, and each list is of one day.');
		expect(words('2023-06-01')).toBe('Not compared: no archived list is within 31 days of this date.');
	});
});

describe('<ListCount> props', () => {
	const OLD = list('2025-05-01', ROWS.slice(0, 3));
	const LATEST = list('2026-05-18T09:00', ROWS);
	const DATA = { lists: [OLD, LATEST], latest: LATEST };

	it('counts every agreement of the latest list by default', () => {
		expect(resolveListCount({}, DATA)).toEqual({ value: 6, what: 'agreements', list: LATEST });
	});

	it('counts a model in a state, agencies, and as of a date', () => {
		expect(resolveListCount({ model: 'tfm', state: 'TX' }, DATA).value).toBe(1);
		expect(resolveListCount({ state: 'fl', what: 'agencies' }, DATA).value).toBe(1);
		expect(resolveListCount({ date: '2025-05-01', what: 'agencies' }, DATA)).toEqual({ value: 2, what: 'agencies', list: OLD });
	});

	it('names every problem of its props at once', () => {
		expect(() => resolveListCount({ model: 'xyz', state: 'ZZ', what: 'officers', date: '2019-13' }, DATA)).toThrow(
			[
				"<ListCount> cannot count ICE's list:",
				'  model="xyz" is not a model: use one of jem, tfm, wso.',
				'  what="officers" is not a count of the list: use agreements or agencies.',
				`  state="ZZ" is on none of ICE's lists: use a USPS code, e.g. TX, NC, GU.`,
				'  date="2019-13": "2019-13" has no month 13.',
			].join('\n'),
		);
		expect(() => resolveListCount({ date: '2019-01-01' }, DATA)).toThrow('date="2019-01-01": no archived list is within a month of that date.');
	});
});
