import { describe, expect, it } from 'vitest';
import { parseDateSpec, type DateSpec } from '../../src/lib/dates.ts';
import { searchFields } from '../../src/search/search-meta.ts';
import { yearsSchema } from '../../src/schemas/years.ts';

const spec = (text: string) => parseDateSpec(text) as DateSpec;

describe('searchFields', () => {
	it('gives a source article its filters, outlet, shown date and sort key', () => {
		expect(
			searchFields({ type: 'source', models: ['tfm'], date: spec('2026-02-09/2026-02-11'), datePrefix: 'about', outlet: 'Voz (English edition)' }),
		).toEqual([
			['filter', 'type:Source article'],
			['filter', 'model:Task Force Model'],
			['filter', 'year:2026'],
			['meta', 'kind:Source article'],
			['meta', 'outlet:Voz (English edition)'],
			['meta', 'date:about February 9–11, 2026'],
			['sort', 'date:2026-02-09'],
		]);
	});

	it('lists each model and year once, years in order, including those a date spans', () => {
		const fields = searchFields({ type: 'timeline', models: ['jem', 'wso', 'jem'], years: [2026, 2017], date: spec('2025-12-30/2026-01-02') });
		expect(fields.filter(([kind]) => kind === 'filter')).toEqual([
			['filter', 'type:Timeline'],
			['filter', 'model:Jail Enforcement Model'],
			['filter', 'model:Warrant Service Officer'],
			['filter', 'year:2017'],
			['filter', 'year:2025'],
			['filter', 'year:2026'],
		]);
	});

	it('joins keywords into one searchable metadata field', () => {
		expect(searchFields({ type: 'explainer', keywords: ['287g', '287 g', '287g'] })).toEqual([
			['filter', 'type:Explainer'],
			['meta', 'kind:Explainer'],
			['meta', 'keywords:287g, 287 g'],
		]);
	});
});

describe('yearsSchema', () => {
	it('expands ranges and sorts, without repeats', () => {
		expect(yearsSchema.parse([2017, '2025-2026', 2025])).toEqual([2017, 2025, 2026]);
	});

	it('defaults to no years', () => {
		expect(yearsSchema.parse(undefined)).toEqual([]);
	});

	it.each([
		[['2026-2025'], '"2026-2025": the range must end after it starts.'],
		[['2025 to 2026'], 'Write a year range as 2025-2026.'],
	])('refuses %j with a message', (input, message) => {
		const result = yearsSchema.safeParse(input);
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((i) => i.message)).toContain(message);
	});
});
