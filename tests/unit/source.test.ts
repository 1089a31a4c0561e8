import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstSentence, parseSeed } from '../../src/corpus/source.ts';

const parse = (text: string | Uint8Array) => {
	const result = parseSeed('x.txt', typeof text === 'string' ? new TextEncoder().encode(text) : text);
	if (!result.ok) throw new Error(result.problem);
	return result.source;
};

describe('parseSeed: title and paragraphs', () => {
	it('takes the first non-empty line as the title and paragraph 1', () => {
		const s = parse('\n\nHeadline here\nFirst paragraph.\n\nSecond paragraph.\n');
		expect(s.title).toBe('Headline here');
		expect(s.titleInText).toBe(true);
		expect(s.paragraphs.map((p) => [p.n, p.role, p.text, p.line])).toEqual([
			[1, 'title', 'Headline here', 3],
			[2, 'body', 'First paragraph.', 4],
			[3, 'body', 'Second paragraph.', 6],
		]);
	});

	it('recognises a title repeated on the next line and keeps it once', () => {
		const s = parse('Same title\n\nSame  title\n\nBody.');
		expect(s.titleRepeated).toBe(true);
		expect(s.paragraphs.map((p) => p.text)).toEqual(['Same title', 'Body.']);
	});

	it('does not take a long first line for a title: the first sentence names the page instead', () => {
		const long = `(TNND) — Federal and local authorities have been teaming up. ${'More text. '.repeat(30)}`;
		const s = parse(`${long}\nCONTINUE READING`);
		expect(s.titleInText).toBe(false);
		expect(s.title).toBe('(TNND) — Federal and local authorities have been teaming up.');
		expect(s.paragraphs[0]).toMatchObject({ n: 1, role: 'body' });
	});

	it('handles a byte order mark with CRLF line endings', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Title\r\nOne.\r\n\r\nTwo.\r\n')]);
		const s = parse(bytes);
		expect(s.encoding).toBe('utf-8-bom');
		expect(s.paragraphs.map((p) => p.text)).toEqual(['Title', 'One.', 'Two.']);
	});

	it('keeps markup-like text as text', () => {
		const s = parse('Title\n<script>alert(1)</script>\n{props.x}\nimport x from "y"\n---\n');
		expect(s.paragraphs.map((p) => p.text)).toEqual(['Title', '<script>alert(1)</script>', '{props.x}', 'import x from "y"', '---']);
	});

	it('computes the SHA-256 of the bytes as received', () => {
		expect(parse('Title\nBody').digest).toMatch(/^[0-9a-f]{64}$/);
		expect(parse('Title\nBody').digest).not.toBe(parse('Title\nBody.').digest);
	});

	it('says why an unreadable seed cannot be used', () => {
		expect(parseSeed('empty.txt', new Uint8Array())).toEqual({
			ok: false,
			problem: "the file is empty. Replace it with the article's text saved as UTF-8, or remove it.",
		});
	});
});

describe('parseSeed on the real seeds', () => {
	const seed = (file: string) => parse(readFileSync(`seeds/${file}`));

	it('finds the repeated headline of the Safe City translation', () => {
		const s = seed('004_1d7eb5bae91b08c2.txt');
		expect(s.titleRepeated).toBe(true);
		expect(s.paragraphs[1]?.text).toMatch(/^The US immigration service \(ICE\)/);
	});

	it('marks the West Virginia photo credit and related-article teasers without removing them', () => {
		const s = seed('000_cbbf45f068b15e6a.txt');
		const marked = s.paragraphs.filter((p) => p.boilerplate).map((p) => [p.text, p.boilerplate]);
		expect(marked).toEqual([
			['Kristi Noem in Arizona/ Olivier Touron', 'photo-credit'],
			['Society', 'related-teaser'],
			["Indiana: Illegal immigrant with Pennsylvania driver's license causes fatal crash", 'related-teaser'],
			['Joaquín Núñez', 'related-teaser'],
			['Society', 'related-teaser'],
			['DHS: More than 4,000 illegal immigrant arrests in Minnesota since Operation Metro Surge began', 'related-teaser'],
			['Williams Perdomo', 'related-teaser'],
		]);
		expect(s.paragraphs).toHaveLength(16);
	});

	it('marks the TNND "CONTINUE READING" line', () => {
		expect(seed('001_ae11c8492ff54da2.txt').paragraphs.map((p) => p.boilerplate)).toEqual([undefined, 'read-more']);
	});

	it('marks the capitalised teaser and the outlet disclaimer in the repost', () => {
		const marked = seed('002_abd5f4ddc53356fc.txt').paragraphs.filter((p) => p.boilerplate);
		expect(marked.map((p) => p.boilerplate)).toEqual(['related-teaser', 'disclaimer']);
	});

	it('marks the share prompt and the embedded post in the translation', () => {
		const marked = seed('004_1d7eb5bae91b08c2.txt').paragraphs.filter((p) => p.boilerplate);
		expect(marked.map((p) => [p.n, p.boilerplate])).toEqual([
			[5, 'share-prompt'],
			[6, 'embedded-post'],
		]);
	});
});

describe('firstSentence', () => {
	it('cuts at a word and adds an ellipsis when the sentence is too long', () => {
		expect(firstSentence('one two three four five six', 12)).toBe('one two…');
	});
});
