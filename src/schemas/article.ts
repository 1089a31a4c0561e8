import { z } from 'astro/zod';
import { dateSpecSchema } from './date.ts';
import { modelsSchema } from './models.ts';
import { webAddressSchema } from './web-address.ts';

/** What kind of document a seed is; shown on its page so readers can weigh it. */
export const SOURCE_KINDS = {
	'news-report': 'News report',
	'agency-statement-reprint': 'Reprint of an agency statement',
	'aggregator-repost': 'Aggregator repost',
	translation: 'Translation',
} as const;

export const CONFIDENCE = ['high', 'medium', 'low'] as const;

/**
 * Frontmatter of `content/articles/<slug>.mdx`: the editorial layer of one seed.
 * The file name is the slug of the source page, `/sources/<slug>/`, and what citations name.
 */
export const articleSchema = z.object({
	/** File name of the seed this annotates, in `seeds/`, e.g. `004_1d7eb5bae91b08c2.txt`. */
	seed: z.string().regex(/\.txt$/, 'Name the seed file, e.g. 004_1d7eb5bae91b08c2.txt.'),
	/** Title to show when the seed has none, or a fuller one; defaults to the detected title. */
	title: z.string().optional(),
	/** Outlet or publisher as readers know it, e.g. "The National News Desk (TNND)". */
	outlet: z.string().min(1),
	/** What kind of document this is. */
	kind: z.enum(Object.keys(SOURCE_KINDS) as [keyof typeof SOURCE_KINDS], {
		error: `Use one of: ${Object.keys(SOURCE_KINDS).join(', ')}.`,
	}),
	/** When it was published, at the precision known. */
	published: z.object({
		/** `2025`, `2025-05`, `2025-05-07` or a range `2025-05-05/2025-05-09`. */
		date: dateSpecSchema,
		/** True when the source does not print its date and this is our estimate. */
		estimated: z.boolean().default(true),
		/** How sure the date is. */
		confidence: z.enum(CONFIDENCE),
		/** One line: what the estimate rests on. */
		reasoning: z.string().min(1),
	}),
	/** Original address of the article, when known: an http:// or https:// address. */
	url: webAddressSchema.optional(),
	/** Addresses where the same text is republished, when known. */
	alsoAt: z.array(webAddressSchema).default([]),
	/** The 287(g) models the article concerns, for search filters. */
	models: modelsSchema,
	/** One sentence for search results and link previews. */
	description: z.string().optional(),
});

export type ArticleData = z.infer<typeof articleSchema>;
