import { readdirSync, readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MODELS } from '../../src/schemas/models.ts';
import { DIST, page } from '../support/dist.ts';

const data = parse(readFileSync('content/comparison.yaml', 'utf8')) as { rows: { question: string }[] };
/** External references: what each records, word for word, from the document at its address. */
const references = readdirSync('content/references').map((f) => parse(readFileSync(`content/references/${f}`, 'utf8')) as { url: string; passage: string });
const models = page('/models/');
const table = select('section#compare table', models)!;

/** The passage a reference shows, without the quotation marks around it. */
function passageOf(reference: Element): string {
	return toString(select('blockquote', reference)!).replace(/^“|”$/g, '');
}

/** The element a link to another page of the site lands on, or undefined when there is none. */
function target(href: string): { tree: Root; element: Element | undefined } {
	const url = new URL(href, 'https://site.test/');
	const id = decodeURIComponent(url.hash.slice(1).split(':~:')[0]!);
	const tree = page(url.pathname, DIST);
	return { tree, element: select(`[id="${id}"]`, tree) };
}

describe('the models table on /models/', () => {
	it('is a captioned table with a column header per model and a row header per question', () => {
		expect(toString(select('caption', table)!)).toContain('one question per row');
		expect(selectAll('thead th[scope=col]', table).map((th) => toString(th).trim())).toEqual([
			'Question',
			'Jail Enforcement Model (JEM)',
			'Task Force Model (TFM)',
			'Warrant Service Officer (WSO)',
		]);
		const rows = selectAll('tbody tr', table);
		expect(rows.map((r) => toString(select('th[scope=row]', r)!))).toEqual(data.rows.map((r) => r.question));
		for (const row of rows) expect(selectAll('td', row)).toHaveLength(Object.keys(MODELS).length);
	});

	it('comes after the page text, before the references', () => {
		const children = selectAll('article > *', models).map((e) =>
			String(e.properties['id'] ?? (e.properties['className'] as string[] | undefined)?.[0] ?? e.tagName),
		);
		expect(children.slice(0, 2)).toEqual(['h1', 'p']);
		expect(children[children.indexOf('compare') + 1]).toBe('references');
	});

	const cells = selectAll('tbody td', table);

	it.each(cells.map((cell, i) => [i, cell] as const))(
		'cell %i cites a passage that its link finds on the source page or in the recorded reference',
		(_, cell) => {
			const markers = selectAll('sup.cite a', cell);
			expect(markers.length).toBeGreaterThan(0);
			for (const marker of markers) {
				const reference = select(`li${String(marker.properties['href'])}`, models);
				expect(reference, `reference ${String(marker.properties['href'])}`).toBeDefined();
				// The reference links back to this very place in the table.
				expect(selectAll('a', reference!).some((a) => a.properties['href'] === `#${String(marker.properties['id'])}`)).toBe(true);
				const href = String(select('.ref-source a', reference!)!.properties['href']);
				if (href.startsWith('http')) {
					// An external document: the link goes to its recorded address, and the passage is
					// part of what was recorded from it.
					const [url, fragment] = href.split('#');
					const recorded = references.filter((r) => r.url === url).map((r) => r.passage);
					expect(
						recorded.some((p) => p.includes(passageOf(reference!))),
						href,
					).toBe(true);
					expect(fragment).toMatch(/^:~:text=/);
					continue;
				}
				const { element } = target(href);
				expect(element, `target of ${href}`).toBeDefined();
				expect(toString(element!)).toContain(passageOf(reference!));
			}
		},
	);

	it('numbers a passage that the page text already cites with the same number', () => {
		// "specific immigration enforcement tasks to do while being supervised by ICE" is cited in
		// the page text and in the "Who supervises?" row.
		const supervised = selectAll('.references li', models).filter(
			(li) => passageOf(li) === 'specific immigration enforcement tasks to do while being supervised by ICE',
		);
		expect(supervised).toHaveLength(1);
		expect(selectAll('a[href^="#cite-"]', supervised[0]!).length).toBeGreaterThanOrEqual(2);
	});
});
