import { z } from 'astro/zod';
import { translation } from './translation.ts';
import { citationsSchema } from './citation.ts';
import { dateSpecSchema } from './date.ts';
import { modelsSchema } from './models.ts';

/**
 * What a figure counts. Figures that count different things are never compared directly.
 * Pages show each group's heading from src/i18n/messages/figures.ts (`metrics`), in both languages.
 */
export const METRICS = {
	agreements: 'Agreements',
	agencies: 'Agencies',
	officers: 'Officers',
	arrests: 'Arrests',
	encounters: 'Encounters',
	other: 'Other counts',
} as const;

export type Metric = keyof typeof METRICS;

/**
 * Groups of figures that measure the same thing, shown side by side on /figures/ with the
 * reason each one differs. Add a group here before naming it in a figure's `compare`, and its
 * heading in both languages in src/i18n/messages/figures.ts (`comparisons`).
 */
export const COMPARISONS = {
	'start-of-2017': 'Participation when the first Trump administration began (January 2017)',
	'end-of-first-term': 'Participation at the end of the first Trump administration (2020–2021)',
	'before-2025': 'Participation before the second Trump administration (December 2024)',
	'spring-2025': 'Agreements in late April and May 2025',
	'september-2025': 'Agreements and agencies in September 2025',
	'early-2026': 'Agreements and agencies in early 2026',
	'growth-since-135': 'Growth percentages DHS gives from the base of 135 agreements',
	'tidal-wave-arrests': 'Arrests in Operation Tidal Wave (Florida, April 2025)',
} as const;

export type ComparisonId = keyof typeof COMPARISONS;

/** Words a source uses for an approximate figure; `approximate: true` means "about". */
export const QUALIFIERS = ['about', 'nearly', 'almost', 'roughly', 'more than', 'over'] as const;

export type Qualifier = (typeof QUALIFIERS)[number];

/** How the value is read: a number of things, a percentage, or a length of time. */
export const UNITS = ['count', 'percent', 'years', 'days'] as const;

const keys = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** One counted claim, `content/figures/<id>.yaml`. */
export const figureSchema = z
	.object({
		/** The unit counted. */
		metric: z.enum(keys(METRICS), { error: `Use one of: ${Object.keys(METRICS).join(', ')}.` }),
		/** The number as a number, e.g. 1001 (for 641%, write 641 and `unit: percent`). */
		value: z.number({ error: 'Write the value as a plain number, e.g. 1001.' }),
		/**
		 * `false` for an exact figure; for an approximate one, the source's word ("nearly",
		 * "more than"...) or `true` for "about". Pages read it as `qualifier`.
		 */
		approximate: z
			.union([z.boolean(), z.enum(QUALIFIERS)], {
				error: `Use true, false or one of: ${QUALIFIERS.join(', ')}.`,
			})
			.default(false),
		/** How the value reads: `count` (default), `percent`, `years` or `days`. */
		unit: z.enum(UNITS, { error: `Use one of: ${UNITS.join(', ')}.` }).default('count'),
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
		/** Put on the agreements-over-time chart (signed or active agreements only). */
		chart: z.boolean().default(false),
		/** The group of figures for the same thing that it stands beside, from COMPARISONS. */
		compare: z
			.enum(keys(COMPARISONS), { error: `Use one of: ${Object.keys(COMPARISONS).join(', ')}.` })
			.optional(),
		/** Why it differs from other figures for the same thing, when known. */
		note: z.string().optional(),
		/** The Spanish text: `counts`, `claimedBy`, and `status` and `note` when the figure has them.
		 * `label` is the source's own wording and is shown as written. */
		es: translation({
			counts: z.string().min(1),
			status: z.string().optional(),
			claimedBy: z.string().min(1),
			note: z.string().optional(),
		}),
		/** Passages of sources where the figure appears. */
		citations: citationsSchema,
	})
	.refine((f) => !f.chart || f.metric === 'agreements', {
		path: ['chart'],
		message: 'Only figures with `metric: agreements` can be on the agreements chart; remove `chart: true`.',
	})
	.transform(({ approximate, ...rest }) => ({
		...rest,
		/** The word to put before the value, or undefined for an exact figure. */
		qualifier: approximate === true ? ('about' as Qualifier) : approximate === false ? undefined : approximate,
	}));

export type FigureData = z.infer<typeof figureSchema>;
