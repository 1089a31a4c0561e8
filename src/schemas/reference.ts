import { z } from 'astro/zod';
import { dateSpecSchema } from './date.ts';
import { webAddressSchema } from './web-address.ts';

/**
 * An external reference (official report, court decision, statute), `content/references/<id>.yaml`.
 * Context notes may cite it like a source: `{ source: <id>, quote }`, and the quote is checked
 * against `passage`, the short passage relied on, recorded here word for word.
 */
export const referenceSchema = z.object({
	/** Title of the document. */
	title: z.string().min(1),
	/** Who published it, e.g. "U.S. Government Accountability Office". */
	publisher: z.string().min(1),
	/** Where to read it: an http:// or https:// address. */
	url: webAddressSchema,
	/** When it was published. */
	date: dateSpecSchema,
	/**
	 * Only when the document prints no date: one line on what the date rests on. The date is then
	 * shown as an estimate ("about June 2021 (estimated)"), as editorial.md asks.
	 */
	dateEstimate: z.string().min(1).optional(),
	/** The short passage relied on, copied word for word from the document. */
	passage: z.string().min(8),
});

export type ReferenceData = z.infer<typeof referenceSchema>;
