import { z } from 'astro/zod';
import { dateSpecSchema } from './date.ts';
import { modelsSchema } from './models.ts';
import { yearsSchema } from './years.ts';

/** The fixed sections of the site menu; each explainer belongs to one. */
export const SECTIONS = ['about', 'models', 'history', 'operations', 'debate', 'methodology'] as const;

/**
 * Frontmatter of `content/explainers/**\/*.mdx`. The path gives the address:
 * `content/explainers/models/jail-enforcement.mdx` is `/models/jail-enforcement/`,
 * and an `index.mdx` is its folder's page.
 */
export const explainerSchema = z.object({
	/** Page title, plain and specific. */
	title: z.string().min(1),
	/** One or two sentences for search results and link previews. */
	description: z.string().min(1),
	/** Which section of the menu the page belongs to. */
	section: z.enum(SECTIONS),
	/** Position within its section, for previous/next links (lower comes first). */
	order: z.number().int().default(100),
	/** The 287(g) models the page concerns, for search filters. */
	models: modelsSchema,
	/** The years the page covers, for search filters: `[2017, "2025-2026"]`. */
	years: yearsSchema,
	/** Other words readers type to find this page, e.g. ["287g", "287 g"]; searched like the title. */
	keywords: z.array(z.string().min(1)).default([]),
	/** Substantive changes, newest first: what changed and when. */
	changes: z
		.array(z.object({ date: dateSpecSchema, summary: z.string().min(1) }))
		.default([]),
});

export type ExplainerData = z.infer<typeof explainerSchema>;
