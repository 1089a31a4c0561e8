import { readdirSync, readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { htmlFiles, page } from '../support/dist.ts';

const ids = readdirSync('content/glossary')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => f.slice(0, -'.yaml'.length));

const referenceUrls = new Map(
	readdirSync('content/references').map((f) => [f.slice(0, -'.yaml'.length), (parse(readFileSync(`content/references/${f}`, 'utf8')) as { url: string }).url]),
);

/** Where each citation of a glossary entry links: a source page, or an outside document's passage. */
function citedAddresses(id: string): string[] {
	const { citations } = parse(readFileSync(`content/glossary/${id}.yaml`, 'utf8')) as { citations: { source: string }[] };
	return citations.map(({ source }) => (referenceUrls.has(source) ? `${referenceUrls.get(source)!}#:~:text=` : `/sources/${source}/`));
}

function termLinks(tree: Root | Element): Element[] {
	return selectAll('a.term', tree);
}

describe('/glossary/', () => {
	const tree = page('/glossary/');

	it('has one section per glossary file, addressable by its id, in alphabetical order', () => {
		expect(ids.length).toBeGreaterThan(0);
		const sections = selectAll('section.term-entry', tree);
		const headings = sections.map((s) => select('h2', s)!);
		expect(sections.map((s) => String(s.properties['ariaLabelledBy']))).toEqual(headings.map((h) => String(h.properties['id'])));
		expect(headings.map((h) => h.properties['id']).sort()).toEqual([...ids].sort());
		const names = headings.map((h) => toString(h).toLowerCase());
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
		expect(names[0]).toBe('287(g)');
	});

	it('shows a term with its acronym, definition, aliases, explanation, sources and related terms', () => {
		const section = select('section:has(> h2#warrant-service-officer)', tree)!;
		expect(toString(select('h2', section)!)).toBe('Warrant Service Officer (WSO)');
		expect(toString(select('.term-definition', section)!)).toMatch(/^The 287\(g\) model, launched in May 2019/);
		expect(selectAll('.term-aliases q', section).map(toString)).toContain('WSO program');
		expect(toString(select('.term-body', section)!)).toContain('May 6, 2019');
		// The body states facts and cites them; outside documents appear among the sources, with the passage's address.
		expect(selectAll('.term-body a', section)).toEqual([]);
		const sources = selectAll('.citation-list li a', section).map((a) => String(a.properties['href']));
		// One link per citation of the entry: to a source's page, or to an outside document's address.
		const expected = citedAddresses('warrant-service-officer');
		expect(expected.some((a) => a.startsWith('http'))).toBe(true);
		expect(sources).toHaveLength(expected.length);
		for (const address of new Set(expected)) {
			expect(
				sources.filter((href) => href.startsWith(address)),
				address,
			).toHaveLength(expected.filter((a) => a === address).length);
		}
		expect(selectAll('.term-related a', section).map((a) => a.properties['href'])).toEqual([
			'#section-287g',
			'#administrative-warrant',
			'#detainer',
			'#jail-enforcement-model',
			'#task-force-model',
		]);
	});

	it('links every related term to a section of the page', () => {
		for (const a of selectAll('.term-related a', tree)) {
			expect(ids, String(a.properties['href'])).toContain(String(a.properties['href']).slice(1));
		}
	});

	it('indexes terms and acronyms at the top, each linked to its section', () => {
		const index = select('nav.glossary-index', tree)!;
		const labels = selectAll('a', index).map(toString);
		expect(labels).toEqual(expect.arrayContaining(['287(g)', 'Detainer', 'ICE', 'WSO', 'Warrant Service Officer']));
		expect(select('a[href="#ice"]', index)).toBeDefined();
	});

	it('describes the terms as a schema.org DefinedTermSet', () => {
		const script = select('script[type="application/ld+json"]', tree)!;
		const data = JSON.parse(toString(script)) as { '@type': string; hasDefinedTerm: { '@id': string; name: string }[] };
		expect(data['@type']).toBe('DefinedTermSet');
		expect(data.hasDefinedTerm).toHaveLength(ids.length);
		expect(data.hasDefinedTerm.map((t) => t['@id'])).toContain('https://287g-explained.example.org/glossary/#detainer');
	});

	it('has no glossary links of its own', () => {
		expect(termLinks(tree)).toEqual([]);
	});
});

describe('glossary links on other pages', () => {
	it('link the first mention of a term on an explainer, and only that one', () => {
		const tree = page('/what-is-287g/');
		const article = select('article', tree)!;
		const ice = termLinks(article).filter((a) => a.properties['dataTerm'] === 'ice');
		expect(ice).toHaveLength(1);
		expect(toString(article).match(/\bICE\b/g)!.length).toBeGreaterThan(5);
		// The first "ICE" of the page's text, outside headings, is the linked one.
		const firstParagraph = selectAll('p', article).find((p) => /\bICE\b/.test(toString(p)))!;
		expect(termLinks(firstParagraph).map((a) => toString(a))).toContain('ICE');
		const ids = termLinks(article).map((a) => a.properties['dataTerm']);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('never link inside headings or other links', () => {
		for (const file of htmlFiles()) {
			const tree = page(file);
			expect(selectAll('h1 a.term, h2 a.term, h3 a.term, h4 a.term, a a.term, code a.term', tree), file).toEqual([]);
		}
	});

	it('carry the entry address and the definition for the tooltip', () => {
		const link = termLinks(page('/what-is-287g/')).find((a) => a.properties['dataTerm'] === 'detainer')!;
		expect(link.properties['href']).toBe('/glossary/#detainer');
		expect(link.properties['dataDefinition']).toMatch(/^A DHS request, on Form I-247A/);
	});

	it('appear in the verbatim text of a source, after those of its summary, each term once', () => {
		const tree = page('/sources/local-authorities-team-with-ice/');
		const text = select('section[aria-labelledby="full-text"] .source-text', tree)!;
		const inText = termLinks(text).map((a) => `${a.properties['dataTerm']}:${toString(a)}`);
		expect(inText).toEqual(expect.arrayContaining(['warrant-service-officer:Warrant Service Officer', 'administrative-warrant:administrative warrants']));
		const all = termLinks(select('article', tree)!).map((a) => a.properties['dataTerm']);
		expect(new Set(all).size).toBe(all.length);
	});

	it('leave the text of every source paragraph unchanged', () => {
		const tree = page('/sources/local-authorities-team-with-ice/');
		const para = select('#p-1', tree)!;
		expect(termLinks(para).length).toBeGreaterThan(0);
		expect(toString(para)).toMatch(/^\(TNND\) — Federal and local authorities have been teaming up/);
	});
});
