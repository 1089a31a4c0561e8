import type { ElementContent, Properties } from 'hast';
import { h } from 'hastscript';
import { localised } from '../i18n/localised.ts';
import type { Locale } from '../i18n/locales.ts';
import { localHref } from '../lib/urls.ts';
import { compileTerms, firstMentions, splitAtMentions, type MatchableTerm, type TermMatcher } from './term-matcher.ts';

/** A glossary entry as links need it: how to find it, and the sentence shown on hover or focus. */
export interface LinkableTerm extends MatchableTerm {
	readonly definition: string;
	/** The Spanish name, spellings and definition, when translated. */
	readonly es?: Partial<Omit<LinkableTerm, 'id' | 'es'>> | undefined;
}

/** The glossary compiled once for a build: its matcher and the attributes of each term's link. */
export interface TermLinks {
	readonly matcher: TermMatcher;
	readonly terms: ReadonlyMap<string, LinkableTerm>;
	/** hast properties of a link to a term's entry, e.g. for `<a class="term">`. */
	properties(id: string): Properties;
}

/**
 * A link to a glossary entry is a plain link to `/glossary/#<id>`; the definition travels in
 * `data-definition`, which the stylesheet shows as a tooltip on hover and keyboard focus.
 */
export function termLinks(terms: readonly LinkableTerm[], base: string, locale: Locale = 'en', textLocale: Locale = locale): TermLinks {
	// Terms are found by their names in the text's language (a source's text is English), and
	// link to the glossary, with its definition, in the page's language.
	const shown = new Map(terms.map((t) => [t.id, localised(t, locale)]));
	return {
		matcher: compileTerms(terms.map((t) => localised(t, textLocale))),
		terms: shown,
		properties(id) {
			const term = shown.get(id);
			if (!term) throw new Error(`unknown glossary term "${id}"`);
			return { className: ['term'], href: localHref(`/glossary/#${id}`, locale, base), dataTerm: id, dataDefinition: term.definition };
		},
	};
}

/**
 * A text as hast nodes with the first mention of each term not yet in `seen` linked. The text
 * content is unchanged: links wrap the words, nothing is added.
 *
 * In:  `ICE may issue a detainer.` (seen: {ice})
 * Out: `ICE may issue a <a class="term" href="/glossary/#detainer" …>detainer</a>.`
 */
export function linkTermsInText(links: TermLinks, text: string, seen: Set<string>): ElementContent[] {
	const mentions = firstMentions(links.matcher, text, seen);
	return splitAtMentions(text, mentions).map((piece): ElementContent =>
		piece.id === undefined ? { type: 'text', value: piece.text } : h('a', links.properties(piece.id), piece.text),
	);
}
