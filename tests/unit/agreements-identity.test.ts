import { describe, expect, it } from 'vitest';
import { dateFromFileName } from '../../src/agreements/file-names.ts';
import { followAgreements } from '../../src/agreements/identity.ts';
import type { AgreementList, ListRow } from '../../src/agreements/types.ts';

const row = (agency: string, model: ListRow['model'], signed: string | null, extra: Partial<ListRow> = {}): ListRow => ({
	file: 'f.xlsx',
	sheet: 'Sheet1',
	row: 2,
	state: 'NC',
	agency,
	agencyKey: agency.toLowerCase().replace('’', "'"),
	agencyType: null,
	county: null,
	model,
	signed,
	moa: null,
	addenda: [],
	...extra,
});
const list = (date: string, rows: ListRow[]): AgreementList => ({ file: `${date}.xlsx`, date, kind: 'ice-workbook', sha256: date, rows });

describe('agreements across lists', () => {
	const a = row("Alamance County Sheriff's Office", 'wso', '2025-02-25');
	const b = row('Burke County Sheriff', 'jem', '2019-06-01');
	const bTfm = row('Burke County Sheriff', 'tfm', '2025-03-01');
	const lists = [
		list('2025-03-01', [a, b]),
		list('2025-04-01', [a, b, bTfm]),
		list('2025-05-01', [row('Alamance County Sheriff’s Office', 'wso', '2025-02-25', { moa: 'https://x/moa.pdf' }), bTfm]),
	];
	const { agreements, changes } = followAgreements(lists);

	it('is one agency + model + signing date: a second model is a second agreement, a respelling is not', () => {
		expect(agreements).toHaveLength(3);
		const alamance = agreements.filter((x) => x.agencyKey === "alamance county sheriff's office");
		expect(alamance).toHaveLength(1);
		expect(alamance[0]).toMatchObject({
			agency: 'Alamance County Sheriff’s Office',
			moa: 'https://x/moa.pdf',
			firstListed: '2025-03-01',
			lastListed: '2025-05-01',
			current: true,
		});
	});

	it('knows when each was first and last listed, and which the latest list holds', () => {
		const burkeJem = agreements.find((x) => x.model === 'jem')!;
		expect(burkeJem).toMatchObject({ firstListed: '2025-03-01', lastListed: '2025-04-01', current: false });
	});

	it('lists what was added and what is no longer listed between consecutive lists', () => {
		const id = (m: string) => agreements.find((x) => x.model === m)!.id;
		expect(changes).toEqual([
			{ from: '2025-03-01', to: '2025-04-01', added: [id('tfm')], removed: [] },
			{ from: '2025-04-01', to: '2025-05-01', added: [], removed: [id('jem')] },
		]);
	});

	it('gives each agreement a distinct id usable in an address', () => {
		const ids = agreements.map((x) => x.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
	});

	it('a different signing date is a different agreement (a renewal)', () => {
		const r = followAgreements([list('2025-01-01', [row('X PD', 'tfm', '2020-01-01')]), list('2025-02-01', [row('X PD', 'tfm', '2025-01-15')])]);
		expect(r.agreements).toHaveLength(2);
		expect(r.changes[0]?.added).toHaveLength(1);
		expect(r.changes[0]?.removed).toHaveLength(1);
	});
});

describe('the date in a list file name', () => {
	it('reads ICE names, capture times, and the misnamed ones with a note', () => {
		expect(dateFromFileName('participatingAgencies05182026am.xlsx')).toEqual({ date: '2026-05-18', part: 'am', note: null });
		expect(dateFromFileName('participatingAgencies-20250221214937.xlsx')).toEqual({ date: '2025-02-21T21:49', part: null, note: null });
		expect(dateFromFileName('participatingAgencies090022025am.xlsx')).toMatchObject({ date: '2025-09-02', note: expect.stringContaining('misnamed') });
		expect(dateFromFileName('participatingAgencies01052025pm.xlsx')).toMatchObject({ date: '2026-01-05', note: expect.stringContaining('year') });
		expect(dateFromFileName('pendingAgencies.xlsx')).toBeNull();
	});
});
