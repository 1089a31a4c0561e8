import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/corpus/mdx-nodes.ts';
import { unrecordedLinks, unrecordedLinksInField } from '../../src/checks/external-links.ts';

const RECORDED = new Set(['https://www.gao.gov/products/gao-09-381t']);
const check = (mdx: string) =>
	unrecordedLinks('content/explainers/x.mdx', parseMdx(mdx), RECORDED).map((p) => `${p.line}:${p.column} ${p.message.split(', which')[0]}`);

describe('links to outside pages', () => {
	it('accepts recorded references, internal links and anchors', () => {
		expect(
			check(
				'GAO counted 67 agencies ([GAO-09-381T](https://www.gao.gov/products/gao-09-381t)).\n\nSee [the timeline](/timeline/), [a note](/sources/a/#p-3) and [below](#references).',
			),
		).toEqual([]);
	});

	it('reports every unrecorded link at its line and column: Markdown links, references and <a>', () => {
		expect(
			check(
				'Intro.\n\nA fact ([a repost](https://example.com/post)). Another (<a href="http://example.org/x">x</a>).\n\nMore [in a report][r].\n\n[r]: https://example.net/report',
			),
		).toEqual(['3:9 links to https://example.com/post', '3:57 links to http://example.org/x', '7:1 links to https://example.net/report']);
	});

	it('tells the writer how to record the document', () => {
		const [problem] = unrecordedLinks('x.mdx', parseMdx('[a](https://example.com/)'), RECORDED);
		expect(problem?.message).toContain('Record the document in content/references/<id>.yaml (title, publisher, url, date and the passage relied on)');
		expect(problem?.message).toContain('<Cite source="<id>" quote="..." />');
	});

	it('checks a Markdown field of a data file, placing each problem at the field', () => {
		const body = 'A detainer is a request ([ICE](https://www.ice.gov/detainers)).\n\nGAO counted agencies ([GAO](https://www.gao.gov/products/gao-09-381t)).';
		expect(
			unrecordedLinksInField('content/glossary/detainer.yaml', body, { line: 4, column: 7 }, RECORDED).map(
				(p) => `${p.line}:${p.column} ${p.message.split(', which')[0]}`,
			),
		).toEqual(['4:7 links to https://www.ice.gov/detainers']);
	});
});
