import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug.ts';
import { sourcePath, textFragment, withBase } from '../../src/lib/urls.ts';

describe('slugify', () => {
	it('makes a short readable ASCII slug', () => {
		expect(slugify('ICE brings 1,000 police departments on to deport illegal immigrants')).toBe('ice-brings-1000-police-departments-on-to-deport');
	});

	it('writes a statute subsection as one word: 287(g) → 287g', () => {
		expect(slugify("Sheriff's Office Signs ICE 287(g) Agreement")).toBe('sheriffs-office-signs-ice-287g-agreement');
		expect(slugify('Under 8 U.S.C. 1357(g)(1)')).toBe('under-8-u-s-c-1357g-1');
	});

	it('drops accents, guillemets and apostrophes', () => {
		expect(slugify('«Operation Safe city» — Núñez’s report', 4)).toBe('operation-safe-city-nunezs');
	});
});

describe('urls', () => {
	it('joins paths to the base path', () => {
		expect(withBase('/sources/x/', '/')).toBe('/sources/x/');
		expect(withBase('/sources/x/', '/287g/')).toBe('/287g/sources/x/');
		expect(withBase('/sources/x/', '/287g')).toBe('/287g/sources/x/');
	});

	it('links to a paragraph of a source', () => {
		expect(sourcePath('tnnd', 3)).toBe('/sources/tnnd/#p-3');
	});

	it('encodes commas and dashes in text fragments', () => {
		expect(textFragment('1,120 arrests — in Florida')).toBe(':~:text=1%2C120%20arrests%20%E2%80%94%20in%20Florida');
	});

	it('uses start and end words for long passages', () => {
		expect(textFragment('a b c d e f g h i j k l', 2)).toBe(':~:text=a%20b,k%20l');
	});
});
