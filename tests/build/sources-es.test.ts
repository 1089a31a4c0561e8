import { readdirSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { getContentReport } from '../../src/checks/report-cache.ts';
import { describePublished } from '../../src/corpus/reference-view.ts';
import { messages } from '../../src/i18n/index.ts';
import { page } from '../support/dist.ts';

const corpus = getContentReport().corpus;
const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt'));
const slugs = seeds.map((file) => corpus.bySeedFile(file)!.slug);
const es = messages('es');
const en = messages('en');

/** The language an element is in: its own `lang`, or its nearest ancestor's. */
function langOf(tree: Root, target: Element): string | undefined {
	let found: string | undefined;
	const walk = (node: Root | Element, lang: string | undefined): boolean => {
		const own = node.type === 'element' && typeof node.properties['lang'] === 'string' ? node.properties['lang'] : lang;
		if (node === target) {
			found = own;
			return true;
		}
		return node.children.some((child) => child.type === 'element' && walk(child, own));
	};
	walk(tree, undefined);
	return found;
}

describe('the Spanish list of sources, /es/sources/', () => {
	const tree = page('/es/sources/');

	it('is in Spanish, with Spanish headings', () => {
		expect(select('html', tree)!.properties['lang']).toBe('es');
		expect(toString(select('h1', tree)!)).toBe(es.sources.title);
		expect(toString(select('#articles', tree)!)).toBe(es.sources.articlesHeading);
		expect(toString(select('#documents', tree)!)).toBe(es.sources.documentsHeading);
	});

	it('lists every source, its English title marked as English, linked to its Spanish page', () => {
		const items = selectAll('.source-articles > li', tree);
		expect(items).toHaveLength(seeds.length);
		const links = items.map((li) => select('h3 a', li)!);
		expect(links.map((a) => a.properties['href']).sort()).toEqual(slugs.map((s) => `/es/sources/${s}/`).sort());
		for (const a of links) expect(langOf(tree, a), String(a.properties['href'])).toBe('en');
	});

	it('describes each annotated source with Spanish labels: kind, date, confidence', () => {
		const kinds = Object.values(es.citations.sourceKinds);
		const confidences = Object.values(es.sources.confidence);
		for (const slug of slugs) {
			const source = corpus.get(slug);
			if (source?.type !== 'seed' || !source.article) continue;
			const li = selectAll('.source-articles > li', tree).find((item) => select(`a[href="/es/sources/${slug}/"]`, item))!;
			const line = toString(select('.muted', li)!);
			expect(line, slug).toContain(describePublished(source, 'es')!);
			expect(
				kinds.some((k) => line.includes(k)),
				line,
			).toBe(true);
			expect(
				confidences.some((c) => line.endsWith(c)),
				line,
			).toBe(true);
			expect(line).not.toMatch(/confidence|estimated|about /);
		}
	});

	it('labels the passages of outside documents in Spanish, documents marked as English, links to Spanish pages', () => {
		const documents = selectAll('.documents > li', tree);
		expect(documents.length).toBeGreaterThan(0);
		for (const doc of documents) {
			expect(langOf(tree, select('h3 a', doc)!)).toBe('en');
			for (const quote of selectAll('blockquote', doc)) expect(langOf(tree, quote)).toBe('en');
		}
		const citedIn = selectAll('.documents .cited-in', tree);
		expect(citedIn.length).toBeGreaterThan(0);
		for (const block of citedIn) {
			expect(toString(select('p', block)!)).toBe(es.sources.citedIn);
			for (const a of selectAll('a', block)) expect(String(a.properties['href'])).toMatch(/^\/es\//);
		}
	});
});

describe.each(slugs)('the Spanish page of source %s', (slug) => {
	const spanish = page(`/es/sources/${slug}/`);
	const english = page(`/sources/${slug}/`);
	const source = corpus.get(slug);
	const article = source?.type === 'seed' ? source.article : undefined;

	it('is in Spanish', () => {
		expect(select('html', spanish)!.properties['lang']).toBe('es');
		expect(toString(select('#full-text', spanish)!)).toBe(es.sources.fullText);
		expect(toString(select('#cited-by', spanish)!)).toBe(es.sources.citedBy);
		expect(JSON.parse(toString(select('script[type="application/ld+json"]', spanish)!))).toMatchObject({ inLanguage: 'es' });
	});

	it('shows its metadata with Spanish labels and a Spanish date', () => {
		const meta = select('dl.meta', spanish)!;
		const labels = selectAll('dt', meta).map(toString);
		expect(labels).toEqual(expect.arrayContaining([es.sources.outlet, es.sources.kind, es.sources.published]));
		expect(labels).not.toContain(en.sources.outlet);
		if (!article || source?.type !== 'seed') return;
		expect(labels).toContain(es.sources.whyThisDate);
		expect(toString(meta)).toContain(describePublished(source, 'es')!);
		expect(toString(meta)).toContain(es.sources.confidence[article.data.published.confidence]);
		const translated = source.translations?.es?.data;
		if (translated) expect(toString(meta)).toContain(translated.published.reasoning);
	});

	it('shows the same numbered paragraphs as the English page, marked as English', () => {
		const ids = (tree: Root) => selectAll('.para', tree).map((p) => String(p.properties['id']));
		expect(ids(spanish)).toEqual(ids(english));
		expect(ids(spanish).length).toBeGreaterThan(0);
		for (const p of selectAll('.para', spanish)) {
			expect(langOf(spanish, p), String(p.properties['id'])).toBe('en');
			expect(toString(p)).toBe(toString(select(`#${String(p.properties['id'])}`, english)!));
		}
	});

	it('has as many context notes as the English page, labelled in Spanish', () => {
		const notes = selectAll('aside.note', spanish);
		expect(notes).toHaveLength(selectAll('aside.note', english).length);
		const kinds = Object.values(es.sources.noteKinds);
		for (const note of notes) {
			expect(toString(select('.note-label', note)!)).toMatch(new RegExp(`^(${kinds.join('|')}) \\(nota de contexto\\)$`));
			expect(langOf(spanish, note)).not.toBe('en');
		}
	});

	it('links "cited in" and "where this source is cited" to Spanish pages', () => {
		const links = [...selectAll('.cited-in a', spanish), ...selectAll('[aria-labelledby="cited-by"] a', spanish)];
		expect(links.length).toBe(selectAll('.cited-in a', english).length + selectAll('[aria-labelledby="cited-by"] a', english).length);
		for (const a of links) expect(String(a.properties['href'])).toMatch(/^\/es\//);
		for (const block of selectAll('.cited-in > p', spanish)) expect(toString(block)).toBe(es.sources.citedIn);
	});
});
