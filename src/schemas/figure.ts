import { z } from 'astro/zod';
import { citationsSchema } from './citation.ts';
import { dateSpecSchema } from './date.ts';
import { modelsSchema } from './models.ts';

/** What a figure counts. Figures that count different things are never compared directly. */
export const METRICS = {
	agreements: 'Agreements',
	agencies: 'Agencies',
	officers: 'Officers',
	arrests: 'Arrests',
	encounters: 'Encounters',
	other: 'Other counts',
} as const;

/** One counted claim, `content/figures/<id>.yaml`. */
export const figureSchema = z.object({
	/** The unit counted. */
	metric: z.enum(Object.keys(METRICS) as [keyof typeof METRICS], {
		error: `Use one of: ${Object.keys(METRICS).join(', ')}.`,
	}),
	/** The number as a number, e.g. 1001. */
	value: z.number(),
	/** True for "about", "nearly", "more than" figures. */
	approximate: z.boolean().default(false),
	/** How the source words it, e.g. "nearly 600 signed agreements". */
	label: z.string().min(1),
	/** Exactly what is counted, e.g. "287(g) agreements signed, in 40 states". */
	counts: z.string().min(1),
	/** Status of what is counted, when it matters: signed, pending, active... */
	status: z.string().optional(),
	/** The date or period the figure describes. */
	asOf: dateSpecSchema,
	/** Who makes the claim, e.g. "DHS" or "ICE, as reported by TNND". */
	claimedBy: z.string().min(1),
	/** The models it concerns, if only some. */
	models: modelsSchema,
	/** Put on the agreements-over-time chart (agreements only). */
	chart: z.boolean().default(false),
	/** Why it differs from other figures for the same thing, when known. */
	note: z.string().optional(),
	/** Passages of sources where the figure appears. */
	citations: citationsSchema,
});

export type FigureData = z.infer<typeof figureSchema>;
