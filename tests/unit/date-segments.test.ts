import { describe, expect, it } from 'vitest';
import { dateSegments, formatDateSpec, parseDateSpec, type DateSpec } from '../../src/lib/dates.ts';

const spec = (text: string) => parseDateSpec(text) as DateSpec;

describe('dateSegments', () => {
	it.each([
		['1996', [{ text: '1996', datetime: '1996' }]],
		['2025-04', [{ text: 'April 2025', datetime: '2025-04' }]],
		['2025-04-29', [{ text: 'April 29, 2025', datetime: '2025-04-29' }]],
		['2025-04-21/2025-04-26', [{ text: 'April 21', datetime: '2025-04-21' }, { text: '–' }, { text: '26, 2025', datetime: '2025-04-26' }]],
		['2025-11-28/2026-02-12', [{ text: 'November 28, 2025', datetime: '2025-11-28' }, { text: ' – ' }, { text: 'February 12, 2026', datetime: '2026-02-12' }]],
	])('splits %s into time elements at its precision', (text, segments) => {
		expect(dateSegments(spec(text))).toEqual(segments);
	});

	it('joins into the same text formatDateSpec shows', () => {
		const s = spec('2025-09-28/2025-10-03');
		expect(
			dateSegments(s)
				.map((p) => p.text)
				.join(''),
		).toBe(formatDateSpec(s));
		expect(formatDateSpec(s)).toBe('September 28 – October 3, 2025');
	});
});
