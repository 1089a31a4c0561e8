import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { describe, expect, it } from 'vitest';
import { listedPlaces } from '../../src/agreements-view/agencies.ts';
import { agreementsData } from '../../src/agreements-view/source.ts';
import { placeName, placePath } from '../../src/agreements-view/states.ts';
import { messages } from '../../src/i18n/index.ts';
import { page } from '../support/dist.ts';
import { sitemapUrls } from '../support/sitemap.ts';

/**
 * The Spanish agreements pages against the English ones: the same pages, in Spanish, with the
 * same numbers; ICE's agency names marked as English; links that stay in the Spanish edition.
 */
const data = await agreementsData();
const es = messages('es').agreements;
const en = messages('en').agreements;

/** The Spanish state pages the sitemap lists: `/es/agreements/texas/`. */
const spanishStatePages = sitemapUrls()
	.map((u) => u.pathname)
	.filter((p) => /^\/es\/agreements\/[^/]+\/$/.test(p))
	.sort();

/** Each element of a page with the language it is in: its own `lang`, or its nearest ancestor's. */
function languages(tree: Root): Map<Element, string | undefined> {
	const langs = new Map<Element, string | undefined>();
	visitParents(tree, 'element', (node, ancestors) => {
		const own = [node, ...[...ancestors].reverse()].find((n) => n.type === 'element' && n.properties['lang'] !== undefined) as Element | undefined;
		langs.set(node, own ? String(own.properties['lang']) : undefined);
	});
	return langs;
}

const number = (el: Element) => Number(toString(el).replace(/[^0-9]/g, ''));

/** Every number of a page's counts tables and lead, by table and row: `by-model|tfm|agreements` → 1162. */
function counts(tree: Root): Map<string, number> {
	const found = new Map<string, number>();
	for (const table of selectAll('table[data-counts]', tree)) {
		for (const tr of selectAll('tr[data-key]', table)) {
			for (const td of selectAll('[data-count]', tr)) {
				found.set(`${table.properties['dataCounts']}|${tr.properties['dataKey']}|${td.properties['dataCount']}`, number(td));
			}
		}
	}
	for (const strong of selectAll('.lead strong[data-count]', tree)) found.set(`lead|${strong.properties['dataCount']}`, number(strong));
	return found;
}

const headings = (tree: Root, level: string) => selectAll(`[data-pagefind-body] ${level}`, tree).map((h) => toString(h).trim());

/** The internal links of a page's content, without its in-page anchors. */
const contentLinks = (tree: Root) =>
	selectAll('[data-pagefind-body] a[href]', tree)
		.map((a) => String(a.properties['href']))
		.filter((href) => href.startsWith('/'));

