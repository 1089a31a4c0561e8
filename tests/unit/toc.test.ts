import { describe, expect, it } from 'vitest';
import { tableOfContents } from '../../src/render/toc.ts';

const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase() });

describe('tableOfContents', () => {
	it('nests subsections under their section', () => {
		const toc = tableOfContents([h(2, 'A'), h(3, 'A1'), h(3, 'A2'), h(2, 'B'), h(4, 'B-deep')]);
		expect(toc.map((e) => [e.slug, e.children.map((c) => c.slug)])).toEqual([
			['a', ['a1', 'a2']],
			['b', []],
		]);
	});

	it('is empty for a page with fewer than four sections and subsections', () => {
		expect(tableOfContents([h(2, 'A'), h(3, 'A1'), h(2, 'B')])).toEqual([]);
	});

	it('lists a subsection that comes before any section at the top level', () => {
		expect(tableOfContents([h(3, 'Lead'), h(2, 'A'), h(2, 'B'), h(2, 'C')]).map((e) => e.slug)).toEqual(['lead', 'a', 'b', 'c']);
	});
});
