/**
 * Loaded terms that the site's own voice never uses (editorial standards, "Voice"): official or
 * partisan labels for people, and adjectives that judge. Inside quotation marks they are fine,
 * because there they are someone else's words, attributed to whoever said them.
 */
const TERMS: readonly { readonly pattern: string; readonly suggestion: string }[] = [
	// Longer phrases first: at one position the regex takes the first alternative that matches.
	{ pattern: 'criminal illegal aliens?', suggestion: 'noncitizens with criminal convictions or charges' },
	{ pattern: 'criminal aliens?', suggestion: 'noncitizens with criminal convictions or charges' },
	{ pattern: 'illegal aliens?', suggestion: 'people without legal immigration status' },
	{ pattern: 'illegal immigrants?', suggestion: 'people without legal immigration status' },
	{ pattern: 'illegals', suggestion: 'people without legal immigration status' },
	{ pattern: 'aliens?', suggestion: 'noncitizens, or people ICE considers removable' },
	{ pattern: 'worst of the worst', suggestion: 'the offences or records at issue, stated plainly' },
	{ pattern: 'sanctuary politicians?', suggestion: 'officials of jurisdictions that limit cooperation with ICE' },
	{ pattern: 'notorious(?:ly)?', suggestion: 'the facts that would make a reader judge, without the adjective' },
	{ pattern: 'dangerous', suggestion: 'what the person or thing did, without the adjective' },
	{ pattern: 'draconian', suggestion: 'what the rule requires, without the adjective' },
	{ pattern: 'historic', suggestion: 'the fact (e.g. "the first", "the largest since 2011") with its source' },
	{ pattern: 'unprecedented', suggestion: 'the comparison it implies, with its source' },
	{ pattern: 'first-of-its-kind', suggestion: 'the comparison it implies, with its source' },
];

const SUGGESTIONS = new Map(TERMS.map((t) => [t.pattern, t.suggestion]));
const REGEX = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${TERMS.map((t) => `(${t.pattern})`).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');

/** Opening mark → closing mark. A straight double quote opens and closes itself. */
const QUOTES: Readonly<Record<string, string>> = { '“': '”', '"': '"', '«': '»', '„': '“' };

/**
 * The ranges of `text` inside double quotation marks (“…”, "…", «…»), marks included.
 * A quotation left open runs to the end of the text, as a quotation continued in the next
 * paragraph would.
 */
export function quotedRanges(text: string): [number, number][] {
	const ranges: [number, number][] = [];
	let open: { at: number; close: string } | undefined;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (open) {
			if (ch === open.close) {
				ranges.push([open.at, i + 1]);
				open = undefined;
			}
		} else if (ch in QUOTES) {
			open = { at: i, close: QUOTES[ch]! };
		}
	}
	if (open) ranges.push([open.at, text.length]);
	return ranges;
}

export interface LoadedTerm {
	/** Offset in the text. */
	readonly index: number;
	/** The words as written, e.g. "illegal immigrants". */
	readonly term: string;
	/** What to write instead, in the site's voice. */
	readonly suggestion: string;
}

/**
 * Loaded terms in `text` that stand outside quotation marks.
 *
 * In:  `ICE arrested illegal immigrants, which DHS called “the worst of the worst”.`
 * Out: `[{ index: 13, term: 'illegal immigrants', suggestion: 'people without legal immigration status' }]`
 */
export function findLoadedTerms(text: string): LoadedTerm[] {
	const quoted = quotedRanges(text);
	const found: LoadedTerm[] = [];
	for (const match of text.matchAll(REGEX)) {
		const index = match.index;
		if (quoted.some(([from, to]) => index >= from && index < to)) continue;
		const group = match.slice(1).findIndex((g) => g !== undefined);
		found.push({ index, term: match[0], suggestion: SUGGESTIONS.get(TERMS[group]!.pattern)! });
	}
	return found;
}

/** The message a contributor reads for one loaded term. */
export function loadedTermMessage(t: LoadedTerm): string {
	return `loaded term "${t.term}" in the site's own voice. Write: ${t.suggestion}; or quote it in “…” and say who used it.`;
}
