import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { INDEX_EXCLUDE } from '../../src/search/search-index.ts';
import { messages } from '../../src/i18n/index.ts';
import { splitLocalePath } from '../../src/i18n/locales.ts';
import { htmlFiles, page } from '../support/dist.ts';
import { runTogether } from '../support/indexed-text.ts';

const pages = htmlFiles().map((file) => ({ file, tree: page(file) }));
const indexed = pages.filter(({ tree }) => select('[data-pagefind-body]', tree));
const attr = (tree: Root, name: string) => selectAll(`[${name}]`, tree).map((e) => String(e.properties[toProperty(name)]));
const toProperty = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The elements kept out of the index: marked regions, excluded fragments, and all they contain. */
function outOfIndex(tree: Root): Set<Element> {
	const regions = selectAll(['[data-pagefind-ignore]', ...INDEX_EXCLUDE].join(', '), tree);
	return new Set(regions.flatMap((region) => [region, ...selectAll('*', region)]));
}

describe('what the search index is given', () => {
	it('indexes the content pages, not the search page or the 404 page', () => {
		const files = indexed.map((p) => p.file);
		expect(files).toEqual(expect.arrayContaining(['index.html', 'what-is-287g/index.html', 'sources/index.html', 'sources/operation-safe-city/index.html']));
		expect(files).not.toContain('search/index.html');
		expect(files).not.toContain('404.html');
	});

	it.each(indexed.map((p) => [p.file, p.tree] as const))('%s declares exactly one page type, named in its language', (file, tree) => {
		const types = attr(tree, 'data-pagefind-filter').filter((v) => v.startsWith('type:'));
		expect(types).toHaveLength(1);
		const { locale } = splitLocalePath(`/${file}`);
		expect(Object.values(messages(locale).search.types).map((t) => `type:${t}`)).toContain(types[0]);
	});

	it('gives Spanish explainers Spanish type and model names, and their keywords with the English acronyms', () => {
		expect(attr(page('/es/models/task-force/'), 'data-pagefind-filter')).toEqual(['type:Explicación', 'model:Modelo de Grupo de Trabajo (TFM)']);
		const keywords = attr(page('/es/models/task-force/'), 'data-pagefind-meta').find((v) => v.startsWith('keywords:'));
		expect(keywords).toContain('TFM, Task Force Model, Task Force');
		expect(select('html', page('/es/models/task-force/'))?.properties['lang']).toBe('es');
	});

	it('keeps the site header out of the index', () => {
		for (const { tree } of indexed) expect(select('header.site-header', tree)?.properties['dataPagefindIgnore']).toBe('');
	});

	it('gives source pages their outlet, shown date, sortable date and year', () => {
		const tree = page('/sources/operation-safe-city/');
		expect(attr(tree, 'data-pagefind-meta')).toEqual(
			expect.arrayContaining(['outlet:Unknown outlet (machine translation, probably from Russian)', 'date:about September 29–30, 2017']),
		);
		expect(attr(tree, 'data-pagefind-sort')).toEqual(['date:2017-09-29']);
		expect(attr(tree, 'data-pagefind-filter')).toEqual(['type:Source article', 'year:2017']);
	});

	it('gives explainers their models, years and keywords from the frontmatter', () => {
		expect(attr(page('/operations/'), 'data-pagefind-filter')).toEqual(['type:Explainer', 'year:2017', 'year:2025', 'year:2026']);
		expect(attr(page('/models/task-force/'), 'data-pagefind-filter')).toEqual(['type:Explainer', 'model:Task Force Model']);
		expect(attr(page('/what-is-287g/'), 'data-pagefind-meta')).toContain('keywords:287g, 287 g, Section 287(g), MOA');
	});

	it.each(INDEX_EXCLUDE)('the excluded selector %s still matches something the site builds', (selector) => {
		expect(indexed.some(({ tree }) => selectAll(`[data-pagefind-body] ${selector}`, tree).length > 0)).toBe(true);
	});

	it('gives every indexed heading of an explainer an id, so that results can link to its section', () => {
		for (const { file, tree } of indexed.filter((p) => !p.file.startsWith('sources/'))) {
			const body = select('[data-pagefind-body]', tree)!;
			const out = outOfIndex(tree);
			const headings = selectAll('h2, h3, h4', body).filter((h) => !out.has(h));
			expect(headings.filter((h) => !h.properties['id']).map((h) => `${file}: ${h.tagName}`)).toEqual([]);
		}
	});

	it('ships no script file with any page but the search page; search starts from an inline listener', () => {
		for (const { file, tree } of pages) {
			const external = selectAll('script[src]', tree);
			// The search page in each language (`/search/`, `/es/search/`).
			if (splitLocalePath(`/${file}`).path === '/search/index.html') expect(external).toHaveLength(1);
			else expect(external.map((s) => `${file}: ${String(s.properties['src'])}`)).toEqual([]);
		}
	});

	it('separates the words of neighbouring elements, so that results read as text ("May 6, 2019 Model change WSO", "Agency Type County")', () => {
		const joined = indexed.flatMap(({ file, tree }) => runTogether(tree).map((at) => `${file}: ${at}`));
		expect(joined).toEqual([]);
	});
});
