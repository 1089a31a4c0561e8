import { describe, expect, it } from 'vitest';
import type { ContentFile } from '../../src/content-layer/files.ts';
import { reservedAddressProblems, reservedSegments } from '../../src/checks/reserved-addresses.ts';

const explainer = (id: string): ContentFile => ({ kind: 'explainer', file: `content/explainers/${id}.mdx`, id, locale: 'en' });

describe("addresses that belong to the site's own pages", () => {
	const reserved = reservedSegments(process.cwd());

	it('are read from src/pages, with the folders the build writes', () => {
		expect([...reserved].sort()).toEqual([
			'404',
			'_astro',
			'agreements',
			'contribute',
			'es',
			'figures',
			'glossary',
			'pagefind',
			'robots.txt',
			'search',
			'sources',
			'timeline',
		]);
	});

	it('cannot be taken by an explainer, at any depth under them', () => {
		const problems = reservedAddressProblems(
			[explainer('home'), explainer('history'), explainer('models/index'), explainer('timeline'), explainer('sources/more')],
			reserved,
		);
		expect(problems.map((p) => `${p.file}  ${p.message}`)).toEqual([
			'content/explainers/timeline.mdx  has the address /timeline/, which belongs to a page of the site (/timeline/), so it would never be shown. Rename the file, e.g. content/explainers/timeline-explained.mdx.',
			'content/explainers/sources/more.mdx  has the address /sources/more/, which belongs to a page of the site (/sources/), so it would never be shown. Rename the file, e.g. content/explainers/sources-explained.mdx.',
		]);
	});

	it('leave other kinds of content alone: a glossary term may be called "timeline"', () => {
		expect(reservedAddressProblems([{ kind: 'glossary', file: 'content/glossary/timeline.yaml', id: 'timeline', locale: 'en' }], reserved)).toEqual([]);
	});
});
