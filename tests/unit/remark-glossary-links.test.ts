import { pageData } from '../../src/plugins/page-data.ts';
import type { Element, Root } from 'hast';
import type { Nodes } from 'mdast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkGlossaryLinks } from '../../src/plugins/remark-glossary-links.ts';
import { TERMS } from '../support/glossary.ts';

const MDX_NODES: Nodes['type'][] = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

async function run(mdx: string) {
	const processor = unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkGlossaryLinks, { terms: () => TERMS, base: '/287g/' })
		.use(remarkRehype, { passThrough: MDX_NODES });
	const file = new VFile({ value: mdx, path: '/site/content/explainers/page.mdx' });
	const tree = (await processor.run(processor.parse(file), file)) as Root;
	const linked = pageData(file.data.astro?.frontmatter).glossaryLinks;
	return { tree, linked, terms: selectAll('a.term', tree) };
}

/** `id:text` of every term link, in order. */
function links(terms: Element[]): string[] {
	return terms.map((a) => `${a.properties['dataTerm']}:${toString(a)}`);
}

describe('remarkGlossaryLinks', () => {
	it('links a term to its entry, with the definition for the tooltip', async () => {
		const { terms } = await run('ICE may issue a detainer.');
		expect(links(terms)).toEqual(['ice:ICE', 'detainer:detainer']);
		expect(terms[1]!.properties).toMatchObject({
			href: '/287g/glossary/#detainer',
			className: ['term'],
			dataDefinition: 'A request to hold a person "for up to 48 hours".',
		});
	});

	it('links the first mention only, across paragraphs, spellings and list items', async () => {
		const { terms, tree } = await run('ICE and a detainer.\n\nU.S. Immigration and Customs Enforcement and detainers.\n\n- ICE again\n- a 287(g) list item');
		expect(links(terms)).toEqual(['ice:ICE', 'detainer:detainer', 'section-287g:287(g)']);
		expect(toString(tree)).toContain('U.S. Immigration and Customs Enforcement and detainers.');
	});

	it('never links inside headings, and links the first mention after them', async () => {
		const { terms } = await run('## What ICE does\n\nICE signs agreements.');
		expect(links(terms)).toEqual(['ice:ICE']);
		expect(select('h2 a', (await run('## What ICE does')).tree)).toBeUndefined();
	});

	it('never links inside links, code or inline code', async () => {
		const { terms, tree } = await run('[ICE page](https://www.ice.gov/) and `ICE` and\n\n```\nICE detainer\n```\n\nthen ICE.');
		expect(links(terms)).toEqual(['ice:ICE']);
		expect(selectAll('p', tree).map((p) => selectAll('a.term', p).length)).toEqual([0, 1]);
		expect(selectAll('a a, code a, pre a', tree)).toEqual([]);
	});

	it('never links inside a <Cite> quote, which becomes a reference number', async () => {
		const { linked } = await run('Text.<Cite source="x">ICE issued a detainer</Cite>');
		expect(linked).toEqual([]);
	});

	it('links inside emphasis and inside <Note>, in document order', async () => {
		const { terms } = await run('*The Task Force Model* first.\n\n<Note quote="x">A detainer.</Note>');
		expect(links(terms)).toEqual(['task-force-model:Task Force Model', 'detainer:detainer']);
	});

	it('treats a link to a glossary entry as its first mention', async () => {
		const { terms, linked } = await run('A [hold request](/glossary/#detainer) is a detainer.');
		expect(terms).toHaveLength(0);
		expect(linked).toEqual(['detainer']);
	});

	it('turns <Term id> into a link, with its own words or the term name', async () => {
		const { terms } = await run('A <Term id="detainer">hold request</Term> and a <Term id="ina" />. A detainer again.');
		expect(links(terms)).toEqual(['detainer:hold request', 'ina:Immigration and Nationality Act']);
	});

	it('shows a <Term> inside a heading as plain text', async () => {
		const { tree } = await run('## About <Term id="detainer">holds</Term>\n\nA detainer.');
		expect(toString(select('h2', tree)!)).toBe('About holds');
		expect(selectAll('a.term', tree).map((a) => toString(a))).toEqual(['detainer']);
	});

	it('fails on an unknown <Term id>, naming the id and the place', async () => {
		await expect(run('Text\n\nA <Term id="detainers">x</Term>.')).rejects.toMatchObject({
			line: 3,
			column: 3,
			reason: '<Term id="detainers">: unknown glossary term "detainers". Use the name of a file in content/glossary/, without .yaml.',
		});
	});

	it('does not touch MDX expressions and component attributes', async () => {
		const { terms, tree } = await run('<Timeline model="ICE detainer" />\n\n{"ICE"} and then a detainer.');
		expect(links(terms)).toEqual(['detainer:detainer']);
		expect(selectAll('a', tree)).toHaveLength(1);
	});

	it('reports the ids it linked, for text the page adds later', async () => {
		const { linked } = await run('287g, then ICE and the Task Force.');
		expect(linked).toEqual(['section-287g', 'ice', 'task-force']);
	});
});
