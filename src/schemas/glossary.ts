import { z } from 'astro/zod';
import { translation } from './translation.ts';
import { citationsSchema } from './citation.ts';

/**
 * One term, `content/glossary/<id>.yaml`. Its id is the file name and its anchor on
 * `/glossary/`; the first mention of the term or an alias on a page links there (see
 * `src/corpus/term-matcher.ts` for how mentions are found). Name it in `related:` of another
 * entry, or link it explicitly in MDX with `<Term id="<id>">words</Term>`.
 */
export const glossarySchema = z.object({
	/** The term as it is usually written, e.g. "Warrant Service Officer". Its first letter may be
	 * either case in the text; the rest must match. A plural in -s links too ("Detainers"). */
	term: z.string().min(1),
	/** The acronym, if one is used, e.g. "WSO". Linked like an alias, matched case-sensitively. */
	acronym: z.string().optional(),
	/** Other spellings that should link here, e.g. "warrant service officer program", and
	 * plurals not made with -s ("memorandums of agreement"). Each spelling belongs to one entry. */
	aliases: z.array(z.string().min(1)).default([]),
	/** One sentence, shown when a reader hovers or focuses a linked term. */
	definition: z.string().min(1).max(300, 'Keep the definition to one sentence (300 characters).'),
	/** The longer explanation, in Markdown. Name documents outside the sources with a link:
	 * `([GAO-21-186](https://www.gao.gov/products/gao-21-186))`. */
	body: z.string().default(''),
	/** Passages of sources that support the definition. */
	citations: citationsSchema,
	/** The Spanish text: `term` (the one Spanish name of the term, used everywhere), `aliases`
	 * (Spanish spellings that link here), `definition` and `body`. The acronym is shared. */
	es: translation({
		term: z.string().min(1),
		aliases: z.array(z.string().min(1)).default([]),
		definition: z.string().min(1).max(300, 'Keep the definition to one sentence (300 characters).'),
		body: z.string().default(''),
	}),
	/** Ids of related terms (their file names), e.g. [detainer, jail-enforcement-model]. */
	related: z.array(z.string()).default([]),
});

export type GlossaryData = z.infer<typeof glossarySchema>;
