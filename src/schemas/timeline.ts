import { z } from 'astro/zod';
import { translation } from './translation.ts';
import { citationsSchema } from './citation.ts';
import { dateSpecSchema } from './date.ts';
import { modelsSchema } from './models.ts';

export const EVENT_KINDS = {
	law: 'Law',
	policy: 'Policy',
	model: 'Model change',
	count: 'Count',
	operation: 'Operation',
	oversight: 'Oversight and courts',
} as const;

export type EventKind = keyof typeof EVENT_KINDS;

/** One event, `content/timeline/<id>.yaml`. */
export const timelineSchema = z.object({
	/** When: `1996`, `2025-04`, `2025-04-29`, or a range `2025-04-21/2025-04-26`. */
	date: dateSpecSchema,
	/** A short, neutral title. */
	title: z.string().min(1),
	/** One or two neutral sentences; claims attributed to who made them. */
	summary: z.string().min(1),
	/** The Spanish text: `title` and `summary`. */
	es: translation({ title: z.string().min(1), summary: z.string().min(1) }),
	/** What kind of event this is. */
	kind: z.enum(Object.keys(EVENT_KINDS) as [EventKind], {
		error: `Use one of: ${Object.keys(EVENT_KINDS).join(', ')}.`,
	}),
	/** The models it concerns; empty for the program as a whole. */
	models: modelsSchema,
	/** Passages of sources that support the event. */
	citations: citationsSchema,
});

export type TimelineData = z.infer<typeof timelineSchema>;
