import type { Element, Root } from 'hast';
import type { Nodes } from 'mdast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkUncited } from '../../src/plugins/remark-uncited.ts';

const MDX_NODES: Nodes['type'][] = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

async function marked(mdx: string): Promise<[string, string, string][]> {
	const processor = unified().use(remarkParse).use(remarkMdx).use(remarkUncited).use(remarkRehype, { passThrough: MDX_NODES });
	const tree = (await processor.run(processor.parse(mdx))) as Root;
	return selectAll('[data-uncited]', tree).map((e: Element) => [e.tagName, String(e.properties['dataUncited']), toString(e).trim()]);
}

describe('remarkUncited', () => {
	it('marks a paragraph covered by its marker with the reason', async () => {
		expect(await marked('About this site. {/* uncited: about the site itself */}\n')).toEqual([['p', 'about the site itself', 'About this site.']]);
	});

	it('marks a list item covered by its marker', async () => {
		expect(await marked('- Runs of spaces; {/* uncited: the method */}\n')).toEqual([['li', 'the method', 'Runs of spaces;']]);
	});

	it('marks only the text after the last citation when the marker follows it', async () => {
		const mdx = 'Fact, cited.<Cite source="s" quote="some words" /> This page gives both sides. {/* uncited: about this page */}\n';
		expect(await marked(mdx)).toEqual([['span', 'about this page', 'This page gives both sides.']]);
	});

	it('marks nothing in a paragraph without a marker', async () => {
		expect(await marked('Fact, cited.<Cite source="s" quote="some words" /> And more.\n')).toEqual([]);
	});
});
