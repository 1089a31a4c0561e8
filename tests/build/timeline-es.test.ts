import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { timelineSchema } from '../../src/schemas/timeline.ts';
import { readCollection } from '../support/collection-data.ts';
import { htmlFiles, page as tree } from '../support/dist.ts';

const page = (path: string) => readFileSync(new URL(`../../dist/${path}`, import.meta.url), 'utf8');

const events = readCollection('content/timeline', timelineSchema);
const eventById = new Map(events.map((e) => [e.id, e]));
const text = (node: Element | undefined) => (node ? toString(node).replace(/\s+/g, ' ').trim() : undefined);

/**
 * What a Spanish page must show for an event's title and summary: its `es:` text, or, while a
 * field is not translated, the English marked lang="en".
 */
function expectSpanishEvent(article: Element, id: string) {
	const event = eventById.get(id);
	expect(event, `an event on the page with no file: ${id}`).toBeDefined();
	const { title, summary, es } = event!.data;
	const shownTitle = select('.timeline-title', article);
	const shownSummary = select('.timeline-summary', article);
	expect(text(shownTitle), id).toBe(es?.title ?? title);
	expect(text(shownSummary), id).toBe(es?.summary ?? summary);
	expect(shownTitle?.properties['lang'], id).toBe(es?.title ? undefined : 'en');
	expect(shownSummary?.properties['lang'], id).toBe(es?.summary ? undefined : 'en');
}

/** The id of an event in an embedded slice, from its link to /es/timeline/#<id>. */
function linkedId(article: Element): string {
	const href = String(select('.timeline-title a', article)?.properties['href'] ?? '');
	expect(href).toMatch(/\/es\/timeline\/#/);
	return href.replace(/^.*#/, '');
}

const filterPages = htmlFiles().filter((f) => /^es\/timeline\/(?:kind|model)\/[^/]+\/index\.html$/.test(f));
const explainersWithSlices = htmlFiles().filter(
	(f) => f.startsWith('es/') && !f.startsWith('es/timeline/') && selectAll('ol.timeline-slice article.timeline-event', tree(f)).length > 0,
);

describe('Spanish timeline (/es/timeline/)', () => {
	const html = page('es/timeline/index.html');
	it('writes its own text in Spanish', () => {
		expect(html).toContain('<h1>Cronología</h1>');
		expect(html).toContain('Filtrar la cronología');
		expect(html).toContain('Orígenes (1996–2001)');
		expect(html).not.toContain('Filter the timeline');
	});
	it('links its filters under /es/ with Spanish labels', () => {
		expect(html).toMatch(/href="[^"]*\/es\/timeline\/kind\/operation\/"[^>]*>\s*Operativo \(\d+\)/);
	});
	it('names the filter on a slice page', () => {
		expect(page('es/timeline/kind/operation/index.html')).toContain('<h1>Cronología: Operativo</h1>');
	});
	it('shows dates in Spanish', () => {
		expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">\d{1,2} de [a-z]+ de \d{4}<\/time>/);
	});

	it('shows every event with the es.title and es.summary of its file', () => {
		const articles = selectAll('article.timeline-event', tree('/es/timeline/'));
		expect(articles.map((a) => String(a.properties['id'])).sort()).toEqual(events.map((e) => e.id).sort());
		for (const a of articles) expectSpanishEvent(a, String(a.properties['id']));
	});

	it('shows the Spanish text on each filter page', () => {
		expect(filterPages.length).toBeGreaterThan(0);
		for (const file of filterPages) {
			const articles = selectAll('article.timeline-event', tree(file));
			expect(articles.length, file).toBeGreaterThan(0);
			for (const a of articles) expectSpanishEvent(a, String(a.properties['id']));
		}
	});

	it('shows the Spanish text in the timeline slices of Spanish explainers', () => {
		expect(explainersWithSlices).toContain('es/history/index.html');
		for (const file of explainersWithSlices) {
			for (const a of selectAll('ol.timeline-slice article.timeline-event', tree(file))) expectSpanishEvent(a, linkedId(a));
		}
	});
});
