import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { englishRuns, englishWords, ENGLISH_WORDS } from '../support/english-text.ts';

const runs = (html: string) => englishRuns(fromHtml(html, { fragment: true }));

describe('englishWords', () => {
	it.each([
		'El programa 287(g) permite que la policía local colabore con ICE.',
		'No son datos de ICE: a veces la cifra cuenta acuerdos y no agencias.',
		'Se ha firmado un memorando de acuerdo; me lo dijo él, y he visto que has leído la página.',
		'Las fuentes citadas, por año: 1,843 agencias (DHS, 17 de septiembre de 2025).',
		'Modelo de Grupo de Trabajo, Modelo de Control en Cárceles y Modelo de Agentes de Órdenes de Arresto.',
		'Descargar participatingAgencies-20250221.xlsx o ver https://www.ice.gov/identify-and-arrest/287g',
	])('finds no English in a Spanish sentence: %s', (text) => {
		expect(englishWords(text)).toEqual([]);
	});

	it.each([
		['The program lets local police work with ICE.', ['the', 'with']],
		['Sources cited on this page', ['sources', 'cited', 'on', 'this', 'page']],
		['Not yet translated', ['not', 'yet']],
		['Paragraph 3', ['paragraph']],
		['about May 5–9, 2025 (estimated)', ['about', 'estimated']],
		['Department of Homeland Security', ['of']],
	])('finds the English words of %s', (text, words) => {
		expect(englishWords(text)).toEqual(words);
	});

	it('matches whole words only, whatever their case', () => {
		expect(englishWords('Theodore Andes oftalmólogo Isla Tonto Forma')).toEqual([]);
		expect(englishWords('The AND')).toEqual(['the']);
		expect(englishWords('tHe And')).toEqual(['the', 'and']);
	});

	it('takes words in capitals for abbreviations, and letters among digits for no word', () => {
		expect(englishWords('Indiana (IN): 34 acuerdos; Oregón (OR): ningún acuerdo')).toEqual([]);
		expect(englishWords('SHA-256: be8d7a8dba63d7c45417b6f2eb7f2bb2ef60f575')).toEqual([]);
	});

	it('lets the proper names of PROPER_NAMES and counties through, in their exact form only', () => {
		expect(englishWords('Según The Center Square, el Center for Immigration Studies dijo')).toEqual([]);
		expect(englishWords('Page County: 1 acuerdo; Van Buren County: 2 acuerdos')).toEqual([]);
		expect(englishWords('the Center Square says')).toEqual(['the']);
		expect(englishWords('Center for the Study')).toEqual(['for', 'the']);
	});

	it('lists no word that is also common Spanish', () => {
		const spanish = ['a', 'de', 'no', 'son', 'me', 'he', 'has', 'se', 'la', 'le', 'un', 'con', 'en', 'es', 'so', 'can', 'as', 'do', 'via', 'per', 'menu'];
		expect(spanish.filter((w) => ENGLISH_WORDS.has(w))).toEqual([]);
	});
});

describe('englishRuns', () => {
	it('passes a Spanish page', () => {
		const html = `<html lang="es"><head><title>Historia del programa | 287(g) Explicado</title>
			<meta name="description" content="Cómo nació el programa y cómo cambió."></head>
			<body><nav aria-label="Idioma"><a href="/history/" hreflang="en" lang="en">English</a></nav>
			<p>La ley de 1996 creó el programa.<sup><a aria-label="Referencia 1" href="#ref-1">[1]</a></sup></p>
			<img src="x.svg" alt="Mapa de los acuerdos por estado"><input placeholder="Buscar en el sitio"></body></html>`;
		expect(englishRuns(fromHtml(html))).toEqual([]);
	});

	it('passes English inside an element marked lang="en", its attributes included', () => {
		expect(runs('<p>Según el DHS, <q lang="en" title="Quoted from the source">the worst of the worst</q>.</p>')).toEqual([]);
		expect(runs('<blockquote lang="en-US"><p>The Illegal Immigration Reform Act of 1996</p></blockquote>')).toEqual([]);
		expect(runs('<p>Fuente: <a href="/x/" lang="en">ICE brings 1,000 police departments on to deport</a>, párrafo 9</p>')).toEqual([]);
	});

	it('reports English text outside lang="en", as one run per block, with where it is', () => {
		expect(runs('<main><p class="note">The <a href="/x/">page</a> is not yet translated.</p><p>Texto en español.</p></main>')).toEqual([
			{ text: 'The page is not yet translated.', words: ['the', 'page', 'is', 'not', 'yet'], where: 'text in <p class="note">' },
		]);
	});

	it('cuts a run where an English element begins, and checks what follows it', () => {
		expect(runs('<p>Dijo <q lang="en">the worst</q> and left.</p>')).toEqual([{ text: 'and left.', words: ['and'], where: 'text in <p>' }]);
	});

	it('reads a hidden element (a preview shown on hover) apart from the text around it', () => {
		expect(runs('<p>La ley.<sup><span class="tip" hidden>Read the Washington Post, 2025</span></sup> Luego.</p>')).toEqual([
			{ text: 'Read the Washington Post, 2025', words: ['read', 'the'], where: 'text in <span class="tip">' },
		]);
	});

	it('checks again inside an element marked with another language within English', () => {
		expect(runs('<div lang="en"><p>The original.</p><p lang="es">Read the translation.</p></div>')).toEqual([
			{ text: 'Read the translation.', words: ['read', 'the'], where: 'text in <p>' },
		]);
	});

	it('reports English in aria-label, title, alt, placeholder and the meta description', () => {
		const html = `<html lang="es"><head><meta name="description" content="The history of the program">
			<meta property="og:title" content="History of 287(g)"></head>
			<body><nav aria-label="Table of contents"></nav><abbr title="Memorandum of the Agreement">MOA</abbr>
			<img alt="Map of the agreements"><input placeholder="Search the site"></body></html>`;
		expect(englishRuns(fromHtml(html)).map((r) => r.where)).toEqual([
			'<meta name="description"> content',
			'<nav> aria-label',
			'<abbr> title',
			'<img> alt',
			'<input> placeholder',
		]);
	});

	it('skips scripts, styles, templates and code', () => {
		expect(runs('<script>const the = "and of with"</script><style>/* the page */</style><template><p>The page</p></template>')).toEqual([]);
		expect(runs('<p>Ejecute <kbd>npm run new</kbd>, que escribe <code>content/references/&lt;id&gt;.yaml</code>.</p>')).toEqual([]);
		expect(runs('<pre><code>created content/articles/x.mdx (from seeds/005.txt)</code></pre><samp>Wrote the file</samp>')).toEqual([]);
	});
});
