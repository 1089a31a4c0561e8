import { pageData } from '../../src/plugins/page-data.ts';
import type { Root } from 'hast';
import type { Nodes } from 'mdast';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeCitations } from '../../src/plugins/rehype-citations.ts';
import { corpusOf } from '../support/corpus.ts';

const corpus = corpusOf({
	tnnd: 'Local authorities team with ICE\nOperation Tidal Wave resulted in 1,120 arrests across Florida, which ICE said is the national 287(g) leader.\nDHS said last week that it had secured nearly 600 signed agreements.',
	other: 'Another source\nThe agreements must be signed before the agencies can join the program.',
});

// Typed, so that the literals are not widened to string (remark-mdx registers these node types).
const MDX_NODES: Nodes['type'][] = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

async function run(mdx: string, path = '/site/content/explainers/page.mdx') {
	const processor = unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkRehype, { passThrough: MDX_NODES })
		.use(rehypeCitations, { corpus: () => corpus, base: '/287g/' });
	const file = new VFile({ value: mdx, path });
	const tree = (await processor.run(processor.parse(file), file)) as Root;
	// What the page receives from render(), through the typed channel.
	const { references, notes } = pageData(file.data.astro?.frontmatter);
	return { tree, references, notes };
}

describe('rehypeCitations', () => {
	it('turns <Cite> into a numbered link to its reference', async () => {
		const { tree, references } = await run('Tidal Wave led to 1,120 arrests.<Cite source="tnnd" quote="resulted in 1,120 arrests" />');
		const link = select('sup.cite a', tree)!;
		expect(toString(link)).toBe('[1]');
		expect(link.properties).toMatchObject({ href: '#ref-1', id: 'cite-1-1' });
		expect(references).toEqual([
			expect.objectContaining({
				n: 1,
				passage: 'resulted in 1,120 arrests',
				href: '/287g/sources/tnnd/#p-2:~:text=resulted%20in%201%2C120%20arrests',
				sourceTitle: 'Local authorities team with ICE',
				paragraph: 2,
				backrefs: ['cite-1-1'],
			}),
		]);
	});

	it('gives the same passage cited twice one number, with a back link for each place', async () => {
		const { tree, references } = await run(
			'A.<Cite source="tnnd" quote="resulted in 1,120 arrests" /> B.<Cite source="other" quote="must be signed" /> C.<Cite source="tnnd" quote="resulted in 1,120 arrests" />',
		);
		expect(selectAll('sup.cite a', tree).map(toString)).toEqual(['[1]', '[2]', '[1]']);
		expect(references.map((r) => [r.n, r.backrefs])).toEqual([
			[1, ['cite-1-1', 'cite-1-2']],
			[2, ['cite-2-1']],
		]);
	});

	it('accepts the passage as children: the short form', async () => {
		const { references } = await run('Signed first.<Cite source="other">must be signed before the agencies</Cite>');
		expect(references[0]?.passage).toBe('must be signed before the agencies');
	});

	it('lets an article cite its own seed without naming it', async () => {
		const { references } = await run('Leader.<Cite quote="the national 287(g) leader" />', '/site/content/articles/tnnd.mdx');
		expect(references[0]?.sourceSlug).toBe('tnnd');
	});

	it('lifts <Note> out of an article with its anchor and rendered body', async () => {
		const { tree, notes } = await run(
			'Summary.\n\n<Note quote="nearly 600 signed agreements" kind="overstated">\nICE counted agreements signed **or pending**.<Cite source="other" quote="must be signed" />\n</Note>\n',
			'/site/content/articles/tnnd.mdx',
		);
		expect(toString(tree)).not.toContain('ICE counted');
		expect(notes.map(({ children, ...note }) => note)).toEqual([{ id: 'note-1', kind: 'overstated', paragraph: 3, start: 39, end: 67 }]);
		// The body travels as a tree, never as an HTML string.
		expect(toHtml({ type: 'root', children: [...notes[0]!.children] })).toMatch(
			/^<p>ICE counted agreements signed <strong>or pending<\/strong>\.<sup class="cite"><a href="#ref-1" id="cite-1-1" aria-label="Reference 1" aria-describedby="cite-1-1-tip">\[1\]<\/a><span class="cite-tip" role="tooltip" id="cite-1-1-tip" hidden>.+<\/span><\/sup><\/p>$/,
		);
	});

	it('keeps markup-like text in a note as text: the body holds no raw node', async () => {
		const { notes } = await run(
			'Summary.\n\n<Note quote="nearly 600 signed agreements">\nA note &lt;/script&gt;&lt;img src=x onerror="alert(1)"&gt; here.\n</Note>\n',
			'/site/content/articles/tnnd.mdx',
		);
		const body = { type: 'root' as const, children: [...notes[0]!.children] };
		expect(toString(body)).toBe('A note </script><img src=x onerror="alert(1)"> here.');
		expect(toHtml(body)).toBe('<p>A note &#x3C;/script>&#x3C;img src=x onerror="alert(1)"> here.</p>');
	});

	it('fails the file with the nearest passage when a quote does not match', async () => {
		await expect(run('X.<Cite source="tnnd" quote="resulted in 1,200 arrests" />')).rejects.toThrow(
			'quote not found in source "tnnd"\n  quote:    "resulted in 1,200 arrests"\n  nearest:  "resulted in 1,120 arrests" (paragraph 2)',
		);
	});
});
