import type { Locale } from '../i18n/locales.ts';

/**
 * Loaded terms that the site's own voice never uses (editorial standards, "Voice"): official or
 * partisan labels for people, and adjectives that judge. Inside quotation marks they are fine,
 * because there they are someone else's words, attributed to whoever said them.
 */
type Terms = readonly { readonly pattern: string; readonly suggestion: string }[];

const ENGLISH: Terms = [
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

// The same labels and judgements as they are written in Spanish, for the Spanish edition.
const SPANISH: Terms = [
	{ pattern: 'extranjeros? ilegales? criminales', suggestion: 'no ciudadanos con condenas o cargos penales' },
	{ pattern: 'extranjeros? criminales', suggestion: 'no ciudadanos con condenas o cargos penales' },
	{ pattern: 'criminales extranjeros', suggestion: 'no ciudadanos con condenas o cargos penales' },
	{ pattern: 'extranjeros? ilegales?', suggestion: 'personas sin estatus migratorio legal' },
	{ pattern: 'inmigrantes? ilegales?', suggestion: 'personas sin estatus migratorio legal' },
	// "ilegales" as a noun for people; as an adjective ("prácticas ilegales") it is plain language.
	{ pattern: '(?:los|las|a|de|unos|miles de) ilegales', suggestion: 'personas sin estatus migratorio legal' },
	{ pattern: 'lo peor de lo peor', suggestion: 'los delitos o antecedentes de que se trate, dichos con claridad' },
	{ pattern: 'pol[ií]tic[oa]s? santuario', suggestion: 'funcionarios de jurisdicciones que limitan su cooperación con ICE' },
	{ pattern: 'invasi[oó]n', suggestion: 'lo que ocurre, con cifras y su fuente' },
	{ pattern: 'notori[oa]s?|notoriamente', suggestion: 'los hechos que harían juzgar al lector, sin el adjetivo' },
	{ pattern: 'peligros[oa]s?', suggestion: 'lo que hizo la persona o la cosa, sin el adjetivo' },
	{ pattern: 'draconian[oa]s?', suggestion: 'lo que exige la norma, sin el adjetivo' },
	{ pattern: 'hist[oó]ric[oa]s?', suggestion: 'el hecho ("el primero", "el mayor desde 2011") con su fuente' },
	{ pattern: 'sin precedentes?', suggestion: 'la comparación que implica, con su fuente' },
];

interface Matcher {
	readonly regex: RegExp;
	readonly terms: Terms;
}

function matcher(terms: Terms): Matcher {
	return {
		terms,
		regex: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${terms.map((t) => `(${t.pattern})`).join('|')})(?![\\p{L}\\p{N}-])`, 'giu'),
	};
}

const MATCHERS: Readonly<Record<Locale, Matcher>> = { en: matcher(ENGLISH), es: matcher(SPANISH) };

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
 * Loaded terms in `text`, written in `locale`, that stand outside quotation marks.
 *
 * In:  `ICE arrested illegal immigrants, which DHS called “the worst of the worst”.`
 * Out: `[{ index: 13, term: 'illegal immigrants', suggestion: 'people without legal immigration status' }]`
 */
export function findLoadedTerms(text: string, locale: Locale = 'en'): LoadedTerm[] {
	const { regex, terms } = MATCHERS[locale];
	const quoted = quotedRanges(text);
	const found: LoadedTerm[] = [];
	for (const match of text.matchAll(regex)) {
		const index = match.index;
		if (quoted.some(([from, to]) => index >= from && index < to)) continue;
		const group = match.slice(1).findIndex((g) => g !== undefined);
		found.push({ index, term: match[0], suggestion: terms[group]!.suggestion });
	}
	return found;
}

/** The message a contributor reads for one loaded term. */
export function loadedTermMessage(t: LoadedTerm): string {
	return `loaded term "${t.term}" in the site's own voice. Write: ${t.suggestion}; or quote it in “…” and say who used it.`;
}
