import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseSeed, type SeedSource } from '../../src/corpus/source.ts';
import { sourceTextTree } from '../../src/corpus/source-text.ts';
import { linkTermsInText, termLinks } from '../../src/corpus/term-links.ts';
import { TERMS } from '../support/glossary.ts';

const SEED = [
	'ICE and the 287(g) program: a headline',
	'ICE may issue a detainer under Section 287(g). ICE may issue another detainer.',
	'The Task Force Model differs from Secure Communities, says ICE.',
	'Share if u support the Task Force',
].join('\n');

function seed(): SeedSource {
	const parsed = parseSeed('s.txt', new TextEncoder().encode(SEED));
	if (!parsed.ok) throw new Error(parsed.problem);
	return parsed.source;
}

const links = termLinks(TERMS, '/');

function render(source: SeedSource, cited: { paragraph: number; start: number; end: number }[], seen = new Set<string>()): Root {
	return sourceTextTree(source, {
		cited: cited.map((c) => ({ ...c, pages: [{ href: '/x/', label: 'X' }] })),
		linkText: (text) => linkTermsInText(links, text, seen),
	});
}

/** `id:text` of every term link under a node. */
function termsIn(tree: Root, selector: string): string[] {
	return selectAll(`${selector} a.term`, tree).map((a) => `${a.properties['dataTerm']}:${toString(a)}`);
}

describe('glossary links in the verbatim text of a source', () => {
	it("keeps every paragraph's text exactly as the seed prints it", () => {
		const source = seed();
		const tree = render(source, [{ paragraph: 2, start: 0, end: 24 }]);
		for (const p of source.paragraphs) expect(toString(select(`#p-${p.n}`, tree)!)).toBe(p.text);
	});

	it('links the first mention of each term on the page, in reading order', () => {
		const tree = render(seed(), []);
		expect(termsIn(tree, '#p-2')).toEqual(['ice:ICE', 'detainer:detainer', 'section-287g:Section 287(g)']);
		expect(termsIn(tree, '#p-3')).toEqual(['task-force-model:Task Force Model', 'secure-communities:Secure Communities']);
	});

	it('never links the headline or boilerplate lines', () => {
		const tree = render(seed(), []);
		expect(select('.boilerplate #p-4', tree)).toBeDefined();
		expect(termsIn(tree, '#p-1')).toEqual([]);
		expect(termsIn(tree, '#p-4')).toEqual([]);
	});

	it('links inside a highlighted passage without breaking the mark', () => {
		// "ICE may issue a detainer" is cited: the mark holds the text and the links.
		const tree = render(seed(), [{ paragraph: 2, start: 0, end: 24 }]);
		const mark = select('#p-2 mark', tree)!;
		expect(toString(mark)).toBe('ICE may issue a detainer');
		expect(termsIn(tree, '#p-2 mark')).toEqual(['ice:ICE', 'detainer:detainer']);
	});

	it('does not link a term cut by the edge of a highlighted passage', () => {
		// The mark ends inside "Section 287(g)": "287(g)" alone is still a whole mention after the cut.
		const tree = render(seed(), [{ paragraph: 2, start: 25, end: 38 }]);
		expect(toString(select('#p-2 mark', tree)!)).toBe('under Section');
		expect(termsIn(tree, '#p-2')).toEqual(['ice:ICE', 'detainer:detainer', 'section-287g:287(g)']);
		expect(toString(select('#p-2', tree)!)).toBe(seed().paragraphs[1]!.text);
	});

	it('skips terms the page has already linked, e.g. in its summary', () => {
		const tree = render(seed(), [], new Set(['ice', 'detainer']));
		expect(termsIn(tree, '#p-2')).toEqual(['section-287g:Section 287(g)']);
	});
});
