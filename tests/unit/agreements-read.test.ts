import { describe, expect, it } from 'vitest';
import { indexFixes, NO_FIXES, type Fixes } from '../../src/agreements/fixes.ts';
import { parseWorkbook } from '../../src/agreements/parse-list.ts';
import { readWorkbook } from '../../src/agreements/read-workbook.ts';
import { makeWorkbook, PARTICIPATING_HEADER, PENDING_HEADER, type TestCell } from '../support/workbooks.ts';

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
const link = (hyperlink: string) => ({ text: 'link', hyperlink });
const MOA = 'https://www.ice.gov/doclib/287gMOA/287gWSO_AlamanceCoSO_NC_2025-02-25.pdf';

async function parse(sheets: Record<string, TestCell[][]>, fixes: Partial<Fixes> = {}, file = 'data/ice/workbooks/test.xlsx') {
	const raw = await readWorkbook(await makeWorkbook(sheets));
	return parseWorkbook(file, raw, indexFixes({ ...NO_FIXES, ...fixes }));
}

describe('reading a participating list', () => {
	it('normalises a row: state code, trimmed agency, model, real date, MOA link', async () => {
		const parsed = await parse({
			Sheet1: [
				PARTICIPATING_HEADER,
				[
					'NORTH CAROLINA ',
					" Alamance County Sheriff's Office  ",
					"Sheriff's Office",
					'Alamance County',
					'Warrant Service Officer',
					date('2025-02-25'),
					link(MOA),
					null,
				],
			],
		});
		expect(parsed.content).toBe('participating');
		expect(parsed.problems).toEqual([]);
		expect(parsed.rows).toEqual([
			{
				file: 'data/ice/workbooks/test.xlsx',
				sheet: 'Sheet1',
				row: 2,
				state: 'NC',
				agency: "Alamance County Sheriff's Office",
				agencyKey: "alamance county sheriff's office",
				agencyType: "Sheriff's Office",
				county: 'Alamance County',
				model: 'wso',
				signed: '2025-02-25',
				moa: MOA,
				addenda: [],
			},
		]);
	});

	it('reads territories as STATE values: Guam and the Northern Mariana Islands', async () => {
		const parsed = await parse({
			Sheet1: [
				PARTICIPATING_HEADER,
				['GUAM', 'Guam Customs', 'State Agency', null, 'Task Force Model', date('2025-04-01')],
				['NORTHERN MARIANA ISLANDS', 'CNMI Police', 'State Agency', null, 'Jail Enforcement Model', date('2025-04-02')],
			],
		});
		expect(parsed.rows.map((r) => [r.state, r.model])).toEqual([
			['GU', 'tfm'],
			['MP', 'jem'],
		]);
	});

	it('keeps and counts a row whose MOA or addendum is not an http(s) address, with a warning naming the row, and none for a web address', async () => {
		const parsed = await parse({
			Sheet1: [
				PARTICIPATING_HEADER,
				['TEXAS', 'A PD', 'Police Department', 'Harris', 'Task Force Model', date('2025-03-01'), link('javascript:alert(1)'), link('data:text/html,x')],
				['TEXAS', 'B PD', 'Police Department', 'Harris', 'Task Force Model', date('2025-03-01'), link(MOA), null],
			],
		});
		expect(parsed.problems).toEqual([]);
		expect(parsed.rows.map((r) => [r.agency, r.moa, r.addenda])).toEqual([
			['A PD', 'javascript:alert(1)', ['data:text/html,x']],
			['B PD', MOA, []],
		]);
		expect(parsed.warnings.map((w) => [w.sheet, w.row, w.message.split(',')[0]])).toEqual([
			['Sheet1', 2, 'ADDENDUM links to "data:text/html'],
			['Sheet1', 2, 'MOA links to "javascript:alert(1)"'],
		]);
	});

	it('unwraps an Outlook safelinks address to the real one', async () => {
		const wrapped = `https://gcc02.safelinks.protection.outlook.com/?url=${encodeURIComponent(MOA)}&data=05%7C02&reserved=0`;
		const parsed = await parse({
			Sheet1: [
				PARTICIPATING_HEADER,
				[
					'TEXAS',
					'Galveston County Constable Pct. 2',
					'Constable Office',
					'Galveston County',
					'Task Force Model',
					date('2025-05-01'),
					link(wrapped),
					link(wrapped),
				],
			],
		});
		expect(parsed.rows[0]?.moa).toBe(MOA);
		expect(parsed.rows[0]?.addenda).toEqual([MOA]);
	});

	it('reads "#N/A" counties, as an Excel error or as text, as unknown', async () => {
		const parsed = await parse({
			Sheet1: [
				PARTICIPATING_HEADER,
				['FLORIDA', 'A PD', 'Police Department', { error: '#N/A' }, 'Task Force Model', date('2025-05-01')],
				['FLORIDA', 'B PD', 'Police Department', '#N/A', 'Task Force Model', date('2025-05-01')],
			],
		});
		expect(parsed.problems).toEqual([]);
		expect(parsed.rows.map((r) => r.county)).toEqual([null, null]);
	});

	it('corrects a misspelled county and a misspelled state through the reviewed fix table', async () => {
		const parsed = await parse(
			{
				Sheet1: [
					PARTICIPATING_HEADER,
					['ALABAMA', 'Franklin County Sheriff', "Sheriff's Office", 'Frankin County', 'Jail Enforcement Model', date('2025-05-01')],
					['PENNSLYVANIA', 'A PD', 'Police Department', 'Lancaster County', 'Task Force Model', date('2025-05-01')],
				],
			},
			{
				counties: [{ state: 'AL', from: 'Frankin County', to: 'Franklin County', reason: 'typo' }],
				states: [{ from: 'PENNSLYVANIA', to: 'PA', reason: 'typo' }],
			},
		);
		expect(parsed.problems).toEqual([]);
		expect(parsed.rows.map((r) => [r.state, r.county])).toEqual([
			['AL', 'Franklin County'],
			['PA', 'Lancaster County'],
		]);
	});

	it('reads typed dates: well-formed text as is, mistyped ones through the fix table', async () => {
		const rows = ['7/7/2025', '5025-07-07', '7/72025', '05/082025'].map((signed, i): TestCell[] => [
			'OHIO',
			`PD ${i}`,
			'Police Department',
			null,
			'Task Force Model',
			signed,
		]);
		const parsed = await parse(
			{ Sheet1: [PARTICIPATING_HEADER, ...rows] },
			{
				signed: [
					{ from: '5025-07-07', to: '2025-07-07', reason: 'year' },
					{ from: '7/72025', to: '2025-07-07', reason: 'slash' },
					{ from: '05/082025', to: '2025-05-08', reason: 'slash' },
				],
			},
		);
		expect(parsed.problems).toEqual([]);
		expect(parsed.rows.map((r) => r.signed)).toEqual(['2025-07-07', '2025-07-07', '2025-07-07', '2025-05-08']);
	});

	it('folds the two apostrophes of one agency into one key', async () => {
		const parsed = await parse({
			Sheet1: [
				PARTICIPATING_HEADER,
				['MARYLAND', "Frederick County Sheriff's Office", null, null, 'Jail Enforcement Model', date('2019-01-01')],
				['MARYLAND', 'Frederick County  Sheriff’s Office ', null, null, 'Jail Enforcement Model', date('2019-01-01')],
			],
		});
		const [a, b] = parsed.rows;
		expect(a?.agency).not.toBe(b?.agency);
		expect(a?.agencyKey).toBe(b?.agencyKey);
	});

	it('reports a row it cannot read with file, sheet, row and what to do, and keeps the others', async () => {
		const parsed = await parse({
			Sheet1: [
				PARTICIPATING_HEADER,
				['TEXAS', 'A PD', null, null, 'Task Force Model', date('2025-01-01')],
				['NARNIA', 'B PD', null, null, 'Gate Model', '13/13/2025'],
			],
		});
		expect(parsed.rows.map((r) => r.agency)).toEqual(['A PD']);
		expect(parsed.problems).toHaveLength(1);
		const [p] = parsed.problems;
		expect(p).toMatchObject({ file: 'data/ice/workbooks/test.xlsx', sheet: 'Sheet1', row: 3 });
		expect(p?.message).toContain('STATE "NARNIA"');
		expect(p?.message).toContain('SUPPORT TYPE "Gate Model"');
		expect(p?.message).toContain('SIGNED "13/13/2025"');
		expect(p?.message).toContain('content/agreements/fixes.yaml');
	});

	it('skips empty rows without counting them, and says how many', async () => {
		const parsed = await parse({
			Sheet1: [
				PARTICIPATING_HEADER,
				['TEXAS', 'A PD', null, null, 'Task Force Model', date('2025-01-01')],
				[],
				['TEXAS', 'B PD', null, null, 'Task Force Model', date('2025-01-01')],
			],
		});
		expect(parsed.rows).toHaveLength(2);
		expect(parsed.emptyRows).toBe(1);
	});
});

