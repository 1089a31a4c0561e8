import type { SeedSource } from '../corpus/source.ts';

/** An article file that exists, and the seed its frontmatter names (if it names one). */
export interface ExistingArticle {
	readonly file: string;
	readonly seed: string | undefined;
}

export interface Skipped {
	readonly seed: SeedSource;
	readonly conflict: boolean;
	readonly reason: string;
}

export interface IngestPlan {
	/** Article files to create: path from the project root, and the seed. */
	readonly create: readonly { file: string; slug: string; seed: SeedSource }[];
	/** Seeds left alone, with why, e.g. `already annotated by content/articles/x.mdx`; a conflict needs a person. */
	readonly skipped: readonly Skipped[];
}

/**
 * Decides which seeds get a new article file. A seed named by any article file, valid or not,
 * already has one; a file is never overwritten. `slug` is the slug the seed's page already has
 * while unannotated, so its address does not change once the article exists.
 */
export function planIngest(seeds: readonly { slug: string; seed: SeedSource }[], existing: readonly ExistingArticle[]): IngestPlan {
	const bySeed = new Map(existing.filter((a) => a.seed).map((a) => [a.seed!, a.file]));
	const files = new Set(existing.map((a) => a.file));
	const create: { file: string; slug: string; seed: SeedSource }[] = [];
	const skipped: Skipped[] = [];
	for (const { slug, seed } of seeds) {
		const annotatedBy = bySeed.get(seed.file);
		if (annotatedBy) {
			skipped.push({ seed, conflict: false, reason: `already annotated by ${annotatedBy}` });
			continue;
		}
		const file = `content/articles/${slug}.mdx`;
		if (files.has(file)) {
			skipped.push({ seed, conflict: true, reason: `${file} exists and names another seed; rename one of them, then run again` });
			continue;
		}
		files.add(file);
		create.push({ file, slug, seed });
	}
	return { create, skipped };
}
