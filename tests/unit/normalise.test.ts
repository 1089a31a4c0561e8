import { describe, expect, it } from 'vitest';
import { foldForMatch, matchKey, normaliseText } from '../../src/corpus/normalise.ts';

describe('normaliseText', () => {
	it('drops the byte order mark and turns CRLF and CR into LF', () => {
		expect(normaliseText('\uFEFFa\r\nb\rc\n')).toBe('a\nb\nc\n');
	});

	it('composes accents so both spellings of "í" are equal', () => {
		expect(normaliseText('Joaqui\u0301n')).toBe('Joaquín');
	});

	it('changes nothing else: markup-like text stays as it is', () => {
		const text = '<script>alert(1)</script> {x} import x from "y"\n---';
		expect(normaliseText(text)).toBe(text);
	});
});

describe('matchKey', () => {
	it('collapses runs of whitespace, no-break and zero-width spaces included', () => {
		expect(matchKey('  287(g)\u00A0\u00A0program ,\n which\u200B ')).toBe('287(g) program , which');
	});

	it('folds curly quotes and apostrophes to straight ones', () => {
		expect(matchKey('“Trump’s ‘border czar’”')).toBe(`"Trump's 'border czar'"`);
	});

	it('folds dash variants to a hyphen', () => {
		expect(matchKey('a – b — c ‑ d − e')).toBe('a - b - c - d - e');
	});

	it('keeps guillemets, case, digits and other punctuation', () => {
		expect(matchKey('«Safe City» 1,001; DHS.')).toBe('«Safe City» 1,001; DHS.');
	});
});

describe('foldForMatch', () => {
	it('maps each folded character back to its place in the original', () => {
		const { key, map } = foldForMatch('a  “b”');
		expect(key).toBe('a "b"');
		expect(map).toEqual([0, 1, 3, 4, 5]);
	});
});
