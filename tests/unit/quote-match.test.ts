import { describe, expect, it } from 'vitest';
import { matchQuote, type MatchParagraph } from '../../src/corpus/quote-match.ts';

const paragraphs: MatchParagraph[] = [
	{ n: 1, text: 'ICE brings 1,000 police departments on to deport illegal immigrants' },
	{ n: 2, text: 'The DHS announced on Wednesday afternoon that 1,001 nonfederal police agencies across 40 states have entered into agreements.' },
	{ n: 3, text: '“ICE is not only supercharging our hiring,” ICE Deputy Director Madison Sheahan said in a statement.' },
	{ n: 4, text: 'The immigration service has arrested about 500 immigrants in the course of «operation Safe city»' },
	{ n: 5, text: 'Joaquín Núñez — reporter. The 287(g) program , which empowers local police.' },
	{ n: 6, text: 'The program grew. The program grew again in 2025.' },
];

describe('matchQuote', () => {
	it('finds an exact passage with its paragraph and offsets', () => {
		expect(matchQuote(paragraphs, '1,001 nonfederal police agencies')).toEqual({
			status: 'found',
			paragraph: 2,
			start: 46,
			end: 78,
			text: '1,001 nonfederal police agencies',
		});
	});

	it('treats straight quotes in the quote as the curly ones printed', () => {
		const result = matchQuote(paragraphs, '"ICE is not only supercharging our hiring," ICE Deputy Director');
		expect(result).toMatchObject({ status: 'found', paragraph: 3, text: '“ICE is not only supercharging our hiring,” ICE Deputy Director' });
	});

	it('treats a hyphen in the quote as the em dash printed, and extra spaces as one', () => {
		expect(matchQuote(paragraphs, 'Núñez  - reporter')).toMatchObject({ status: 'found', paragraph: 5, text: 'Núñez — reporter' });
	});

	it('matches accented names written with combining accents', () => {
		expect(matchQuote(paragraphs, 'Joaqui\u0301n Nu\u0301n\u0303ez')).toMatchObject({ status: 'found', text: 'Joaquín Núñez' });
	});

	it('keeps guillemets: they must be quoted as printed', () => {
		expect(matchQuote(paragraphs, 'course of «operation Safe city»')).toMatchObject({ status: 'found', paragraph: 4 });
		expect(matchQuote(paragraphs, 'course of "operation Safe city"')).toMatchObject({ status: 'not-found' });
	});

	it('keeps the odd spacing of the source when the quote has it too, and when it does not', () => {
		expect(matchQuote(paragraphs, 'The 287(g) program , which')).toMatchObject({ status: 'found' });
		expect(matchQuote(paragraphs, 'The 287(g) program, which')).toMatchObject({ status: 'not-found' });
	});

	it('never ignores digits: 1,001 is not 1,000 and 50 is not inside 500', () => {
		expect(matchQuote(paragraphs, '1,000 nonfederal police agencies')).toMatchObject({ status: 'not-found' });
		expect(matchQuote(paragraphs, '001 nonfederal police agencies')).toMatchObject({ status: 'not-found' });
		expect(matchQuote(paragraphs, 'about 50')).toMatchObject({ status: 'not-found' });
		expect(matchQuote(paragraphs, 'brings 1')).toMatchObject({ status: 'not-found' });
	});

	it('never ignores case', () => {
		expect(matchQuote(paragraphs, 'ice brings 1,000 police departments')).toMatchObject({ status: 'not-found' });
	});

	it('never ignores words', () => {
		expect(matchQuote(paragraphs, 'ICE brings 1,000 police departments to deport')).toMatchObject({ status: 'not-found' });
	});

	it('reports every place of a quote that occurs more than once', () => {
		const result = matchQuote(paragraphs, 'The program grew');
		expect(result).toEqual({
			status: 'ambiguous',
			places: [
				{ paragraph: 6, start: 0, end: 16, text: 'The program grew' },
				{ paragraph: 6, start: 18, end: 34, text: 'The program grew' },
			],
		});
	});

	it('refuses a quote that runs across a paragraph break, naming both paragraphs', () => {
		expect(matchQuote(paragraphs, 'deport illegal immigrants The DHS announced')).toEqual({
			status: 'spans-paragraphs',
			paragraphs: [1, 2],
		});
	});

	it('gives the nearest passage when a quote is not found', () => {
		const result = matchQuote(paragraphs, '1,001 nonfederal police departments');
		expect(result).toEqual({
			status: 'not-found',
			nearest: { paragraph: 2, start: 46, end: 78, text: '1,001 nonfederal police agencies' },
		});
	});

	it('shows the nearest passage itself, without the quotation marks and comma around it in the source', () => {
		const result = matchQuote(paragraphs, 'not only supercharging the hiring');
		expect(result).toEqual({
			status: 'not-found',
			nearest: { paragraph: 3, start: 8, end: 41, text: 'not only supercharging our hiring' },
		});
	});

	it('gives no nearest passage when no word is shared', () => {
		expect(matchQuote(paragraphs, 'zzz qqq')).toEqual({ status: 'not-found', nearest: undefined });
	});
});
