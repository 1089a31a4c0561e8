import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { pageData, setPageData } from '../../src/plugins/page-data.ts';

describe('the channel from the plugins to the pages', () => {
	it('carries what a plugin sets to the page, beside the file frontmatter', () => {
		const file = new VFile({ path: 'content/explainers/a.mdx' });
		file.data.astro = { frontmatter: { title: 'A page' } };
		setPageData(file, 'glossaryLinks', ['detainer']);
		setPageData(file, 'notes', []);
		expect(file.data.page).toEqual({ glossaryLinks: ['detainer'], notes: [] });
		expect(file.data.astro.frontmatter?.['title']).toBe('A page');
		expect(pageData(file.data.astro.frontmatter)).toEqual({ references: [], notes: [], glossaryLinks: ['detainer'] });
	});

	it('gives empty lists to a page no plugin wrote to', () => {
		expect(pageData(undefined)).toEqual({ references: [], notes: [], glossaryLinks: [] });
		expect(pageData({ title: 'T' })).toEqual({ references: [], notes: [], glossaryLinks: [] });
	});
});
