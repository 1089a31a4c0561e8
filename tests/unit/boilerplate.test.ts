import { describe, expect, it } from 'vitest';
import { classifyLine, detectBoilerplate } from '../../src/corpus/boilerplate.ts';

describe('classifyLine', () => {
	it.each([
		['CONTINUE READING', 'read-more'],
		['Read more: the full story', 'read-more'],
		['Operation Safe City spanned from LA to New York Share if u support', 'share-prompt'],
		['Photo: Getty Images', 'photo-credit'],
		['Kristi Noem in Arizona/ Olivier Touron', 'photo-credit'],
		['" Conservative News Daily does not always share or support the views and opinions expressed here', 'disclaimer'],
		['DHS DENIES ICE CUT TRAINING TO 47 DAYS', 'related-teaser'],
		['— EAGLE WINGS (@NIVIsa4031) September 29, 2017', 'embedded-post'],
	])('%s is %s', (line, kind) => {
		expect(classifyLine(line)).toBe(kind);
	});

	it.each([
		'The Department of Homeland Security (DHS) announced the arrest of 650 people.',
		'ICE says that the program lets them work with local police in three different ways.',
		'DHS', // an acronym alone is not a teaser
		'Under a federal program, officials say 24/7 patrols continue.',
	])('leaves ordinary text unmarked: %s', (line) => {
		expect(classifyLine(line)).toBeUndefined();
	});
});

describe('detectBoilerplate', () => {
	it('marks a section label, headline and byline as one teaser block', () => {
		expect(detectBoilerplate(['Body text.', 'Society', 'Something happened in Indiana', 'Jane Doe', 'More body.'])).toEqual([
			undefined,
			'related-teaser',
			'related-teaser',
			'related-teaser',
			undefined,
		]);
	});
});
