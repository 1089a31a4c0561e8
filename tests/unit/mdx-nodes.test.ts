import { describe, expect, it } from 'vitest';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { isJsxElement, jsxAttribute, parseMdx, readCitation, type JsxElement } from '../../src/corpus/mdx-nodes.ts';

/** The first JSX element of an MDX text. */
function firstJsx(mdx: string): JsxElement {
	let found: JsxElement | undefined;
	visit(parseMdx(mdx), (node) => {
		if (!found && isJsxElement(node)) found = node;
	});
	if (!found) throw new Error(`no JSX element in ${mdx}`);
	return found;
}

describe('isJsxElement', () => {
	it('recognises flow and text elements, by name when one is given', () => {
		expect(isJsxElement(firstJsx('Text.<Cite source="a" quote="b" />'), 'Cite')).toBe(true);
		expect(isJsxElement(firstJsx('<Timeline kind="count" />'), 'Timeline')).toBe(true);
		expect(isJsxElement(firstJsx('<Timeline kind="count" />'), 'Cite')).toBe(false);
		expect(isJsxElement({ type: 'paragraph' })).toBe(false);
	});
});

describe('jsxAttribute', () => {
	it('gives strings, undefined when absent, and marks expressions', () => {
		const node = firstJsx('<Cite source="a" quote={x} />');
		expect(jsxAttribute(node, 'source')).toBe('a');
		expect(jsxAttribute(node, 'quote')).toEqual({ expression: true });
		expect(jsxAttribute(node, 'kind')).toBeUndefined();
	});
});

describe('readCitation', () => {
	it('reads a <Cite> with its source and quote', () => {
		expect(readCitation(firstJsx('A.<Cite source="tnnd" quote="1,120 arrests" />'))).toEqual({
			ok: true,
			role: 'cite',
			source: 'tnnd',
			quote: '1,120 arrests',
		});
	});

	it("takes the quote from the element's text, and the source from the article's own seed", () => {
		expect(readCitation(firstJsx('A.<Cite> exact words </Cite>'), 'own')).toEqual({ ok: true, role: 'cite', source: 'own', quote: 'exact words' });
	});

	it('reads a <Note> in an article, with its kind (context by default)', () => {
		expect(readCitation(firstJsx('<Note quote="a passage" kind="error">Wrong.</Note>'), 'own')).toEqual({
			ok: true,
			role: 'note',
			source: 'own',
			quote: 'a passage',
			kind: 'error',
		});
		expect(readCitation(firstJsx('<Note quote="a passage">Context.</Note>'), 'own')).toMatchObject({ ok: true, kind: 'context' });
	});

	it('says what is wrong, with the fix', () => {
		expect(readCitation(firstJsx('A.<Cite quote="x" />'))).toEqual({
			ok: false,
			messages: ['<Cite> needs source="<slug>": the source page it cites, as in /sources/<slug>/.'],
		});
		expect(readCitation(firstJsx('A.<Cite source="a" />'))).toEqual({
			ok: false,
			messages: ['<Cite source="a"> needs quote="...": a passage copied exactly from the source.'],
		});
		expect(readCitation(firstJsx('<Note quote="x">N.</Note>'))).toEqual({
			ok: false,
			messages: ['<Note> belongs in an article file (content/articles/); cite sources with <Cite> here.'],
		});
		expect(readCitation(firstJsx('A.<Cite source={s} quote={q} />'))).toEqual({
			ok: false,
			messages: ['<Cite> has source={...}; write it as a plain string: source="...".', '<Cite> has quote={...}; write it as a plain string: quote="...".'],
		});
	});

	it('reads a hast element as the rehype plugins see it the same way', () => {
		const hast: MdxJsxFlowElementHast = {
			type: 'mdxJsxFlowElement',
			name: 'Cite',
			attributes: [{ type: 'mdxJsxAttribute', name: 'source', value: 'a' }],
			children: [{ type: 'text', value: ' quoted ' }],
		};
		expect(readCitation(hast)).toEqual({ ok: true, role: 'cite', source: 'a', quote: 'quoted' });
	});
});
