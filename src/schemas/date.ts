import { z } from 'astro/zod';
import { parseDateSpec, type DateSpec } from '../lib/dates.ts';

/**
 * A date at its true precision: `2025`, `2025-04`, `2025-04-21` or a range of days
 * `2025-04-21/2025-04-26`. Unquoted YAML dates arrive as `Date` objects and are accepted too.
 */
export const dateSpecSchema = z
	.union([z.string(), z.date()])
	.transform((value, ctx): DateSpec => {
		const spec = parseDateSpec(value);
		if (typeof spec === 'string') {
			ctx.addIssue({ code: 'custom', message: spec });
			return z.NEVER;
		}
		return spec;
	});
