import { z } from 'astro/zod';

const RANGE = /^(\d{4})-(\d{4})$/;

/**
 * Years a page covers, for the search filter: single years and ranges, e.g.
 * `[2017, "2025-2026"]`, normalised to a sorted list without repeats, `[2017, 2025, 2026]`.
 */
export const yearsSchema = z
	.array(
		z.union([
			z.number().int().min(1900).max(2100),
			z.string().regex(RANGE, 'Write a year range as 2025-2026.'),
		]),
	)
	.default([])
	.transform((items, ctx) => {
		const years = new Set<number>();
		for (const item of items) {
			if (typeof item === 'number') {
				years.add(item);
				continue;
			}
			const [, from, to] = RANGE.exec(item)!.map(Number) as [number, number, number];
			if (to < from) ctx.addIssue({ code: 'custom', message: `"${item}": the range must end after it starts.` });
			for (let y = from; y <= to; y++) years.add(y);
		}
		return [...years].sort((a, b) => a - b);
	});
