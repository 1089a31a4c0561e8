import { describe, expect, it } from 'vitest';
import { duplicateSeedProblems } from '../../src/corpus/duplicate-seeds.ts';
import { parseSeed, type SeedSource } from '../../src/corpus/source.ts';

const seed = (file: string, text: string | Uint8Array): SeedSource => {
	const parsed = parseSeed(file, typeof text === 'string' ? new TextEncoder().encode(text) : text);
	if (!parsed.ok) throw new Error(parsed.problem);
	return parsed.source;
};

describe('duplicateSeedProblems', () => {
	it('reports the second of two seeds with the same text, naming both', () => {
		const problems = duplicateSeedProblems([seed('a.txt', 'Title\nBody.'), seed('b.txt', '\uFEFFTitle\r\n\r\n  Body.  \r\n')]);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.file).toBe('seeds/b.txt');
		expect(problems[0]!.message).toMatch(/^has the same text as seeds\/a\.txt /);
	});

	it('reports each further copy against the first', () => {
		const problems = duplicateSeedProblems([seed('a.txt', 'T\nB'), seed('b.txt', 'T\nB'), seed('c.txt', 'T\nB')]);
		expect(problems.map((p) => [p.file, p.message.slice(0, 35)])).toEqual([
			['seeds/b.txt', 'has the same text as seeds/a.txt (c'],
			['seeds/c.txt', 'has the same text as seeds/a.txt (c'],
		]);
	});

	it('accepts texts that differ in one character', () => {
		expect(duplicateSeedProblems([seed('a.txt', 'Title\nBody.'), seed('b.txt', 'Title\nBody!')])).toEqual([]);
	});
});
