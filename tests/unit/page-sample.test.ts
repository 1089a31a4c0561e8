import { describe, expect, it } from 'vitest';
import { largestByTemplate, pagesByTemplate, pageVocabulary, templateOf, type PageFacts } from '../support/page-sample.ts';

const page = (path: string, bytes: number, vocabulary: string[]): PageFacts => ({ path, bytes, vocabulary });

describe('the sample of pages for the browser checks', () => {
	it('names the language and template of a path', () => {
		expect(templateOf('')).toEqual({ locale: 'en', template: 'home' });
		expect(templateOf('es/agreements/texas/')).toEqual({ locale: 'es', template: 'agreements/*' });
		expect(templateOf('timeline/kind/law/')).toEqual({ locale: 'en', template: 'timeline/*/*' });
		expect(templateOf('models/task-force/')).toEqual({ locale: 'en', template: 'explainer' });
		expect(templateOf('search/?q=x')).toEqual({ locale: 'en', template: 'search' });
	});

	it('reads the element and class names of a page', () => {
		expect(pageVocabulary('<main class="a  b"><p class="a">x</p><x-y></x-y></main>')).toEqual(['.a', '.b', 'main', 'p', 'x-y']);
	});

	it('covers the markup of each template with the smallest pages that show it', () => {
		const pages = [
			page('agreements/texas/', 500_000, ['main', 'ul', '.agency', '.county']),
			page('agreements/guam/', 20_000, ['main', 'ul', '.agency']),
			page('agreements/nevada/', 30_000, ['main', '.county']),
			page('agreements/ohio/', 25_000, ['main', 'ul']),
			page('es/agreements/texas/', 510_000, ['main', '.agency']),
		];
		// Guam and Nevada show all that Texas shows, for a tenth of its size; Ohio adds nothing.
		// The Spanish edition is its own group, with its one page.
		expect(pagesByTemplate(pages)).toEqual(['agreements/guam/', 'agreements/nevada/', 'es/agreements/texas/']);
	});

	it('takes a page that adds a class no other page of its template has, however large', () => {
		const pages = [page('sources/a/', 10_000, ['main']), page('sources/b/', 90_000, ['main', '.table'])];
		expect(pagesByTemplate(pages)).toEqual(['sources/a/', 'sources/b/']);
	});

	it('keeps templates apart: one page per template even when the markup is the same', () => {
		const pages = [page('', 10_000, ['main']), page('glossary/', 10_000, ['main']), page('history/', 10_000, ['main'])];
		expect(pagesByTemplate(pages)).toEqual(['', 'glossary/', 'history/']);
	});

	it('finds the largest page of each template, for reflow', () => {
		const pages = [page('agreements/guam/', 20_000, ['main']), page('agreements/texas/', 500_000, ['main']), page('glossary/', 10_000, ['main'])];
		expect(largestByTemplate(pages)).toEqual(['agreements/texas/', 'glossary/']);
	});
});
