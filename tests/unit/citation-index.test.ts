import { describe, expect, it } from 'vitest';
import { buildCitationIndex, citingPages } from '../../src/corpus/citation-index.ts';

const HISTORY = { href: '/history/', label: 'History' };
const DEBATE = { href: '/debate/', label: 'Debate' };
const span = (start: number) => ({ paragraph: 3, start, end: start + 5, text: 'words' });

describe('which pages cite a source', () => {
	const index = buildCitationIndex([
		{ source: 'a', span: span(10), page: DEBATE },
		{ source: 'a', span: span(0), page: HISTORY },
		{ source: 'a', span: span(10), page: HISTORY },
		{ source: 'b', span: span(0), page: HISTORY },
	]);

	it('groups the pages by passage, passages in reading order', () => {
		expect(index.get('a')!.map((c) => [c.start, c.pages.map((p) => p.label)])).toEqual([
			[0, ['History']],
			[10, ['Debate', 'History']],
		]);
	});

	it('lists each citing page once, across all passages', () => {
		expect(citingPages(index.get('a')!).map((p) => p.label)).toEqual(['History', 'Debate']);
		expect(citingPages([])).toEqual([]);
	});
});