describe('the Spanish agreements pages', () => {
	it('are one page per state or territory of the English edition', () => {
		expect(spanishStatePages.length).toBeGreaterThan(0);
		expect(spanishStatePages).toEqual(
			listedPlaces(data)
				.map((code) => `/es${placePath(code)}`)
				.sort(),
		);
	});

	describe('/es/agreements/', () => {
		const tree = page('/es/agreements/');
		const english = page('/agreements/');

		it('is in Spanish, with the headings of the Spanish messages', () => {
			expect(select('html', tree)!.properties['lang']).toBe('es');
			expect(headings(tree, 'h1')).toEqual([es.index.title]);
			expect(headings(tree, 'h2')).toEqual([
				es.index.toc,
				es.index.byModel,
				es.index.byState,
				es.index.byAgencyType,
				es.index.overTime,
				es.index.downloads,
				es.index.about,
			]);
			expect(toString(select('title', tree)!)).toContain(es.index.title);
		});

		it('shows the numbers of the English page', () => {
			const spanish = counts(tree);
			expect(spanish.size).toBeGreaterThan(0);
			expect(spanish).toEqual(counts(english));
		});

		it('names each state in Spanish, linked to its Spanish page, and marks ICE’s agency types as English', () => {
			const langs = languages(tree);
			const byState = select('table[data-counts="by-state-caption"]', tree)!;
			for (const tr of selectAll('tbody tr', byState)) {
				const code = String(tr.properties['dataKey']);
				const link = select('th a', tr)!;
				expect(toString(link)).toBe(placeName(code, 'es'));
				expect(link.properties['href']).toBe(`/es${placePath(code)}`);
			}
			const byType = select('table[data-counts="by-type-caption"]', tree)!;
			for (const th of selectAll('tbody th', byType)) {
				const given = toString(th) !== es.notGiven;
				expect(langs.get(th), toString(th)).toBe(given ? 'en' : 'es');
			}
		});

		it('links to Spanish pages, and to the one address of each download', () => {
			const links = contentLinks(tree);
			expect(links.filter((href) => !href.startsWith('/es/') && !href.startsWith('/agreements/data/'))).toEqual([]);
			const downloads = (t: Root) => contentLinks(t).filter((href) => href.startsWith('/agreements/data/'));
			expect(downloads(tree).length).toBeGreaterThan(0);
			expect(downloads(tree)).toEqual(downloads(english));
		});
	});

	describe.each(spanishStatePages)('%s', (path) => {
		const tree = page(path);
		const english = page(path.replace(/^\/es/, ''));
		const code = String(select('table[data-agencies]', tree)?.properties['dataAgencies']);
		const name = placeName(code, 'es');

		it('is in Spanish, with the headings of the Spanish messages', () => {
			expect(select('html', tree)!.properties['lang']).toBe('es');
			expect(headings(tree, 'h1')).toEqual([es.state.heading(name)]);
			const spanish = [es.index.toc, es.state.counts, es.state.byCounty, es.state.agencies, es.index.overTime, es.state.changes, es.state.pendingAgencies];
			const english = [en.index.toc, en.state.counts, en.state.byCounty, en.state.agencies, en.index.overTime, en.state.changes, en.state.pendingAgencies];
			const h2 = headings(tree, 'h2');
			expect(h2.filter((h) => !spanish.includes(h))).toEqual([]);
			expect(h2.filter((h) => english.includes(h) && !spanish.includes(h))).toEqual([]);
			expect(h2).toContain(es.state.agencies);
		});

		it('shows the numbers of the English page', () => {
			const spanish = counts(tree);
			expect(spanish.get('lead|agreements')).toBe(data.latest.rows.filter((r) => r.state === code).length);
			expect(spanish).toEqual(counts(english));
		});

		it('marks every agency name as English', () => {
			const langs = languages(tree);
			const names = [
				...selectAll('tr[data-agency] th', tree),
				...selectAll('section.agency h3', tree),
				...selectAll('.list-changes span', tree),
				...selectAll('section[aria-labelledby="pending"] tbody th', tree),
			];
			expect(selectAll('tr[data-agency] th', tree).length).toBe(selectAll('tr[data-agency] th', english).length);
			for (const el of names) expect(langs.get(el), toString(el)).toBe('en');
			// The words around them are Spanish: the signing dates of the table.
			for (const tr of selectAll('tr[data-agency]', tree)) expect(langs.get(tr.children.filter((c) => c.type === 'element')[4] as Element)).toBe('es');
		});

		it('links to Spanish pages', () => {
			const links = contentLinks(tree);
			expect(links).toContain('/es/agreements/');
			expect(links.filter((href) => !href.startsWith('/es/'))).toEqual([]);
		});
	});
});

describe('the latest counts of the Spanish home page', () => {
	const tree = page('/es/');
	const english = page('/');
	const values = (t: Root) => selectAll('.latest-counts .figure-value', t).map((v) => toString(v));

	it('shows the English page’s numbers with Spanish words, linked to Spanish pages', () => {
		expect(values(tree).length).toBeGreaterThan(0);
		expect(values(tree)).toEqual(values(english));
		const units = selectAll('.latest-counts .figure-unit', tree).map((u) => toString(u));
		expect(units.slice(0, 2)).toEqual([es.latest.agreementsUnit, es.latest.agenciesUnit]);
		const links = selectAll('.latest-counts a, .latest-counts + p a', tree).map((a) => String(a.properties['href']));
		expect(
			links.every((href) => href.startsWith('/es/')),
			links.join(' '),
		).toBe(true);
	});
});
