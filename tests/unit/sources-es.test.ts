import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { citingLink, labelParts } from '../../src/corpus/citation-index.ts';
import { referenceSource, type CitableSource } from '../../src/corpus/corpus.ts';
import { outsideDocuments } from '../../src/corpus/document-list.ts';
import { citeMarker } from '../../src/corpus/reference-list.ts';
import { annotationOf, describePublished, estimatePrefix, outletOf, referenceView } from '../../src/corpus/reference-view.ts';
import { parseSeed } from '../../src/corpus/source.ts';
import { sourceTextTree, type PlacedNote } from '../../src/corpus/source-text.ts';
import { messages } from '../../src/i18n/index.ts';
import { articleSchema, CONFIDENCE, SOURCE_KINDS } from '../../src/schemas/article.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';

type Seed = Extract<CitableSource, { type: 'seed' }>;
type Ref = Extract<CitableSource, { type: 'reference' }>;

const TEXT = ['Local authorities team with ICE', 'DHS said last week that it had secured 600 agreements.', 'CONTINUE READING'].join('\n');

const ENGLISH = {
	seed: '001_x.txt',
	outlet: 'The National News Desk (TNND)',
	kind: 'news-report',
	published: { date: '2025-05-05/2025-05-09', estimated: true, confidence: 'medium', reasoning: '"Last week" matches ICE\'s April 29 release.' },
	models: [],
	description: 'A TNND report.',
};
const SPANISH = {
	...ENGLISH,
	published: { ...ENGLISH.published, reasoning: '"La semana pasada" coincide con el comunicado de ICE.' },
	description: 'Un informe de TNND.',
};

function seed(translated: Partial<typeof ENGLISH> | null = SPANISH): Seed {
	const parsed = parseSeed('001_x.txt', new TextEncoder().encode(TEXT));
	if (!parsed.ok) throw new Error(parsed.problem);
	const source = parsed.source;
	return {
		type: 'seed',
		slug: 'tnnd',
		title: 'Local authorities team with ICE',
		seed: source,
		article: { file: 'content/articles/tnnd.mdx', data: articleSchema.parse(ENGLISH) },
		...(translated ? { translations: { es: { file: 'content/articles/es/tnnd.mdx', data: articleSchema.parse({ ...ENGLISH, ...translated }) } } } : {}),
		paragraphs: source.paragraphs,
	};
}

function reference(): Ref {
	const data = referenceSchema.parse({
		title: 'A report',
		publisher: 'Immigration Impact',
		url: 'https://example.org/report',
		date: '2021-06',
		dateEstimate: 'No printed date.',
		passage: 'not terminated a single agreement',
	});
	return referenceSource('a-report', 'content/references/a-report.yaml', data);
}

const SPAN = { paragraph: 2, start: 0, end: 8, text: 'DHS said' };

describe('the date of a source on a Spanish page', () => {
	it('reads as a Spanish estimate: "hacia el 5–9 de mayo de 2025 (estimada)"', () => {
		expect(describePublished(seed(), 'es')).toBe('hacia el 5–9 de mayo de 2025 (estimada)');
		expect(describePublished(seed(), 'en')).toBe('about May 5–9, 2025 (estimated)');
	});

	it('is preceded in search results by the same words as the estimate', () => {
		const date = seed().article!.data.published.date;
		expect(estimatePrefix(date, 'es')).toBe('hacia el');
		expect(estimatePrefix(reference().reference.date, 'es')).toBe('hacia');
		expect(estimatePrefix(date, 'en')).toBe('about');
	});

	it('says "hacia" with a month or a year, and no estimate for a printed date', () => {
		expect(describePublished(reference(), 'es')).toBe('hacia junio de 2021 (estimada)');
		const data = articleSchema.parse({ ...ENGLISH, published: { ...ENGLISH.published, date: '2025-05-07', estimated: false } });
		const printed: Seed = { ...seed(), article: { file: 'content/articles/tnnd.mdx', data } };
		expect(describePublished(printed, 'es')).toBe('7 de mayo de 2025');
	});
});

describe('the annotation and outlet of a source on a Spanish page', () => {
	it('come from the Spanish notes, with the reasoning of the date in Spanish', () => {
		expect(annotationOf(seed(), 'es')).toEqual({ data: expect.objectContaining({ description: 'Un informe de TNND.' }), lang: undefined });
		expect(annotationOf(seed(), 'es')!.data.published.reasoning).toContain('La semana pasada');
	});

	it('fall back to the English notes, marked as English, while there are none', () => {
		expect(annotationOf(seed(null), 'es')).toEqual({ data: expect.objectContaining({ description: 'A TNND report.' }), lang: 'en' });
		expect(annotationOf(seed(null), 'en')!.lang).toBeUndefined();
	});

	it('mark an outlet kept in English, but not one the Spanish notes describe in Spanish', () => {
		expect(outletOf(seed(), 'es')).toEqual({ text: 'The National News Desk (TNND)', lang: 'en' });
		expect(outletOf(seed({ outlet: 'Medio desconocido (traducción automática)' }), 'es')).toEqual({
			text: 'Medio desconocido (traducción automática)',
			lang: undefined,
		});
		expect(outletOf(seed(), 'en')).toEqual({ text: 'The National News Desk (TNND)', lang: undefined });
	});
});

