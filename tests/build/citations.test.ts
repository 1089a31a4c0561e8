import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { matchKey } from '../../src/corpus/normalise.ts';
import { htmlFiles, page } from '../support/dist.ts';

/** The words of a text fragment directive, decoded: `start` or `start,end`. */
function fragmentWords(href: string): string[] {
	const directive = href.split(':~:text=')[1] ?? '';
	return directive.split(',').map((part) => decodeURIComponent(part));
}

const internalCitationLinks = htmlFiles().flatMap((file) =>
	selectAll('a[href*=":~:text="]', page(file))
		.map((a) => String(a.properties['href']))
		.filter((href) => href.startsWith('/'))
		.map((href) => ({ file, href })),
);

describe('citation links across the built site', () => {
	it('there are citation links to check', () => {
		expect(internalCitationLinks.length).toBeGreaterThan(150);
	});

	it('every citation link lands on an existing paragraph that contains the quoted text', () => {
		const failures: string[] = [];
		for (const { file, href } of internalCitationLinks) {
			const [path, fragment] = href.split('#') as [string, string];
			const id = fragment.split(':~:')[0]!;
			const target = select(`#${id}`, page(path));
			const text = target ? matchKey(toString(target)) : '';
			const words = fragmentWords(href);
			if (!target || !words.every((w) => text.includes(matchKey(w)))) failures.push(`${file}: ${href}`);
		}
		expect(failures).toEqual([]);
	});
});

describe('references on an explainer page', () => {
	const tree = page('/history/');
	const markers = selectAll('sup.cite a', tree);
	const items = selectAll('.references li', tree);

	it('numbers each citation and links it to its reference', () => {
		expect(markers.length).toBeGreaterThan(10);
		for (const a of markers) {
			const target = String(a.properties['href']).slice(1);
			expect(select(`#${target}`, tree), target).toBeDefined();
		}
	});

	it('lists each reference once with the passage, the source title and a link back to the text', () => {
		expect(items.length).toBe(new Set(markers.map((a) => a.properties['href'])).size);
		const first = items[0]!;
		expect(toString(select('blockquote', first)!)).toMatch(/^“.+”$/);
		const back = selectAll('a[href^="#cite-"]', first);
		expect(back.length).toBeGreaterThan(0);
		for (const b of back) expect(select(String(b.properties['href']), tree)).toBeDefined();
	});
});

/** Counts the `<Note>` elements written in an article file. */
function notesIn(slug: string): number {
	return (readFileSync(`content/articles/${slug}.mdx`, 'utf8').match(/<Note\b/g) ?? []).length;
}

describe.each([
	'west-virginia-operation-650',
	'local-authorities-team-with-ice',
	'ice-1000-police-departments',
	'local-agencies-strengthen-partnerships',
	'operation-safe-city',
])('context notes on /sources/%s/', (slug) => {
	const tree = page(`/sources/${slug}/`);
	const asides = selectAll('aside.note', tree);

	it('shows every note of the article beside its paragraph', () => {
		expect(notesIn(slug)).toBeGreaterThan(0);
		expect(asides).toHaveLength(notesIn(slug));
	});

	it('marks each noted passage inside a paragraph, and the note links to it', () => {
		for (const aside of asides) {
			const id = String(aside.properties['id']);
			const passage = select(`#${id}-passage`, tree) as Element | undefined;
			expect(passage, id).toBeDefined();
			expect(select(`a[href="#${id}-passage"]`, aside)).toBeDefined();
		}
	});
});

describe('backlinks', () => {
	it('marks passages cited elsewhere and says where they are cited', () => {
		const tree = page('/sources/local-authorities-team-with-ice/');
		expect(selectAll('mark.cited, mark.noted', tree).length).toBeGreaterThan(0);
		const citedBy = selectAll('#cited-by ~ ul a, section[aria-labelledby="cited-by"] a', tree).map(toString);
		expect(citedBy).toContain('Operations: what the sources report');
		expect(citedBy.filter((label) => label.startsWith('Notes on'))).toEqual([
			'Notes on “Local Agencies Strengthen Partnerships With ICE Amid Rising Immigrant Arrests”',
		]);
	});
});
