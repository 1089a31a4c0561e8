/** A heading as Astro's `render()` lists it. */
export interface Heading {
	readonly depth: number;
	readonly slug: string;
	readonly text: string;
}

export interface TocEntry {
	readonly slug: string;
	readonly text: string;
	readonly children: readonly TocEntry[];
}

/**
 * The "On this page" list: sections (h2) with their subsections (h3), or nothing when the page
 * has fewer than `minimum` of them, as a short page needs no contents list.
 *
 * In:  `## A`, `### A1`, `## B`, `## C` (minimum 4)
 * Out: `[{ A, children: [A1] }, { B }, { C }]`
 */
export function tableOfContents(headings: readonly Heading[], minimum = 4): TocEntry[] {
	const listed = headings.filter((h) => h.depth === 2 || h.depth === 3);
	if (listed.length < minimum) return [];
	const entries: { slug: string; text: string; children: TocEntry[] }[] = [];
	for (const h of listed) {
		const entry = { slug: h.slug, text: h.text, children: [] };
		const parent = entries.at(-1);
		if (h.depth === 3 && parent) parent.children.push(entry);
		else entries.push(entry);
	}
	return entries;
}
