import { z } from 'astro/zod';
import { citationsSchema } from './citation.ts';

/**
 * One term, `content/glossary/<id>.yaml`. Its id is the file name and its anchor on
 * `/glossary/`; the first mention of the term or an alias on a page links there.
 */
export const glossarySchema = z.object({
	/** The term as it is usually written, e.g. "Warrant Service Officer". */
	term: z.string().min(1),
	/** The acronym, if one is used, e.g. "WSO". Linked like an alias, matched case-sensitively. */
	acronym: z.string().optional(),
	/** Other spellings that should link here, e.g. "warrant service officer program". */
	aliases: z.array(z.string().min(1)).default([]),
	/** One sentence, shown when a reader hovers or focuses a linked term. */
	definition: z.string().min(1).max(300, 'Keep the definition to one sentence (300 characters).'),
	/** The longer explanation, in Markdown. */
	body: z.string().default(''),
	/** Passages of sources that support the definition. */
	citations: citationsSchema,
	/** Ids of related terms, e.g. [detainer, jail-enforcement-model]. */
	related: z.array(z.string()).default([]),
});

export type GlossaryData = z.infer<typeof glossarySchema>;
