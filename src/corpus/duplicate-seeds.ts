import { createHash } from 'node:crypto';
import type { Problem } from './problems.ts';
import type { SeedSource } from './source.ts';

/** SHA-256 of the text a seed shows: its paragraphs after the documented normalisation. */
export function textDigest(seed: Pick<SeedSource, 'paragraphs'>): string {
	return createHash('sha256')
		.update(seed.paragraphs.map((p) => p.text).join('\n'))
		.digest('hex');
}

/**
 * Seeds that show the same text, whatever their bytes (encoding, BOM, line endings, blank
 * lines). A second copy is a problem, not a warning: two pages with one text split citations
 * and search results between them, and a republished text belongs under `alsoAt`.
 *
 * In:  `a.txt` and `b.txt` with the same text
 * Out: `seeds/b.txt  has the same text as seeds/a.txt. …`
 */
export function duplicateSeedProblems(seeds: readonly SeedSource[], label = 'seeds'): Problem[] {
	const first = new Map<string, SeedSource>();
	const problems: Problem[] = [];
	for (const seed of seeds) {
		const digest = textDigest(seed);
		const original = first.get(digest);
		if (!original) {
			first.set(digest, seed);
			continue;
		}
		problems.push({
			file: `${label}/${seed.file}`,
			message:
				`has the same text as ${label}/${original.file} (compared after decoding and normalisation). ` +
				`Keep one copy: remove ${label}/${seed.file}, and if the article was published at several addresses, ` +
				`list them under alsoAt in the article file of ${label}/${original.file}.`,
		});
	}
	return problems;
}
