import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { runTogether } from '../support/indexed-text.ts';

const body = (html: string) => fromHtml(`<main data-pagefind-body>${html}</main>`);

describe('words the search index would run together', () => {
	it('finds inline elements, header cells and terms that meet without a space', () => {
		expect(runTogether(body('<p><span>May 6, 2019</span><a>Model change</a><a><abbr>WSO</abbr></a></p>'))).toEqual([
			'…May 6, 2019|Model change…',
			'…Model change|WSO…',
		]);
		expect(runTogether(body('<table><tr><th>As of</th><th>Agreements</th></tr></table>'))).toEqual(['…As of|Agreements…']);
		expect(runTogether(body('<dl><dt>Status</dt><dd>signed</dd></dl>'))).toEqual(['…Status|signed…']);
		expect(runTogether(body('<table><caption>See References.</caption><tr><th>Question</th></tr></table>'))).toEqual(['… References.|Question…']);
	});

	it('accepts whitespace, the elements Pagefind separates, and text outside the index', () => {
		expect(runTogether(body('<p><span>May 6, 2019</span> <a>Model change</a></p><p>Next</p><ul><li>a</li><li>b</li></ul>'))).toEqual([]);
		expect(runTogether(body('<table><tr><td>Jan</td><td>35</td></tr></table><div>x</div><div>y</div>'))).toEqual([]);
		expect(runTogether(body('<p>word<span data-pagefind-ignore>hidden</span> next</p><p>(<a>WSO</a>)</p>'))).toEqual([]);
		expect(runTogether(fromHtml('<p><span>a</span><span>b</span></p>'))).toEqual([]);
	});
});
