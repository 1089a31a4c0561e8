import { z } from 'astro/zod';

/**
 * The Spanish text of a data file's entry, in an `es:` mapping beside the English fields it
 * translates (CONTRIBUTING, "Translating into Spanish"). It repeats no citation: the Spanish text
 * says what the English says, so the same passages support it. While it is missing, the Spanish
 * edition shows the English text and the completeness check lists the file.
 *
 * In:  `translation({ title: z.string().min(1) })`
 * Out: a schema for `es: { title: "…" }`, optional
 */
export function translation<T extends z.ZodRawShape>(shape: T) {
	return z.object(shape).optional();
}
