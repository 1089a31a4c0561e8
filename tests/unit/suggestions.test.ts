import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../src/corpus/sentences.ts';
import { dateSuggestions } from '../../src/corpus/suggest-dates.ts';
import { figureSuggestions } from '../../src/corpus/suggest-figures.ts';

describe('sentencesOf', () => {
	it('splits a paragraph into trimmed sentences with their offsets', () => {
		expect(sentencesOf('ICE said so. DHS agreed.')).toEqual([
			{ text: 'ICE said so.', start: 0 },
			{ text: 'DHS agreed.', start: 13 },
		]);
	});

	it('keeps a closing quotation mark with its sentence, and "U.S." before a lower-case word', () => {
		expect(sentencesOf('He said “stop now.” The U.S. government agreed.').map((s) => s.text)).toEqual(['He said “stop now.”', 'The U.S. government agreed.']);
	});
});

describe('dateSuggestions', () => {
	const one = (text: string) => dateSuggestions([{ n: 3, text }]);

	it.each([
		['The operation ran from April 21 to 26, 2025.', 'April 21 to 26, 2025', '2025-04-21/2025-04-26'],
		['On April 28, 2025, DHS said so.', 'April 28, 2025', '2025-04-28'],
		['In September 2017 ICE acted.', 'September 2017', '2017-09'],
		['The Act of 1996 set up the program.', 'of 1996', '1996'],
	])('reads "%s" as %s → %s', (text, phrase, spec) => {
		expect(one(text)).toMatchObject([{ paragraph: 3, phrase, spec, sentence: text }]);
	});

	it('lists a relative phrase without a date, since the publication date is unknown', () => {
		const [found] = one('In a news release released Monday, DHS said so.');
		expect(found).toMatchObject({ phrase: 'Monday', sentence: 'In a news release released Monday, DHS said so.' });
		expect(found).not.toHaveProperty('spec');
	});

	it.each([
		['Agencies now work with ICE; the sheriff signed today.', ['today']],
		['Last week, and yesterday, the board met; this year it votes again.', ['Last week', 'yesterday', 'this year']],
	])('never dates a phrase by the day the text is read: "%s"', (text, phrases) => {
		const found = one(text);
		expect(found.map((d) => d.phrase)).toEqual(phrases);
		for (const d of found) expect(d, d.phrase).not.toHaveProperty('spec');
	});

	it('gives the sentence the date sits in, not the whole paragraph', () => {
		expect(one('First sentence. In 2017, there were 35 agreements. Last one.')[0]?.sentence).toBe('In 2017, there were 35 agreements.');
	});

	it('does not take a count for a year', () => {
		expect(one('Police made 2017 arrests.')).toEqual([]);
	});
});

describe('figureSuggestions', () => {
	it('finds counts with their qualifier, value and sentence', () => {
		const text = 'DHS said nearly 800 people were held. Tidal Wave led to 1,120 arrests.';
		expect(figureSuggestions([{ n: 5, text }])).toEqual([
			{ paragraph: 5, phrase: 'nearly 800', value: 800, approximate: true, sentence: 'DHS said nearly 800 people were held.' },
			{ paragraph: 5, phrase: '1,120', value: 1120, approximate: false, sentence: 'Tidal Wave led to 1,120 arrests.' },
		]);
	});

	it('keeps percentages and decimals', () => {
		expect(figureSuggestions([{ n: 1, text: 'A rise of 641% and 14.5 million people.' }]).map((f) => [f.phrase, f.value])).toEqual([
			['641%', 641],
			['14.5', 14.5],
		]);
	});

	it('skips the 287 of "287(g)" and numbers inside date phrases', () => {
		const paragraphs = [{ n: 2, text: 'The 287(g) program had 135 agreements on April 28, 2025.' }];
		const figures = figureSuggestions(paragraphs, dateSuggestions(paragraphs));
		expect(figures.map((f) => f.phrase)).toEqual(['135']);
	});
});
