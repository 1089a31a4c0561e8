import { z } from 'astro/zod';
import { translation } from './translation.ts';
import { citationsSchema } from './citation.ts';

/** One cell of the models table: a short answer and the passages that support it. */
const cellSchema = z.object({
	/** A short answer in the site's voice, e.g. "In the partner's jail". */
	text: z.string().min(1),
	/** The Spanish text of the answer. */
	es: translation({ text: z.string().min(1) }),
	citations: citationsSchema,
});

/**
 * `content/comparison.yaml`: the table on `/models/`, a row per question and a column per model.
 * Every cell needs at least one citation.
 */
export const comparisonSchema = z.object({
	rows: z
		.array(
			z.object({
				/** The question the row answers, e.g. "Where does it apply?". */
				question: z.string().min(1),
				/** The Spanish text of the question. */
				es: translation({ question: z.string().min(1) }),
				jem: cellSchema,
				tfm: cellSchema,
				wso: cellSchema,
			}),
		)
		.min(1),
});

export type ComparisonData = z.infer<typeof comparisonSchema>;