describe('what a file holds is decided by its content', () => {
	it('reads a file named as a participating list that holds a pending list (no SIGNED) as pending', async () => {
		const parsed = await parse(
			{ 'Sheet 1': [PENDING_HEADER, ['TEXAS', 'A PD', 'Police Department', 'Harris County', 'Task Force Model']] },
			{},
			'data/ice/workbooks/participatingAgencies09222025pm.xlsx',
		);
		expect(parsed.content).toBe('pending');
		expect(parsed.rows).toEqual([]);
		expect(parsed.pendingRows.map((r) => [r.state, r.agency, r.model])).toEqual([['TX', 'A PD', 'tfm']]);
	});

	it('reads the list of a workbook with a second sheet of totals, and says why the second is skipped', async () => {
		const parsed = await parse({
			Sheet1: [PARTICIPATING_HEADER, ['TEXAS', 'A PD', null, null, 'Task Force Model', date('2025-01-01')]],
			Sheet2: [
				['Total', '', 'JEM', '', 'TFM', '', 'WSO'],
				['1', '', '0', '', '1', '', '0'],
			],
		});
		expect(parsed.rows).toHaveLength(1);
		expect(parsed.skippedSheets).toEqual([{ sheet: 'Sheet2', why: expect.stringContaining('totals') }]);
		expect(parsed.problems).toEqual([]);
	});

	it('reports a sheet with no header it knows, rather than dropping it', async () => {
		const parsed = await parse({
			Sheet1: [PARTICIPATING_HEADER, ['TEXAS', 'A PD', null, null, 'Task Force Model', date('2025-01-01')]],
			Notes: [
				['Agency', 'Comment'],
				['A PD', 'x'],
			],
		});
		expect(parsed.problems).toEqual([expect.objectContaining({ sheet: 'Notes', row: 1 })]);
	});
});
