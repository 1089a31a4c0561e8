/**
 * Finds mentions of glossary terms in a text: the one matcher behind every glossary link, in
 * MDX pages and in the verbatim text of sources alike.
 *
 * How a spelling (the term, its acronym or an alias) matches, and why:
 * - Whole words only: no letter or digit may touch either end, so "ICE" is not found in
 *   "police" and "detainer" is not found in "detainers" unless plurals apply (below).
 * - A spelling without lower-case letters is an acronym or a form number ("ICE", "MOA",
 *   "I-247A") and matches exactly: "ice" and "Ice" are ordinary words.
 * - Any other spelling matches as written except for the case of its first letter, so
 *   "Detainer" finds "detainer" at mid-sentence, while "Secure Communities" does not find
 *   "secure communities", which is ordinary prose.
 * - A spelling ending in a lower-case letter also matches with a plural "s" ("detainers",
 *   "Warrant Service Officers"). Other plurals ("memorandums", "Notices to Appear") are aliases.
 * - A section number with a lettered subsection, "287(g)", also matches "287 (g)" and "287g".
 * - Runs of whitespace, dash variants and curly or straight quotes count as equal, as they do
 *   for quotes (normalise.ts).
 * - At one place the longest spelling wins: "Task Force Model" before "Task Force".
 */

import { DASH_VARIANTS, DOUBLE_QUOTE_VARIANTS, SINGLE_QUOTE_VARIANTS } from './normalise.ts';

/** What the matcher needs of a glossary entry. */
export interface MatchableTerm {
	readonly id: string;
	readonly term: string;
	readonly acronym?: string | undefined;
	readonly aliases: readonly string[];
}

/** One mention found in a text, by UTF-16 offsets. */
export interface TermMatch {
	readonly id: string;
	readonly start: number;
	readonly end: number;
}

export interface TermMatcher {
	/** One alternation of every spelling; capture group n belongs to `ids[n - 1]`. */
	readonly pattern: RegExp;
	readonly ids: readonly string[];
	/** How many terms it knows. */
	readonly count: number;
}

// The same variants quote matching folds (normalise.ts), so both treat text alike.
const DASHES = DASH_VARIANTS;
const APOSTROPHES = SINGLE_QUOTE_VARIANTS;
const QUOTES = DOUBLE_QUOTE_VARIANTS;
const TOKEN = new RegExp(`(\\d)\\(([a-z])\\)|\\s+|[${DASHES}]|[${APOSTROPHES}]|[${QUOTES}]|.`, 'gsu');

function escape(char: string): string {
	return char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Every spelling of a term: the term, its acronym and its aliases. */
export function spellingsOf(term: MatchableTerm): string[] {
	return [term.term, ...(term.acronym ? [term.acronym] : []), ...term.aliases];
}

/** The regular expression source for one spelling, following the rules above. */
export function spellingPattern(spelling: string): string {
	const exact = !/\p{Ll}/u.test(spelling);
	let first = true;
	let out = '';
	for (const m of spelling.matchAll(TOKEN)) {
		const [token, digit, letter] = m;
		if (digit !== undefined && letter !== undefined) out += `${digit}(?:\\s?\\(${letter}\\)|${letter})`;
		else if (/^\s+$/u.test(token)) out += '\\s+';
		else if (DASHES.includes(token)) out += `[${DASHES}]`;
		else if (APOSTROPHES.includes(token)) out += `[${APOSTROPHES}]`;
		else if (QUOTES.includes(token)) out += `[${QUOTES}]`;
		else if (first && !exact && /\p{L}/u.test(token) && token.toLowerCase() !== token.toUpperCase()) {
			out += `[${escape(token.toUpperCase())}${escape(token.toLowerCase())}]`;
		} else out += escape(token);
		first = false;
	}
	return /\p{Ll}$/u.test(spelling) ? `${out}s?` : out;
}

/** Compiles a glossary into one matcher. A spelling claimed twice goes to the first term. */
export function compileTerms(terms: readonly MatchableTerm[]): TermMatcher {
	const owner = new Map<string, string>();
	for (const t of terms) for (const s of spellingsOf(t)) if (!owner.has(s)) owner.set(s, t.id);
	// Longest first, so that at one place the alternation tries "Task Force Model" before "Task Force".
	const spellings = [...owner.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
	const groups = spellings.map((s) => `(${spellingPattern(s)})`).join('|');
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${groups || '(?!)'})(?![\\p{L}\\p{N}])`, 'gu');
	return { pattern, ids: spellings.map((s) => owner.get(s)!), count: new Set(owner.values()).size };
}

/** Every mention of every term in `text`, left to right, never overlapping. */
export function findTerms(matcher: TermMatcher, text: string): TermMatch[] {
	const found: TermMatch[] = [];
	for (const m of text.matchAll(matcher.pattern)) {
		const group = m.findIndex((value, i) => i > 0 && value !== undefined);
		found.push({ id: matcher.ids[group - 1]!, start: m.index, end: m.index + m[0].length });
	}
	return found;
}

/**
 * The mentions of terms not yet in `seen`, first one per term; adds their ids to `seen`, so that
 * passing the same set through a page links each term once.
 */
export function firstMentions(matcher: TermMatcher, text: string, seen: Set<string>): TermMatch[] {
	// Once every term is linked, the rest of a page need not be searched.
	if (seen.size >= matcher.count) return [];
	return findTerms(matcher, text).filter((m) => {
		if (seen.has(m.id)) return false;
		seen.add(m.id);
		return true;
	});
}

/** A text cut at the mentions: plain pieces and pieces that name a term. */
export function splitAtMentions(text: string, mentions: readonly TermMatch[]): { text: string; id?: string }[] {
	const pieces: { text: string; id?: string }[] = [];
	let at = 0;
	for (const m of mentions) {
		if (m.start > at) pieces.push({ text: text.slice(at, m.start) });
		pieces.push({ text: text.slice(m.start, m.end), id: m.id });
		at = m.end;
	}
	if (at < text.length) pieces.push({ text: text.slice(at) });
	return pieces;
}
