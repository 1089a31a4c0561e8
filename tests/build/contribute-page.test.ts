import { readFileSync } from 'node:fs';
import type { Heading, Root } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { page } from '../support/dist.ts';

describe('/contribute/ and the foot of content pages', () => {
	it('renders CONTRIBUTING.md itself: the same headings, in the same order', () => {
		const md = unified().use(remarkParse).parse(readFileSync('CONTRIBUTING.md', 'utf8')) as Root;
		const expected = md.children.filter((n): n is Heading => n.type === 'heading' && n.depth <= 2).map((h) => mdToString(h));
		const tree = page('/contribute/');
		// The site sets apostrophes typographically (ICE's → ICE’s); the words must be the same.
		const curly = (text: string) => text.replace(/'/g, '’');
		expect(selectAll('article h1, article h2', tree).map(toString)).toEqual(expected.map(curly));
		expect(expected[0]).toBe('Contributing');
	});

	it('links to the guide from the footer of every page', () => {
		const link = selectAll('.site-footer a', page('/history/')).find((a) => toString(a) === 'Contribute');
		expect(link?.properties['href']).toBe('/contribute/');
	});

	it.each(['/history/', '/', '/sources/operation-safe-city/', '/contribute/'])(
		'%s ends with when it last changed, and no edit link without REPOSITORY_URL',
		(path) => {
			const meta = select('footer.page-meta', page(path))!;
			expect(toString(meta).replace(/\s+/g, ' ').trim()).toMatch(/^(Last updated|Page built on) [A-Z][a-z]+ \d{1,2}, \d{4}/);
			expect(select('time', meta)!.properties['dateTime']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(select('a', meta)).toBeUndefined();
		},
	);
});
