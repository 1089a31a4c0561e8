import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { citeMarker, ReferenceList } from '../../src/corpus/reference-list.ts';
import type { ReferenceView } from '../../src/corpus/reference-view.ts';
import { comparisonTable } from '../../src/render/comparison-table.ts';

function view(sourceSlug: string, paragraph: number, passage: string): ReferenceView {
	return {
		passage,
		href: `/sources/${sourceSlug}/#p-${paragraph}`,
		sourceSlug,
		sourceTitle: sourceSlug,
		titleLang: undefined,
		outlet: undefined,
		outletLang: undefined,
		date: undefined,
		kind: undefined,
		paragraph,
		external: false,
	};
}

describe('ReferenceList', () => {
	it('numbers passages in order of first citation and gives each place its own id', () => {
		const list = new ReferenceList();
		expect(list.cite(view('a', 1, 'one'))).toEqual({ n: 1, id: 'cite-1-1' });
		expect(list.cite(view('b', 2, 'two'))).toEqual({ n: 2, id: 'cite-2-1' });
		expect(list.cite(view('a', 1, 'one'))).toEqual({ n: 1, id: 'cite-1-2' });
		expect(list.items.map((i) => [i.n, i.passage, i.backrefs])).toEqual([
			[1, 'one', ['cite-1-1', 'cite-1-2']],
			[2, 'two', ['cite-2-1']],
		]);
	});

	it("continues a page's list without changing the items it was given", () => {
		const first = new ReferenceList();
		first.cite(view('a', 1, 'one'));
		const given = first.items;
		const more = new ReferenceList(given);
		expect(more.cite(view('a', 1, 'one'))).toEqual({ n: 1, id: 'cite-1-2' });
		expect(more.cite(view('c', 3, 'three'))).toEqual({ n: 2, id: 'cite-2-1' });
		expect(given[0]!.backrefs).toEqual(['cite-1-1']);
	});

	it('renders a marker that links to its reference, described by a hidden preview of the passage and its source', () => {
		const cited = { ...view('tnnd', 4, 'resulted in 1,120 arrests'), sourceTitle: 'Local authorities team with ICE', outlet: 'TNND', date: 'May 2025' };
		expect(toHtml(citeMarker({ n: 3, id: 'cite-3-2' }, cited))).toBe(
			'<sup class="cite"><a href="#ref-3" id="cite-3-2" aria-label="Reference 3" aria-describedby="cite-3-2-tip">[3]</a>' +
				'<span class="cite-tip" role="tooltip" id="cite-3-2-tip" hidden><span class="cite-tip-passage">“resulted in 1,120 arrests”</span> ' +
				'<span class="cite-tip-source">TNND, May 2025</span></span></sup>',
		);
	});

	it('names a source without a known outlet by its title', () => {
		expect(toHtml(citeMarker({ n: 1, id: 'cite-1-1' }, view('a', 1, 'one')))).toContain('<span class="cite-tip-source">a</span>');
	});
});

describe('comparisonTable', () => {
	const cell = (text: string, quote: string) => ({ text, citations: [{ source: 's', quote }] });
	const data = { rows: [{ question: 'Where?', jem: cell('Jail', 'in jail'), tfm: cell('Field', 'in the field'), wso: cell('Jail', 'in jail') }] };

	it('gives a row per question and a cell per model, in the order JEM, TFM, WSO', () => {
		const rows = comparisonTable(data, (c) => view(c.source, 1, c.quote), new ReferenceList());
		expect(rows).toHaveLength(1);
		expect(rows[0]!.cells.map((c) => [c.model.short, c.model.path, c.text])).toEqual([
			['JEM', '/models/jail-enforcement/', 'Jail'],
			['TFM', '/models/task-force/', 'Field'],
			['WSO', '/models/warrant-service-officer/', 'Jail'],
		]);
	});

	it("numbers the cells' citations after the page's own, sharing numbers for the same passage", () => {
		const page = new ReferenceList();
		page.cite(view('s', 1, 'in the field'));
		const rows = comparisonTable(data, (c) => view(c.source, 1, c.quote), page);
		expect(rows[0]!.cells.map((c) => toHtml(c.markers))).toEqual([
			expect.stringContaining('id="cite-2-1"'),
			expect.stringContaining('id="cite-1-2"'),
			expect.stringContaining('id="cite-2-2"'),
		]);
		expect(page.items).toHaveLength(2);
	});
});
