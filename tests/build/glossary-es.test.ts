import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { markdownToHast } from '../../src/render/markdown-hast.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { readCollection } from '../support/collection-data.ts';
import { page } from '../support/dist.ts';

/** Every glossary entry, read from content/glossary through its schema. */
const entries = readCollection('content/glossary', glossarySchema);
const byId = new Map(entries.map((e) => [e.id, e.data]));
const spanish = new Intl.Collator('es', { sensitivity: 'base', numeric: true });

function spanishOf(id: string) {
	const es = byId.get(id)?.es;
	if (!es) throw new Error(`content/glossary/${id}.yaml has no es: mapping`);
	return es;
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

function sections(tree: Root): Element[] {
	return selectAll('article.glossary > section.term-entry', tree);
}

function section(tree: Root, id: string): Element {
	const found = select(`section.term-entry:has(> h2#${id})`, tree);
	if (!found) throw new Error(`no section for ${id}`);
	return found;
}

/** Where a section's citations lead, with the Spanish edition's /es prefix taken off local links. */
function citationTargets(s: Element): string[] {
	return selectAll('.citation-list li a', s).map((a) => String(a.properties['href']).replace(/^\/es\//, '/'));
}

describe('/es/glossary/', () => {
	const tree = page('/es/glossary/');
	const english = page('/glossary/');

	it('is a Spanish page whose interface text is Spanish', () => {
		expect(select('html', tree)!.properties['lang']).toBe('es');
		expect(toString(select('h1', tree)!)).toBe('Glosario');
		expect(toString(select('title', tree)!)).toMatch(/^Glosario\b/);
		expect(toString(select('#glossary-index-heading', tree)!)).toBe('Índice');
		const text = toString(select('article.glossary', tree)!);
		for (const english of ['Also written:', 'Related:', 'Index']) expect(text).not.toContain(english);
		// Every entry is translated, so the page says nothing about a missing translation.
		expect(toString(tree)).not.toMatch(/aún no está traducida|desactualizada/);
	});

	it('has one section per glossary file, with the ids of the English page', () => {
		expect(entries.length).toBeGreaterThan(0);
		const ids = sections(tree).map((s) => String(select('h2', s)!.properties['id']));
		expect([...ids].sort()).toEqual(entries.map((e) => e.id).sort());
		expect([...ids].sort()).toEqual(
			sections(english)
				.map((s) => String(select('h2', s)!.properties['id']))
				.sort(),
		);
		for (const s of sections(tree)) expect(String(s.properties['ariaLabelledBy'])).toBe(String(select('h2', s)!.properties['id']));
	});

	it('names each entry by its Spanish term, with its English term and acronym beside it marked lang="en"', () => {
		for (const { id, data } of entries) {
			const heading = select('h2', section(tree, id))!;
			const es = spanishOf(id);
			const aside = [es.term === data.term ? undefined : data.term, data.acronym].filter(Boolean).join(', ');
			expect(toString(heading), id).toBe(aside ? `${es.term} (${aside})` : es.term);
			const marked = selectAll('[lang="en"]', heading).map(toString);
			expect(marked, id).toEqual(aside ? [aside] : []);
			if (es.term !== data.term) expect(marked[0], id).toContain(data.term);
		}
	});

	it('lists the entries in Spanish alphabetical order', () => {
		const names = sections(tree).map((s) => spanishOf(String(select('h2', s)!.properties['id'])).term);
		expect(names).toEqual([...names].sort(spanish.compare));
	});

	it('shows the Spanish definition, spellings and explanation of each entry', () => {
		for (const { id } of entries) {
			const s = section(tree, id);
			const es = spanishOf(id);
			expect(toString(select('.term-definition', s)!), id).toBe(es.definition);
			expect(selectAll('.term-aliases q', s).map(toString), id).toEqual(es.aliases);
			const body = select('.term-body', s);
			expect(body && words(toString(body)), id).toBe(es.body ? words(toString(markdownToHast(es.body))) : undefined);
		}
	});

	it('keeps the outside links of each explanation, with their labels in Spanish', () => {
		for (const { id } of entries) {
			const hrefs = (tree: Root) => selectAll('.term-body a', section(tree, id)).map((a) => a.properties['href']);
			expect(hrefs(tree), id).toEqual(hrefs(english));
		}
	});

	it('cites, for each entry, the same passages as the English entry', () => {
		for (const { id, data } of entries) {
			const targets = citationTargets(section(tree, id));
			expect(targets, id).toHaveLength(data.citations.length);
			expect(targets, id).toEqual(citationTargets(section(english, id)));
			// The passages stay as printed, in English.
			for (const q of selectAll('.citation-list q', section(tree, id))) expect(q.properties['lang'], id).toBe('en');
		}
	});

	it('links related terms to sections of the page, by their Spanish names', () => {
		for (const { id, data } of entries) {
			const links = selectAll('.term-related a', section(tree, id));
			expect(
				links.map((a) => a.properties['href']),
				id,
			).toEqual(data.related.map((r) => `#${r}`));
			expect(links.map(toString), id).toEqual(data.related.map((r) => spanishOf(r).term));
		}
	});

	it('indexes the Spanish names and the acronyms in Spanish order, under letters in that order', () => {
		const index = select('nav.glossary-index', tree)!;
		const groups = selectAll(':scope > ul > li', index);
		const labels = groups.flatMap((g) => selectAll('a', g).map(toString));
		expect(labels).toEqual([...labels].sort(spanish.compare));
		const expected = entries.flatMap(({ id, data }) => [spanishOf(id).term, ...(data.acronym ? [data.acronym] : [])]);
		expect([...labels].sort()).toEqual(expected.sort());
		const letters = groups.map((g) => toString(select('.index-letter', g)!)).filter((l) => /\p{L}/u.test(l));
		expect(letters).toEqual([...letters].sort(spanish.compare));
		for (const g of groups) {
			const letter = toString(select('.index-letter', g)!);
			if (!/\p{L}/u.test(letter)) continue;
			for (const a of selectAll('a', g)) expect(spanish.compare(toString(a).charAt(0), letter), toString(a)).toBe(0);
		}
	});

	it('describes the terms as a DefinedTermSet in Spanish', () => {
		const data = JSON.parse(toString(select('script[type="application/ld+json"]', tree)!)) as {
			'@type': string;
			'@id': string;
			inLanguage: string;
			hasDefinedTerm: { '@id': string; name: string; description: string; inLanguage: string }[];
		};
		expect(data['@type']).toBe('DefinedTermSet');
		expect(data.inLanguage).toBe('es');
		expect(data['@id']).toMatch(/\/es\/glossary\/$/);
		expect(data.hasDefinedTerm).toHaveLength(entries.length);
		for (const t of data.hasDefinedTerm) {
			const id = t['@id'].split('#')[1]!;
			expect(t.name).toBe(spanishOf(id).term);
			expect(t.description).toBe(spanishOf(id).definition);
			expect(t.inLanguage).toBe('es');
		}
	});
});

describe('glossary links on Spanish pages', () => {
	const explainers = ['/es/what-is-287g/', '/es/models/task-force/', '/es/history/'];

	it('lead to the Spanish glossary, with the Spanish definition for the tooltip', () => {
		for (const path of explainers) {
			const links = selectAll('article a.term', page(path));
			expect(links.length, path).toBeGreaterThan(0);
			for (const a of links) {
				const id = String(a.properties['dataTerm']);
				expect(a.properties['href'], path).toBe(`/es/glossary/#${id}`);
				expect(a.properties['dataDefinition'], `${path} ${id}`).toBe(spanishOf(id).definition);
			}
		}
	});

	it('are found by the Spanish spellings of a term', () => {
		for (const path of explainers) {
			for (const a of selectAll('article a.term', page(path))) {
				const id = String(a.properties['dataTerm']);
				const es = spanishOf(id);
				const spellings = [es.term, byId.get(id)!.acronym, ...es.aliases].filter((s): s is string => Boolean(s));
				// As the matcher allows: the first letter in either case, and a plural in -s.
				const fold = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
				const text = fold(toString(a));
				expect(
					spellings.some((s) => text === fold(s) || text === `${fold(s)}s`),
					`${path}: "${toString(a)}" for ${id}`,
				).toBe(true);
			}
		}
	});
});
