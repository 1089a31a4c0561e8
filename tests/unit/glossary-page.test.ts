import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { glossaryIndex, indexLetter, sortTerms } from '../../src/render/glossary-index.ts';
import { definedTermSet } from '../../src/render/glossary-json-ld.ts';
import { termLabel, termLabelText } from '../../src/render/glossary-label.ts';
import { markdownToHast } from '../../src/render/markdown-hast.ts';

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

	it('leaves out inLanguage unless a language is given', () => {
		const set = definedTermSet(TERMS, 'https://example.org/glossary/', 'Glossary');
		expect(set).not.toHaveProperty('inLanguage');
		expect((set['hasDefinedTerm'] as Record<string, unknown>[])[0]).not.toHaveProperty('inLanguage');
	});
});

/** Spanish names as the Spanish page shows them (`es.term` over `term`). */
const SPANISH = [
	{ id: 'task-force-model', term: 'Modelo de Grupo de Trabajo', acronym: 'TFM', aliases: ['modelo de grupo de trabajo'], definition: 'El modelo de campo.' },
	{ id: 'detainer', term: 'Solicitud de retención', aliases: [], definition: 'Una solicitud.' },
	{ id: 'ice', term: 'Servicio de Inmigración y Control de Aduanas', acronym: 'ICE', aliases: [], definition: 'La agencia.' },
	{ id: 'section-287g', term: '287(g)', aliases: [], definition: 'Una sección.' },
	{ id: 'administrative-warrant', term: 'Orden administrativa de arresto', aliases: [], definition: 'Una orden.' },
	{ id: 'notice', term: 'Notificación de comparecencia', acronym: 'NTA', aliases: [], definition: 'Un documento.' },
	{ id: 'nandu', term: 'Ñandú', aliases: [], definition: 'Un ave, para probar la ñ.' },
	{ id: 'oido', term: 'Oído', aliases: [], definition: 'Un órgano, para probar los acentos.' },
];

describe('the Spanish glossary page', () => {
	it('orders terms in Spanish: accents ignored, ñ after n, 287(g) first', () => {
		expect(sortTerms(SPANISH, 'es').map((t) => t.term)).toEqual([
			'287(g)',
			'Modelo de Grupo de Trabajo',
			'Notificación de comparecencia',
			'Ñandú',
			'Oído',
			'Orden administrativa de arresto',
			'Servicio de Inmigración y Control de Aduanas',
			'Solicitud de retención',
		]);
	});

	it('indexes a word under its letter without the accent, and Ñ under a letter of its own', () => {
		expect(indexLetter('Órdenes', 'es')).toBe('O');
		expect(indexLetter('Ñandú', 'es')).toBe('Ñ');
		expect(indexLetter('Ñandú', 'en')).toBe('N');
		expect(indexLetter('287(g)', 'es')).toBe('0–9');
		expect(indexLetter('“Quoted”', 'es')).toBe('#');
	});

	it('builds the index in Spanish order, each acronym pointing to the Spanish name', () => {
		const index = glossaryIndex(SPANISH, 'es');
		expect(index.map((g) => g.letter)).toEqual(['0–9', 'I', 'M', 'N', 'Ñ', 'O', 'S', 'T']);
		expect(index.find((g) => g.letter === 'N')!.entries).toEqual([
			{ id: 'notice', label: 'Notificación de comparecencia' },
			{ id: 'notice', label: 'NTA', expansion: 'Notificación de comparecencia' },
		]);
		expect(index.find((g) => g.letter === 'I')!.entries).toEqual([{ id: 'ice', label: 'ICE', expansion: 'Servicio de Inmigración y Control de Aduanas' }]);
		// The letters follow the order of the terms.
		const letters = index.map((g) => g.letter).filter((l) => l !== '0–9');
		expect(letters).toEqual([...letters].sort(new Intl.Collator('es').compare));
	});

	it('names an entry by its Spanish name, with its English name and acronym beside it, marked English', () => {
		const tfm = termLabel({ term: 'Task Force Model', acronym: 'TFM', es: { term: 'Modelo de Grupo de Trabajo' } }, 'es');
		expect(tfm).toEqual({ name: 'Modelo de Grupo de Trabajo', aside: 'Task Force Model, TFM', asideLang: 'en', translated: true });
		expect(termLabelText(tfm)).toBe('Modelo de Grupo de Trabajo (Task Force Model, TFM)');
		expect(termLabelText(termLabel({ term: 'Detainer', es: { term: 'Solicitud de retención' } }, 'es'))).toBe('Solicitud de retención (Detainer)');
	});

	it('does not repeat a name that is the same in both languages', () => {
		expect(termLabel({ term: '287(g)', es: { term: '287(g)' } }, 'es')).toEqual({ name: '287(g)', translated: true });
		expect(termLabel({ term: 'Executive Order', acronym: 'EO', es: { term: 'Executive Order' } }, 'es')).toEqual({
			name: 'Executive Order',
			aside: 'EO',
			asideLang: 'en',
			translated: true,
		});
	});

	it('shows an untranslated entry in English, as the English page does', () => {
		expect(termLabel({ term: 'Detainer', acronym: 'DT' }, 'es')).toEqual({ name: 'Detainer', aside: 'DT', translated: false });
	});

	it('keeps the English label unchanged: the name and its acronym', () => {
		const label = termLabel({ term: 'Warrant Service Officer', acronym: 'WSO', es: { term: 'Modelo de Agentes de Órdenes de Arresto' } }, 'en');
		expect(label).toEqual({ name: 'Warrant Service Officer', aside: 'WSO', translated: true });
		expect(termLabelText(label)).toBe('Warrant Service Officer (WSO)');
		expect(termLabelText(termLabel({ term: '287(g)' }, 'en'))).toBe('287(g)');
	});

	it('describes the Spanish terms as a DefinedTermSet in Spanish', () => {
		const set = definedTermSet(SPANISH, 'https://example.org/es/glossary/', 'Glosario', 'es');
		expect(set).toMatchObject({ '@id': 'https://example.org/es/glossary/', name: 'Glosario', inLanguage: 'es' });
		const terms = set['hasDefinedTerm'] as Record<string, unknown>[];
		expect(terms[0]).toMatchObject({
			'@id': 'https://example.org/es/glossary/#task-force-model',
			name: 'Modelo de Grupo de Trabajo',
			alternateName: ['TFM', 'modelo de grupo de trabajo'],
			description: 'El modelo de campo.',
			inLanguage: 'es',
		});
	});
});
