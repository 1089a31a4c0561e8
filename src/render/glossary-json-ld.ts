/** schema.org metadata for the glossary page: a DefinedTermSet with one DefinedTerm per entry. */

export interface DescribedTerm {
	readonly id: string;
	readonly term: string;
	readonly acronym?: string | undefined;
	readonly aliases: readonly string[];
	readonly definition: string;
}

/**
 * In:  the entries and the page's absolute address, `https://example.org/glossary/`; for a
 *      translation, the entries in its language and that language, `es`
 * Out: `{ '@type': 'DefinedTermSet', hasDefinedTerm: [{ '@type': 'DefinedTerm', '@id': '…/glossary/#detainer', … }] }`,
 *      with `inLanguage` on the set and on each term when a language is given
 */
export function definedTermSet(terms: readonly DescribedTerm[], pageUrl: string, name: string, inLanguage?: string): Record<string, unknown> {
	const language = inLanguage ? { inLanguage } : {};
	return {
		'@context': 'https://schema.org',
		'@type': 'DefinedTermSet',
		'@id': pageUrl,
		name,
		url: pageUrl,
		...language,
		hasDefinedTerm: terms.map((t) => ({
			'@type': 'DefinedTerm',
			'@id': `${pageUrl}#${t.id}`,
			url: `${pageUrl}#${t.id}`,
			name: t.term,
			...(t.acronym || t.aliases.length > 0 ? { alternateName: [...(t.acronym ? [t.acronym] : []), ...t.aliases] } : {}),
			...(t.acronym ? { termCode: t.acronym } : {}),
			description: t.definition,
			...language,
			inDefinedTermSet: pageUrl,
		})),
	};
}
