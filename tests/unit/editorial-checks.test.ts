import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/corpus/mdx-nodes.ts';
import { frontmatterOf } from '../../src/corpus/frontmatter.ts';
import { parseLocatedYaml } from '../../src/corpus/yaml-locate.ts';
import { editorialProblems } from '../../src/checks/editorial.ts';
import { findLoadedTerms, quotedRanges } from '../../src/checks/loaded-terms.ts';
import { uncitedParagraphs } from '../../src/checks/uncited-paragraphs.ts';
import { loadedTermsInMdx } from '../../src/checks/voice-mdx.ts';
import { loadedTermsInYaml } from '../../src/checks/voice-yaml.ts';

const terms = (text: string) => findLoadedTerms(text).map((t) => t.term);

describe('findLoadedTerms', () => {
	it("finds a loaded term in the site's voice, with its offset and a suggested wording", () => {
		expect(findLoadedTerms('ICE arrested 650 illegal immigrants.')).toEqual([
			{ index: 17, term: 'illegal immigrants', suggestion: 'people without legal immigration status' },
		]);
	});

	it('accepts the same words inside curly, straight and angle quotation marks', () => {
		expect(terms('DHS said it arrested “illegal aliens”.')).toEqual([]);
		expect(terms('She spoke of "sanctuary politicians" in 2026.')).toEqual([]);
		expect(terms('The article calls it «historic».')).toEqual([]);
	});

	it('reports the word outside the quotation when the same word is also quoted', () => {
		expect(terms('A historic day, which ICE called “historic”.')).toEqual(['historic']);
	});

	it('treats a quotation left open as running to the end of the text', () => {
		expect(quotedRanges('He said: “the worst of the worst')).toEqual([[9, 32]]);
		expect(terms('He said: “the worst of the worst')).toEqual([]);
	});

	it('reports the longest phrase once, not its parts', () => {
		expect(terms('so-called criminal illegal aliens')).toEqual(['criminal illegal aliens']);
	});

	it('is case-insensitive but matches whole words only', () => {
		expect(terms('Notorious cases')).toEqual(['Notorious']);
		expect(terms('the historical record, the Illegal Immigration Reform and Immigrant Responsibility Act')).toEqual([]);
		expect(terms('a “first-of-its-kind” partnership, and a first-of-its-kind one')).toEqual(['first-of-its-kind']);
	});
});

describe('loadedTermsInMdx', () => {
	it('reports file, line and column of a term in a paragraph', () => {
		const problems = loadedTermsInMdx('x.mdx', parseMdx('---\ntitle: T\n---\n\nFirst line.\nThey were dangerous men.\n'));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'x.mdx', line: 6, column: 11 });
		expect(problems[0]!.message).toContain('loaded term "dangerous"');
	});

	it('ignores the quote of a <Cite>, in its attribute or as its children', () => {
		const mdx = 'DHS announced arrests.<Cite source="s" quote="650 illegal immigrants" /> More.<Cite source="s">the worst of the worst</Cite>\n';
		expect(loadedTermsInMdx('x.mdx', parseMdx(mdx))).toEqual([]);
	});

	it('reads a quotation that spans a link as one quotation', () => {
		expect(loadedTermsInMdx('x.mdx', parseMdx('She said “the [worst](/a/) of the worst” again.\n'))).toEqual([]);
	});

	it('checks headings and the text of notes too', () => {
		const mdx = '## A draconian rule\n\n<Note quote="q">\nThese are notorious facts.\n</Note>\n';
		expect(loadedTermsInMdx('x.mdx', parseMdx(mdx)).map((p) => p.line)).toEqual([1, 4]);
	});
});

describe('loadedTermsInYaml', () => {
	const yaml = 'title: A historic agreement\nlabel: 650 illegal immigrants\ncitations:\n  - source: s\n    quote: the worst of the worst\n';

	it("checks only the fields written in the site's voice, at the term's own column", () => {
		expect(loadedTermsInYaml('t.yaml', parseLocatedYaml(yaml), ['title'])).toEqual([
			expect.objectContaining({ file: 't.yaml', line: 1, column: 10, message: expect.stringContaining('"historic"') }),
		]);
	});

	it('matches `*` to any list index or key', () => {
		const rows = 'rows:\n  - question: Q\n    jem:\n      text: Arrests of criminal aliens\n';
		expect(loadedTermsInYaml('c.yaml', parseLocatedYaml(rows), ['rows.*.*.text'])).toEqual([expect.objectContaining({ line: 4, column: 24 })]);
	});
});

