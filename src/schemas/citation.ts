import { z } from 'astro/zod';

/**
 * The one shape of a citation, in MDX (`<Cite source quote />`) and in data files alike:
 * the slug of a source (the last part of its page address, `/sources/<slug>/`) and a passage
 * copied word for word from it. The build checks every quote against the stored text.
 */
export const citationSchema = z.object({
	/** Slug of the source page, e.g. `tnnd-local-authorities-team-with-ice`. */
	source: z.string().min(1, 'Name the source by its slug, as in /sources/<slug>/.'),
	/** A passage copied exactly from the source, long enough to occur only once in it. */
	quote: z.string().min(8, 'Quote at least a few words, so that the passage is unique.'),
});

export type Citation = z.infer<typeof citationSchema>;

/** At least one citation: every entry of a data collection must be traceable. */
const ADD_CITATION = 'Add at least one citation: { source: <slug>, quote: "<exact passage>" }.';
export const citationsSchema = z
	.array(citationSchema, { error: (issue) => (issue.input === undefined ? `missing. ${ADD_CITATION}` : 'List citations as items of a list.') })
	.min(1, ADD_CITATION);
