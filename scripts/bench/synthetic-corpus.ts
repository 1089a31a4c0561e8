import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSeed } from '../../src/corpus/decode.ts';
import { normaliseText } from '../../src/corpus/normalise.ts';
import { matchQuote } from '../../src/corpus/quote-match.ts';
import { parseSeed } from '../../src/corpus/source.ts';

/** Files to add to a copy of the project: synthetic seeds and the articles that annotate some. */
export type Files = Map<string, string | Uint8Array>;

/** One in this many synthetic seeds gets an article with citations and a context note. */
const ANNOTATED_EVERY = 4;
const QUOTE_WORDS = 8;

/** Up to `count` passages of a seed that quote matching finds exactly once. */
function uniqueQuotes(file: string, text: string, count: number): string[] {
	const parsed = parseSeed(file, new TextEncoder().encode(text));
	if (!parsed.ok) return [];
	const quotes: string[] = [];
	for (const p of parsed.source.paragraphs) {
		if (p.role === 'title' || quotes.length === count) continue;
		const quote = p.text.split(/\s+/).slice(0, QUOTE_WORDS).join(' ');
		// A JSX attribute cannot hold its own delimiter, and a short quote says little.
		if (quote.includes('"') || quote.length < 30) continue;
		if (matchQuote(parsed.source.paragraphs, quote).status === 'found') quotes.push(quote);
	}
	return quotes;
}

function article(seedFile: string, quotes: readonly string[], i: number): string {
	const [first, second, third] = quotes;
	return [
		'---',
		`seed: ${seedFile}`,
		`outlet: Synthetic Outlet ${i % 37}`,
		'kind: news-report',
		'published:',
		`  date: 20${10 + (i % 16)}-0${1 + (i % 9)}`,
		'  confidence: low',
		'  reasoning: A synthetic article made by the benchmark.',
		'models: [jem]',
		'---',
		'',
		'## Summary',
		'',
		`A synthetic summary of copy ${i}, citing its own text twice. <Cite quote="${first}" /> <Cite quote="${second}" />`,
		'',
		`<Note quote="${third}" kind="context">`,
		`A context note on copy ${i}, with a citation. <Cite quote="${first}" />`,
		'</Note>',
		'',
	].join('\n');
}

/**
 * A corpus of `n` source articles made from the real seeds: the real ones, then copies of them
 * whose headline is numbered (so that every text, digest and address differs), one in four
 * annotated by an article with two citations and a context note, as contributors write them.
 */
export function syntheticCorpus(root: string, n: number): Files {
	const real = readdirSync(join(root, 'seeds'))
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((file) => {
			const decoded = decodeSeed(readFileSync(join(root, 'seeds', file)));
			if (!decoded.ok) throw new Error(`seeds/${file}: ${decoded.problem}`);
			return normaliseText(decoded.text).split('\n');
		});
	const files: Files = new Map();
	for (let i = real.length; i < n; i++) {
		const lines = [...real[i % real.length]!];
		const first = lines.findIndex((l) => l.trim() !== '');
		const headline = lines[first]!.trim();
		// A repeated headline is repeated in the copy too, as the seed prints it.
		lines.forEach((l, k) => {
			if (l.trim() === headline) lines[k] = `Copy ${i}: ${headline}`;
		});
		const file = `synthetic-${String(i).padStart(5, '0')}.txt`;
		const text = lines.join('\n');
		files.set(`seeds/${file}`, text);
		if (i % ANNOTATED_EVERY !== 0) continue;
		const quotes = uniqueQuotes(file, text, 3);
		if (quotes.length === 3) files.set(`content/articles/synthetic-${i}.mdx`, article(file, quotes, i));
	}
	return files;
}
