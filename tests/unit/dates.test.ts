import { describe, expect, it } from 'vitest';
import { formatDateSpec, parseDateSpec, yearsOf, type DateSpec } from '../../src/lib/dates.ts';

const spec = (text: string) => parseDateSpec(text) as DateSpec;

describe('parseDateSpec', () => {
	it.each([
		['1996', 'year', '1996-01-01', '1996-12-31'],
		['2025-04', 'month', '2025-04-01', '2025-04-30'],
		['2024-02', 'month', '2024-02-01', '2024-02-29'],
		['2025-04-29', 'day', '2025-04-29', '2025-04-29'],
		['2025-04-21/2025-04-26', 'range', '2025-04-21', '2025-04-26'],
	])('%s is a %s from %s to %s', (text, precision, start, end) => {
		expect(parseDateSpec(text)).toEqual({ text, precision, start, end });
	});

	it('accepts a Date, as unquoted YAML dates arrive', () => {
		expect(parseDateSpec(new Date('2025-09-17T00:00:00Z'))).toMatchObject({ precision: 'day', start: '2025-09-17' });
	});

	it.each([
		['September 2025', '"September 2025" is not a date. Write 2025, 2025-04 or 2025-04-21.'],
		['2025-13', '"2025-13" has no month 13.'],
		['2025-02-30', '"2025-02-30" has no day 30.'],
		['2025-04/2025-05', '"2025-04/2025-05": a range needs full days on both sides, e.g. 2025-04-21/2025-04-26.'],
		['2025-04-26/2025-04-21', '"2025-04-26/2025-04-21": the range must end after it starts.'],
	])('refuses %s with a message', (text, message) => {
		expect(parseDateSpec(text)).toBe(message);
	});
});

describe('formatDateSpec', () => {
	it.each([
		['1996', '1996'],
		['2025-04', 'April 2025'],
		['2025-04-26', 'April 26, 2025'],
		['2025-04-21/2025-04-26', 'April 21–26, 2025'],
		['2025-11-28/2026-02-12', 'November 28, 2025 – February 12, 2026'],
		['2025-09-28/2025-10-03', 'September 28 – October 3, 2025'],
	])('shows %s as "%s"', (text, shown) => {
		expect(formatDateSpec(spec(text))).toBe(shown);
	});
});

describe('yearsOf', () => {
	it('lists every year a range covers', () => {
		expect(yearsOf(spec('2025-11-28/2026-02-12'))).toEqual([2025, 2026]);
	});
});