describe('uncitedParagraphs', () => {
	const check = (mdx: string) => uncitedParagraphs('e.mdx', parseMdx(mdx));

	it('lists a paragraph without <Cite>, with its line and a preview', () => {
		const problems = check('Cited.<Cite source="s" quote="some words" />\n\nNot cited at all.\n');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ line: 3, column: 1 });
		expect(problems[0]!.message).toContain('paragraph without a citation: "Not cited at all."');
	});

	it('treats a list item as one unit', () => {
		const problems = check('- One.\n  Two.<Cite source="s" quote="some words" />\n- Three.\n');
		expect(problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([[3, 'list item without a citation']]);
	});

	it("takes a <ListCount> as a citation of ICE's list, which it counts and links to", () => {
		expect(check('ICE\'s list counts <ListCount model="tfm" state="TX" /> in Texas.\n')).toEqual([]);
		expect(check('A <Timeline /> is no citation.\n')).toHaveLength(1);
	});

	it('lets a <ListCount> cover its own sentence only, not the next one', () => {
		const problems = check('ICE\'s list counts <ListCount model="tfm" state="TX" /> in Texas. Most are recent.\n');
		expect(problems.map((p) => p.message.split('\n')[0])).toEqual(['sentence without a citation: "Most are recent."']);
	});

	it('accepts a paragraph that ends with an `uncited` marker and its reason', () => {
		expect(check('This page describes the site. {/* uncited: about the site itself */}\n')).toEqual([]);
	});

	it('asks for a reason when the marker has none', () => {
		expect(check('About the site. {/* uncited: */}\n')[0]!.message).toContain('needs a reason');
	});

	it('asks to remove a marker that covers no text of its own', () => {
		const problems = check('Fact.<Cite source="s" quote="some words" /> {/* uncited: stale */}\n');
		expect(problems).toEqual([expect.objectContaining({ line: 1, column: 45, message: expect.stringContaining('remove the marker') })]);
	});

	it('lists the sentence after the last citation of a paragraph, with its line, column and the fix', () => {
		const problems = check('ICE signs agreements.<Cite source="s" quote="some words" /> The officers\nstay employees.\n');
		expect(problems).toEqual([expect.objectContaining({ line: 1, column: 61 })]);
		expect(problems[0]!.message).toContain('sentence without a citation: "The officers stay employees."');
		expect(problems[0]!.message).toContain('Add <Cite source="<slug>"');
		expect(problems[0]!.message).toContain('{/* uncited: <why> */}');
	});

	it('lets a citation cover every sentence back to the previous citation', () => {
		expect(check('One. Two.<Cite source="s" quote="some words" /> Three.<Cite source="t" quote="other words" />\n')).toEqual([]);
	});

	it('does not count punctuation after the last citation as a sentence', () => {
		expect(check('DHS called it "a preview"<Cite source="s" quote="a preview" />.\n')).toEqual([]);
	});

	it('lists the text after a citation in the middle of a sentence', () => {
		const problems = check('ICE said so,<Cite source="s" quote="some words" /> and DHS agreed.\n');
		expect(problems.map((p) => p.message.split('\n')[0])).toEqual(['sentence without a citation: "and DHS agreed."']);
	});

	it('accepts an `uncited` marker with its reason after the last citation', () => {
		expect(check('Fact.<Cite source="s" quote="some words" /> This page gives both sides. {/* uncited: about this page */}\n')).toEqual([]);
	});

	it('lists each uncovered sentence of a list item', () => {
		const problems = check('- One.<Cite source="s" quote="some words" /> Two.\n- Three.<Cite source="s" quote="some words" />\n');
		expect(problems).toEqual([expect.objectContaining({ line: 1, column: 46, message: expect.stringContaining('"Two."') })]);
	});

	it('needs no citation for a sentence that only points to another page of the site', () => {
		expect(check('Fact.<Cite source="s" quote="some words" /> See [the debate](/debate/) for both sides.\n')).toEqual([]);
		expect(check('[The models compared](/models/) sets them side by side.\n')).toEqual([]);
	});

	it('still asks for a citation when a sentence with an internal link states a fact', () => {
		const problems = check('Fact.<Cite source="s" quote="some words" /> ICE counted 1,001 agreements (see [figures](/figures/)).\n');
		expect(problems).toHaveLength(1);
		const outside = check('Fact.<Cite source="s" quote="some words" /> See [the report](https://example.org/) for both sides.\n');
		expect(outside).toHaveLength(1);
	});

	it('ignores headings and components such as <Timeline />', () => {
		expect(check('## Heading\n\n<Timeline model="tfm" />\n')).toEqual([]);
	});
});

describe('editorialProblems', () => {
	it('checks the frontmatter of an MDX file at its file line', () => {
		const mdx = '---\ntitle: T\ndescription: A notorious case\n---\n\nText.<Cite source="s" quote="some words" />\n';
		const result = editorialProblems({ kind: 'explainer', file: 'e.mdx', id: 'e', locale: 'en' }, frontmatterOf(mdx), parseMdx(mdx));
		expect(result.uncited).toEqual([]);
		expect(result.loadedTerms).toEqual([expect.objectContaining({ line: 3, column: 16 })]);
	});

	it('does not ask articles for a citation in every paragraph', () => {
		const mdx = 'A summary without citations.\n';
		expect(editorialProblems({ kind: 'article', file: 'a.mdx', id: 'a', locale: 'en' }, frontmatterOf(mdx), parseMdx(mdx)).uncited).toEqual([]);
	});
});