describe('what a citation shows on a Spanish page', () => {
	it('marks the title and an English outlet of a source, and names its kind and date in Spanish', () => {
		const view = referenceView(seed(), SPAN, '/', 'es');
		expect(view).toMatchObject({ titleLang: 'en', outletLang: 'en', kind: 'Noticia', date: 'hacia el 5–9 de mayo de 2025 (estimada)' });
		expect(view.href.startsWith('/es/sources/tnnd/#p-2')).toBe(true);
		expect(referenceView(seed({ outlet: 'Voz (edición en inglés)' }), SPAN, '/', 'es').outletLang).toBeUndefined();
	});

	it('marks the title and publisher of an outside document', () => {
		expect(referenceView(reference(), { paragraph: 1, start: 0, end: 3, text: 'not' }, '/', 'es')).toMatchObject({
			titleLang: 'en',
			outletLang: 'en',
			kind: 'Referencia externa',
		});
	});

	it('marks nothing on an English page', () => {
		expect(referenceView(seed(), SPAN, '/', 'en')).toMatchObject({ titleLang: undefined, outletLang: undefined });
	});

	it('previews the passage and an English outlet as English, the date in Spanish', () => {
		const html = toHtml(citeMarker({ n: 1, id: 'cite-1-1' }, referenceView(seed(), SPAN, '/', 'es'), 'es'));
		expect(html).toContain('aria-label="Referencia 1"');
		expect(html).toContain('<span class="cite-tip-passage" lang="en">“DHS said”</span>');
		expect(html).toContain(
			'<span class="cite-tip-source"><span lang="en">The National News Desk (TNND)</span>, hacia el 5–9 de mayo de 2025 (estimada)</span>',
		);
	});
});

describe('the labels of pages citing a source', () => {
	it('mark the English name inside a Spanish label', () => {
		expect(labelParts('Notas sobre “Local authorities”', 'Local authorities', 'en')).toEqual(['Notas sobre “', { text: 'Local authorities', lang: 'en' }, '”']);
		expect(labelParts('History', 'History', undefined)).toBeUndefined();
	});

	it('put the lang on the link when the whole label is in English, on a span around the name otherwise', () => {
		const whole = { href: '/es/x/', label: 'Operations', parts: labelParts('Operations', 'Operations', 'en')! };
		expect(toHtml(citingLink(whole))).toBe('<a href="/es/x/" lang="en">Operations</a>');
		const part = { href: '/es/y/', label: 'Cifras: three-quarters', parts: labelParts('Cifras: three-quarters', 'three-quarters', 'en')! };
		expect(toHtml(citingLink(part))).toBe('<a href="/es/y/">Cifras: <span lang="en">three-quarters</span></a>');
		expect(toHtml(citingLink({ href: '/es/z/', label: 'Historia' }))).toBe('<a href="/es/z/">Historia</a>');
	});
});

describe('the list of outside documents on a Spanish page', () => {
	it('dates them in Spanish', () => {
		expect(outsideDocuments([reference()], () => [], 'es')[0]!.date).toBe('hacia junio de 2021 (estimada)');
	});
});

describe('the text of a source on a Spanish page', () => {
	const note: PlacedNote = { id: 'note-1', kind: 'overstated', paragraph: 2, start: 0, end: 8, children: [{ type: 'text', value: 'Eran menos.' }] };
	const cited = [{ paragraph: 2, start: 9, end: 13, pages: [{ href: '/es/history/', label: 'Historia' }] }];
	const tree: Root = sourceTextTree(seed().seed, { notes: [note], cited, locale: 'es' });

	it('marks every paragraph as English and keeps its text', () => {
		const paragraphs = selectAll('.para', tree);
		expect(paragraphs.map((p) => p.properties['lang'])).toEqual(paragraphs.map(() => 'en'));
		expect(toString(select('#p-2', tree)!)).toBe('DHS said last week that it had secured 600 agreements.');
	});

	it('labels numbers, notes, boilerplate and "cited in" in Spanish', () => {
		expect(select('.pnum', tree)!.properties['ariaLabel']).toBe('Párrafo 1');
		const aside = select('aside.note', tree)!;
		expect(aside.properties['ariaLabel']).toBe('Exagerado: nota 1, sobre el párrafo 2');
		expect(toString(select('.note-label', aside)!)).toBe('Exagerado (nota de contexto)');
		expect(select('.note-body', aside)!.properties['lang']).toBeUndefined();
		expect(toString(select('.boilerplate-label', tree)!)).toBe('Probablemente un elemento de la página: invitación a seguir un enlace');
		expect(toString(select('.cited-in > p', tree)!)).toBe('Citado en');
	});

	it('marks the notes as English while they are not translated', () => {
		const english = sourceTextTree(seed().seed, { notes: [note], locale: 'es', notesLang: 'en' });
		expect(select('.note-body', english)!.properties['lang']).toBe('en');
	});

	it('leaves an English page unmarked', () => {
		const english = sourceTextTree(seed().seed, { notes: [note], cited });
		expect(selectAll('[lang]', english)).toEqual([]);
		expect(toString(select('.note-label', english)!)).toBe('Overstated (context note)');
	});
});

describe('the labels of the sources pages', () => {
	it('name every kind of source and every confidence in Spanish', () => {
		const es = messages('es');
		for (const kind of Object.keys(SOURCE_KINDS)) expect(es.citations.sourceKinds[kind], kind).toMatch(/\S/);
		expect(CONFIDENCE.map((c) => es.sources.confidence[c])).toEqual(['certeza alta', 'certeza media', 'certeza baja']);
		expect(messages('en').sources.confidence.medium).toBe('medium confidence');
		expect(es.sources.outlet).toBe('Medio');
	});

	it('keep the English kinds of source equal to SOURCE_KINDS', () => {
		expect(messages('en').citations.sourceKinds).toEqual(SOURCE_KINDS);
	});
});
