/**
 * The one text normalisation of the project, used to display seed text and to match quotes.
 *
 * Two levels, both documented on the methodology page:
 * - `normaliseText` is what every seed goes through before it is shown: the byte order mark is
 *   dropped, line endings become `\n`, and Unicode is composed (NFC), so that "í" typed one way
 *   equals "í" typed the other. Nothing else changes.
 * - `foldForMatch` is what quote matching compares: on top of that, only the differences a reader
 *   would not call a change are folded: runs of whitespace (including no-break and zero-width
 *   spaces), curly vs straight quotes and apostrophes, and dash variants. Words, digits, other
 *   punctuation (guillemets included) and case are compared exactly.
 */

/** Display normalisation: BOM dropped, CRLF and CR to LF, NFC. */
export function normaliseText(text: string): string {
	return text
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.normalize('NFC');
}

/**
 * The characters that count as the same apostrophe, quotation mark or dash, the straight one
 * first. Exported so that every matcher of the project (quotes, glossary terms) folds alike.
 */
export const SINGLE_QUOTE_VARIANTS = "'\u2018\u2019\u201A\u201B\u2032\u00B4`";
export const DOUBLE_QUOTE_VARIANTS = '"\u201C\u201D\u201E\u201F\u2033';
export const DASH_VARIANTS = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D';

const SINGLE_QUOTES = new Set(SINGLE_QUOTE_VARIANTS);
const DOUBLE_QUOTES = new Set(DOUBLE_QUOTE_VARIANTS);
const DASHES = new Set(DASH_VARIANTS);
const ZERO_WIDTH = new Set(['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD']);
const SPACE = /\s/u;

/** Folds one character for matching; `''` drops it, `' '` marks whitespace. */
function foldChar(ch: string): string {
	if (ZERO_WIDTH.has(ch)) return '';
	if (SPACE.test(ch)) return ' ';
	if (SINGLE_QUOTES.has(ch)) return "'";
	if (DOUBLE_QUOTES.has(ch)) return '"';
	if (DASHES.has(ch)) return '-';
	return ch;
}

export interface Folded {
	/** The folded text: single spaces, straight quotes, hyphens, no leading or trailing space. */
	readonly key: string;
	/** For each index of `key`, the index of the character it came from in the input. */
	readonly map: readonly number[];
}

/** Folds text for matching and keeps the way back to the original offsets. */
export function foldForMatch(text: string): Folded {
	const input = text.normalize('NFC');
	let key = '';
	const map: number[] = [];
	let index = 0;
	for (const ch of input) {
		const folded = foldChar(ch);
		if (folded === ' ') {
			if (key.length > 0 && !key.endsWith(' ')) {
				key += ' ';
				map.push(index);
			}
		} else if (folded !== '') {
			key += folded;
			for (let i = 0; i < folded.length; i++) map.push(index);
		}
		index += ch.length;
	}
	if (key.endsWith(' ')) {
		key = key.slice(0, -1);
		map.pop();
	}
	return { key, map };
}

/** The folded form alone, for comparing two texts. */
export function matchKey(text: string): string {
	return foldForMatch(text).key;
}
