import { foldForMatch, matchKey, type Folded } from './normalise.ts';

/** A paragraph of a source as matching sees it: its number (1-based) and its display text. */
export interface MatchParagraph {
	readonly n: number;
	readonly text: string;
}

/** Where a quote sits: paragraph number and the offsets of the passage in its display text. */
export interface Span {
	readonly paragraph: number;
	readonly start: number;
	readonly end: number;
	/** The passage exactly as the source prints it. */
	readonly text: string;
}

export type MatchResult =
	| ({ readonly status: 'found' } & Span)
	| { readonly status: 'ambiguous'; readonly places: readonly Span[] }
	| { readonly status: 'spans-paragraphs'; readonly paragraphs: readonly number[] }
	| { readonly status: 'not-found'; readonly nearest: Span | undefined };

const WORD = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
	return ch !== undefined && WORD.test(ch);
}

/** True when `digit` continues a number at `at` in `key`, e.g. "001" right after "1," in "1,001". */
function insideNumber(key: string, at: number, digit: string | undefined): boolean {
	return digit !== undefined && /\d/.test(digit) && /^(\d[,.]|[,.]\d)$/.test(key.slice(Math.max(at, 0), at + 2));
}

/** All places where `needle` occurs in `key` starting and ending on word boundaries. */
function occurrences(key: string, needle: string): number[] {
	const found: number[] = [];
	const startsWord = isWordChar(needle[0]);
	const endsWord = isWordChar(needle[needle.length - 1]);
	for (let at = key.indexOf(needle); at !== -1; at = key.indexOf(needle, at + 1)) {
		const end = at + needle.length;
		if (startsWord && (isWordChar(key[at - 1]) || insideNumber(key, at - 2, needle[0]))) continue;
		if (endsWord && (isWordChar(key[end]) || insideNumber(key, end, needle[needle.length - 1]))) continue;
		found.push(at);
	}
	return found;
}

function spanOf(p: MatchParagraph, map: readonly number[], from: number, to: number): Span {
	const start = map[from] ?? 0;
	const lastChar = map[to - 1] ?? start;
	// The last folded character may stand for a surrogate pair: end after the whole code point.
	const end = lastChar + (p.text.codePointAt(lastChar)! > 0xffff ? 2 : 1);
	return { paragraph: p.n, start, end, text: p.text.slice(start, end) };
}

// A source is cited many times (and checked, then compiled): fold each paragraph once.
const folded = new WeakMap<MatchParagraph, Folded>();

function foldedParagraph(p: MatchParagraph): Folded {
	let f = folded.get(p);
	if (!f) {
		f = foldForMatch(p.text);
		folded.set(p, f);
	}
	return f;
}

/**
 * Finds a quote in a source, the only quote matcher of the project.
 *
 * In:  paragraphs of a source, and `"1,001 nonfederal police agencies"`
 * Out: `{ status: 'found', paragraph: 3, start: 46, end: 78, text: '1,001 nonfederal police agencies' }`
 *
 * A quote must sit inside one paragraph and occur once; otherwise the result says why, with
 * the places it occurs or the nearest passage, so that the contributor can fix it.
 */
export function matchQuote(paragraphs: readonly MatchParagraph[], quote: string): MatchResult {
	const needle = matchKey(quote);
	const places: Span[] = [];
	for (const p of paragraphs) {
		const { key, map } = foldedParagraph(p);
		for (const at of occurrences(key, needle)) places.push(spanOf(p, map, at, at + needle.length));
	}
	const [first] = places;
	if (first && places.length === 1) return { status: 'found', ...first };
	if (places.length > 1) return { status: 'ambiguous', places };
	const across = acrossParagraphs(paragraphs, needle);
	if (across) return { status: 'spans-paragraphs', paragraphs: across };
	return { status: 'not-found', nearest: nearestPassage(paragraphs, needle) };
}

/** The paragraphs a quote runs across, when it only matches with paragraph breaks ignored. */
function acrossParagraphs(paragraphs: readonly MatchParagraph[], needle: string): number[] | undefined {
	let joined = '';
	const owners: number[] = [];
	for (const p of paragraphs) {
		const { key } = foldedParagraph(p);
		if (joined) {
			joined += ' ';
			owners.push(p.n);
		}
		joined += key;
		for (let i = 0; i < key.length; i++) owners.push(p.n);
	}
	const [at] = occurrences(joined, needle);
	if (at === undefined) return undefined;
	return [...new Set(owners.slice(at, at + needle.length))];
}

interface Word {
	readonly lower: string;
	readonly start: number;
	readonly end: number;
}

/** Quotation marks and clause punctuation around a word: the source's, not part of a passage. */
const EDGE = /^["'“”‘’«»,;:]+|["'“”‘’«»,;:]+$/gu;

function wordsOf(key: string): Word[] {
	return [...key.matchAll(/\S+/g)].map((m) => {
		// A passage shown to the contributor starts and ends with words: `“serve warrants,”` is
		// shown as `serve warrants`.
		const lead = m[0].length - m[0].replace(/^["'“”‘’«»,;:]+/u, '').length;
		const core = m[0].replace(EDGE, '');
		const trail = core === '' ? 0 : m[0].length - lead - core.length;
		return {
			// Compared without case or surrounding punctuation, so "administration." finds "administration".
			lower: m[0].toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
			start: core === '' ? m.index : m.index + lead,
			end: m.index + m[0].length - trail,
		};
	});
}

/** Shared words over the longer of the two bags: 1 when they hold the same words. */
function overlap(a: readonly string[], b: readonly string[]): number {
	const counts = new Map<string, number>();
	for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
	let common = 0;
	for (const w of b) {
		const c = counts.get(w) ?? 0;
		if (c > 0) {
			common++;
			counts.set(w, c - 1);
		}
	}
	return common / Math.max(a.length, b.length);
}

/** The run of words in the source most like the quote, to show next to a failed citation. */
export function nearestPassage(paragraphs: readonly MatchParagraph[], quote: string): Span | undefined {
	const target = wordsOf(matchKey(quote)).map((w) => w.lower);
	if (target.length === 0) return undefined;
	let best: { score: number; span: Span } | undefined;
	for (const p of paragraphs) {
		const { key, map } = foldedParagraph(p);
		const words = wordsOf(key);
		// Windows a few words shorter or longer than the quote, so a dropped or added word still
		// finds the passage as printed.
		for (let size = Math.max(1, target.length - 3); size <= Math.min(words.length, target.length + 3); size++) {
			for (let i = 0; i + size <= words.length; i++) {
				const window = words.slice(i, i + size);
				const lower = window.map((w) => w.lower);
				// Ties go to the window whose words stand in the same places as the quote's, then to
				// the window closest in length to the quote.
				const q = target.length;
				const aligned = lower.filter((w, k) => w === target[k]).length;
				const score = overlap(target, lower) + aligned / (100 * q) - Math.abs(size - q) / (1000 * q);
				if (!best || score > best.score) {
					best = { score, span: spanOf(p, map, window[0]!.start, window[size - 1]!.end) };
				}
			}
		}
	}
	return best && best.score > 0 ? best.span : undefined;
}
