import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { glossaryIndex, sortTerms } from '../../src/lib/glossary-index.ts';
import { definedTermSet } from '../../src/lib/glossary-json-ld.ts';
import { markdownToHast } from '../../src/lib/markdown-hast.ts';

const TERMS = [
	{ id: 'task-force-model', term: 'Task Force Model', acronym: 'TFM', aliases: ['task force model'], definition: 'The field model.' },
	{ id: 'detainer', term: 'Detainer', aliases: [], definition: 'A request.' },
	{ id: 'ice', term: 'U.S. Immigration and Customs Enforcement', acronym: 'ICE', aliases: [], definition: 'The agency.' },
	{ id: 'section-287g', term: '287(g)', aliases: [], definition: 'A section.' },
	{ id: 'administrative-warrant', term: 'administrative warrant', aliases: [], definition: 'A warrant.' },
];

describe('the glossary page', () => {
	it('orders terms alphabetically, ignoring case, with 287(g) first', () => {
		expect(sortTerms(TERMS).map((t) => t.id)).toEqual(['section-287g', 'administrative-warrant', 'detainer', 'task-force-model', 'ice']);
	});

	it('indexes terms and acronyms by first letter; an acronym says what it stands for', () => {
		expect(glossaryIndex(TERMS)).toEqual([
			{ letter: '0–9', entries: [{ id: 'section-287g', label: '287(g)' }] },
			{ letter: 'A', entries: [{ id: 'administrative-warrant', label: 'administrative warrant' }] },
			{ letter: 'D', entries: [{ id: 'detainer', label: 'Detainer' }] },
			{ letter: 'I', entries: [{ id: 'ice', label: 'ICE', expansion: 'U.S. Immigration and Customs Enforcement' }] },
			{
				letter: 'T',
				entries: [
					{ id: 'task-force-model', label: 'Task Force Model' },
					{ id: 'task-force-model', label: 'TFM', expansion: 'Task Force Model' },
				],
			},
			{ letter: 'U', entries: [{ id: 'ice', label: 'U.S. Immigration and Customs Enforcement' }] },
		]);
	});

	it('describes every term as a schema.org DefinedTerm addressed by its anchor', () => {
		const set = definedTermSet(TERMS, 'https://example.org/glossary/', 'Glossary');
		expect(set).toMatchObject({ '@type': 'DefinedTermSet', '@id': 'https://example.org/glossary/' });
		const terms = set['hasDefinedTerm'] as Record<string, unknown>[];
		expect(terms).toHaveLength(5);
		expect(terms[0]).toEqual({
			'@type': 'DefinedTerm',
			'@id': 'https://example.org/glossary/#task-force-model',
			url: 'https://example.org/glossary/#task-force-model',
			name: 'Task Force Model',
			alternateName: ['TFM', 'task force model'],
			termCode: 'TFM',
			description: 'The field model.',
			inDefinedTermSet: 'https://example.org/glossary/',
		});
		expect(terms[1]).not.toHaveProperty('alternateName');
	});

	it('renders an entry body from Markdown as a tree, dropping raw HTML', () => {
		const tree = markdownToHast('A *detainer* ([ICE](https://www.ice.gov/)).\n\n<script>alert(1)</script>');
		expect(toHtml(tree)).toBe('<p>A <em>detainer</em> (<a href="https://www.ice.gov/">ICE</a>).</p>');
		expect(select('script', tree)).toBeUndefined();
	});
});
